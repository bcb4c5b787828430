import type { FormState } from "@/lib/forms";
import { form, idle, pageOutcome } from "../action-helpers";
import type { ProbeContext, ProbeOutcome, Probes } from "./types";

// Site administration: categories, tags, static pages, redirects, settings and the audit log.
// Each probe calls the real server action (or, for audit.view, the page itself), creates its own
// rows, checks the database, and removes what it made (the shared database is counted by the seed
// test afterwards).

/** "allowed" when the change is in the database; "refused" when the action said no and it is not. */
function outcome(state: FormState, changed: boolean): ProbeOutcome {
  if (changed) return "allowed";
  if (state.status === "error" && state.message) return "refused";
  throw new Error(`Neither carried out nor refused: ${JSON.stringify(state)}`);
}

export const probes: Probes = {
  async "category.manage"({ prisma, unique }: ProbeContext) {
    const { updateCategoryAction } = await import("@/features/categories/actions");
    const category = await prisma.category.create({
      data: { slug: `probe-${unique}`, name: `Probe ${unique}`, position: 10_000 },
    });
    try {
      const state = await updateCategoryAction(
        idle,
        form({ id: category.id, name: `Renamed ${unique}`, slug: category.slug, description: "" }),
      );
      const after = await prisma.category.findUniqueOrThrow({ where: { id: category.id } });
      return outcome(state, after.name === `Renamed ${unique}`);
    } finally {
      await prisma.category.delete({ where: { id: category.id } });
    }
  },

  async "tag.manage"({ prisma, unique }: ProbeContext) {
    const { mergeTagsAction } = await import("@/features/tags/actions");
    const source = await prisma.tag.create({
      data: { slug: `probe-a-${unique}`, name: "Probe A" },
    });
    const target = await prisma.tag.create({
      data: { slug: `probe-b-${unique}`, name: "Probe B" },
    });
    try {
      // On success the action redirects to the kept tag (NEXT_REDIRECT, thrown by redirect()).
      const state = await mergeTagsAction(
        idle,
        form({ sourceId: source.id, targetSlug: target.slug }),
      ).catch((error: unknown) => {
        if (error instanceof Error && error.message.startsWith("NEXT_REDIRECT /admin/tags")) {
          return { status: "ok" } as FormState;
        }
        throw error;
      });
      const merged = (await prisma.tag.count({ where: { id: source.id } })) === 0;
      return outcome(state, merged);
    } finally {
      await prisma.tag.deleteMany({ where: { id: { in: [source.id, target.id] } } });
      await prisma.redirect.deleteMany({ where: { fromPath: `/tag/${source.slug}` } });
    }
  },

  async "page.manage"({ prisma, unique }: ProbeContext) {
    const { updatePageAction } = await import("@/features/pages/actions");
    const page = await prisma.page.create({
      data: { slug: `probe-${unique}`, title: "Probe page", published: false },
    });
    try {
      const state = await updatePageAction(
        idle,
        form({
          id: page.id,
          title: `Edited ${unique}`,
          slug: page.slug,
          bodySource: "Hello **there**",
        }),
      );
      const after = await prisma.page.findUniqueOrThrow({ where: { id: page.id } });
      return outcome(
        state,
        after.title === `Edited ${unique}` && after.bodyHtml.includes("<strong>"),
      );
    } finally {
      await prisma.page.delete({ where: { id: page.id } });
    }
  },

  async "redirect.manage"({ prisma, unique }: ProbeContext) {
    const { createRedirectAction } = await import("@/features/redirects/actions");
    const fromPath = `/probe-old-${unique}`;
    try {
      const state = await createRedirectAction(
        idle,
        form({ fromPath, targetKind: "path", toPath: "/news", statusCode: 301 }),
      );
      return outcome(state, (await prisma.redirect.count({ where: { fromPath } })) === 1);
    } finally {
      await prisma.redirect.deleteMany({ where: { fromPath } });
    }
  },

  async "settings.manage"({ prisma, unique }: ProbeContext) {
    const { saveSettingsAction } = await import("@/features/settings/actions");
    const saved = await prisma.setting.findMany();
    const siteName = `Probe ${unique}`.slice(0, 80);
    try {
      const state = await saveSettingsAction(
        idle,
        form({
          siteName,
          timeZone: "UTC",
          adLabel: "Advertisement",
          adHref: "/advertise",
        }),
      );
      const row = await prisma.setting.findUnique({ where: { key: "siteName" } });
      return outcome(state, row?.value === siteName);
    } finally {
      // Leave the settings exactly as they were (the seed keeps existing values).
      await prisma.$transaction([
        prisma.setting.deleteMany(),
        prisma.setting.createMany({
          data: saved.map((row) => ({ key: row.key, value: row.value as never })),
        }),
      ]);
    }
  },

  // The audit log is read-only: the probe renders the page, "allowed" when it returns the log.
  async "audit.view"() {
    const { default: AdminAuditPage } = await import("@/app/admin/audit/page");
    return pageOutcome(() => AdminAuditPage({ searchParams: Promise.resolve({}) }));
  },
};
