// The audit log in the site admin against real PostgreSQL: its filters (actor, action, entity
// type, days in the site's zone) and its page, with the diff of an entry. The entries are written
// here first, by the real server actions.
import { beforeAll, describe, expect, it } from "vitest";
import { actions, form, idle, redirectTarget, signIn, siteAdminFixture } from "./fixture";

const P = "sa-audit"; // prefix of everything this file creates
const { prisma, admin, editor } = siteAdminFixture(P);

/** Stops the set-up when a change it makes is refused. */
function done(state: { status: string }) {
  if (state.status !== "ok") throw new Error(`set-up refused: ${JSON.stringify(state)}`);
}

// Six changes by the admin: two categories made, one renamed, two tags made and merged.
beforeAll(async () => {
  signIn(admin);
  const { createCategoryAction, updateCategoryAction } = await actions.categories();
  const { createTagAction, mergeTagsAction } = await actions.tags();
  for (const name of ["One", "Two"]) {
    done(
      await createCategoryAction(
        idle,
        form({ name: `Sa ${name}`, slug: `${P}-${name.toLowerCase()}` }),
      ),
    );
  }
  const one = await prisma.category.findUniqueOrThrow({ where: { slug: `${P}-one` } });
  done(
    await updateCategoryAction(
      idle,
      form({ id: one.id, name: "Sa Test Renamed", slug: `${P}-renamed`, description: "" }),
    ),
  );
  for (const tag of ["a", "b"]) {
    done(await createTagAction(idle, form({ name: `Sa ${tag}`, slug: `${P}-tag-${tag}` })));
  }
  const source = await prisma.tag.findUniqueOrThrow({ where: { slug: `${P}-tag-a` } });
  await redirectTarget(() =>
    mergeTagsAction(idle, form({ sourceId: source.id, targetSlug: `${P}-tag-b` })),
  );
});

describe("the audit log", () => {
  it("filters by actor, action, entity type and days in the site's zone, newest first", async () => {
    const { auditEntries: read } = await import("@/features/audit/queries");
    const { auditFilterSchema } = await import("@/features/audit/schemas");
    const auditEntries = (filter: Record<string, string | number>, zone: string) =>
      read(auditFilterSchema.parse(filter), zone);
    const base = { page: 1 } as const;
    const mine = await auditEntries({ ...base, actor: admin.username }, "UTC");
    expect(mine.total).toBeGreaterThan(5);
    const times = mine.entries.map((e) => e.createdAt.getTime());
    expect(times).toEqual([...times].sort((a, b) => b - a));
    expect(mine.entries.every((e) => e.actor?.username === admin.username)).toBe(true);

    const merges = await auditEntries({ ...base, action: "tag.merge", entityType: "tag" }, "UTC");
    expect(merges.entries.length).toBeGreaterThan(0);
    expect(merges.entries.every((e) => e.action === "tag.merge")).toBe(true);

    const today = new Date().toISOString().slice(0, 10);
    const day = await auditEntries(
      { ...base, actor: admin.username, from: today, to: today },
      "UTC",
    );
    expect(day.total).toBe(mine.total);
    const past = await auditEntries({ ...base, actor: admin.username, to: "2020-01-01" }, "UTC");
    expect(past.total).toBe(0);
    // Nobody named this: an unknown actor matches nothing rather than everything.
    expect((await auditEntries({ ...base, actor: "sa-nobody" }, "UTC")).total).toBe(0);
  });

  it("renders the page for admins, with the diff of an entry", async () => {
    const { default: AdminAuditPage } = await import("@/app/admin/audit/page");
    const { renderToStaticMarkup } = await import("react-dom/server");
    const html = renderToStaticMarkup(
      await AdminAuditPage({ searchParams: Promise.resolve({ action: "category.update" }) }),
    );
    expect(html).toContain("category.update");
    expect(html).toContain("Sa Test Renamed");
    expect(html).toMatch(/<th scope="row"[^>]*>name<\/th>/);
    signIn(editor);
    await expect(AdminAuditPage({ searchParams: Promise.resolve({}) })).rejects.toThrow(
      "NEXT_FORBIDDEN",
    );
  });
});
