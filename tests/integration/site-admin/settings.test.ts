// Site settings in the admin, through the real server action against real PostgreSQL: nothing
// is stored unless every field is valid, the ad image comes from the media library, `site` is
// expired, the change is audited, and editors are refused.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { actions, expiredTags, form, idle, signIn, siteAdminFixture } from "./fixture";

const P = "sa-settings"; // prefix of everything this file creates
const { prisma, editor, lastAudit } = siteAdminFixture(P);

// The settings are one set for the whole database: put back what was there.
let savedSettings: { key: string; value: unknown }[] = [];
beforeAll(async () => {
  savedSettings = await prisma.setting.findMany({ select: { key: true, value: true } });
});
afterAll(async () => {
  await prisma.$transaction([
    prisma.setting.deleteMany(),
    prisma.setting.createMany({
      data: savedSettings.map((row) => ({ key: row.key, value: row.value as never })),
    }),
  ]);
});

describe("settings", () => {
  const valid = {
    siteName: "Sa Test Site",
    tagline: "Tag",
    timeZone: "Europe/Berlin",
    socialX: "https://x.com/satest",
    adLabel: "Advertisement",
    adHeadline: "Buy",
    adHref: "/advertise",
  };

  it("keeps bad input out: nothing is stored unless every field is valid", async () => {
    const { saveSettingsAction } = await actions.settings();
    const before = await prisma.setting.findMany({ orderBy: { key: "asc" } });
    for (const [field, bad] of Object.entries({
      siteName: "",
      timeZone: "Mars/Olympus",
      socialX: "javascript:alert(1)",
      adHref: "javascript:alert(1)",
      adImageUrl: "https://tracker.example/pixel.gif",
      leadArticleSlug: "sa-no-such-article",
    })) {
      const state = await saveSettingsAction(idle, form({ ...valid, [field]: bad }));
      expect(state.status, field).toBe("error");
      expect(state.fieldErrors, field).toHaveProperty(field);
      expect(state.values?.[field], field).toBe(bad);
    }
    expect(await prisma.setting.findMany({ orderBy: { key: "asc" } })).toEqual(before);
    expect(expiredTags()).toEqual([]);
  });

  it("saves valid settings with the ad image from the media library, expires `site`, audits", async () => {
    const { saveSettingsAction } = await actions.settings();
    const media = await prisma.media.create({
      data: {
        path: `/images/${P}-ad.webp`,
        originalName: "ad.webp",
        mimeType: "image/webp",
        alt: "A sunrise over a trading floor",
        width: 600,
        height: 300,
        sizeBytes: 1000,
      },
    });
    const state = await saveSettingsAction(idle, form({ ...valid, adImageId: media.id }));
    expect(state).toMatchObject({ status: "ok" });
    const rows = Object.fromEntries(
      (await prisma.setting.findMany()).map((row) => [row.key, row.value]),
    );
    expect(rows.siteName).toBe("Sa Test Site");
    expect(rows.timeZone).toBe("Europe/Berlin");
    expect(rows.socials).toEqual({ x: "https://x.com/satest" });
    expect(rows.leadArticleSlug).toBeNull(); // empty: the newest article leads
    expect(rows.ad).toMatchObject({
      label: "Advertisement",
      imageId: media.id,
      imageUrl: `/images/${P}-ad.webp`,
      imageAlt: "A sunrise over a trading floor",
      imageWidth: 600,
    });
    expect(expiredTags()).toEqual(["site"]);
    const audit = await lastAudit("settings.update");
    expect(audit.after).toMatchObject({ siteName: "Sa Test Site" });
    expect(audit.before).toHaveProperty("siteName");

    const { readSiteSettings } = await import("@/features/settings/queries");
    expect((await readSiteSettings()).ad.imageUrl).toBe(`/images/${P}-ad.webp`);
  });

  it("is refused to editors", async () => {
    const { saveSettingsAction } = await actions.settings();
    signIn(editor);
    expect(
      await saveSettingsAction(idle, form({ ...valid, siteName: "Editor Site" })),
    ).toMatchObject({
      status: "error",
      message: "Your role may not do this.",
    });
    expect((await prisma.setting.findUnique({ where: { key: "siteName" } }))?.value).not.toBe(
      "Editor Site",
    );
  });
});
