import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import { invalid } from "@/lib/errors";
import type { Audit } from "@/lib/write-types";
import { readSiteSettingsWith } from "./queries";
import type { SettingsForm, SiteSettings } from "./schemas";

// Saving the site settings: what the form cannot check alone (the lead article, the chosen
// image) is checked against the database, then every key is written in one transaction with an
// audit entry. Nothing is stored unless all of it is valid.

export const NEEDS_A_LOOK = "Some settings need another look; nothing was saved.";

const refuse = (field: keyof SettingsForm, message: string) =>
  invalid(NEEDS_A_LOOK, { [field]: message });

/** The public URL of a Media row: demo images are under /public, uploads under /media. */
function mediaUrl(path: string): string {
  return path.startsWith("/") ? path : `/media/${path}`;
}

type AdImage = Pick<SiteSettings["ad"], "imageUrl" | "imageWidth" | "imageHeight"> & {
  alt: string;
};

/** The ad image: the library's (with its size and alt text, unless one was typed) or a typed URL. */
async function adImage(input: SettingsForm): Promise<AdImage> {
  const typed = { imageUrl: input.adImageUrl, imageWidth: null, imageHeight: null };
  if (input.adImageId === null) return { ...typed, alt: input.adImageAlt };
  const media = await db.media.findUnique({
    where: { id: input.adImageId },
    select: { path: true, alt: true, width: true, height: true },
  });
  if (!media) throw refuse("adImageId", "That image is no longer in the media library.");
  return {
    imageUrl: mediaUrl(media.path),
    imageWidth: media.width,
    imageHeight: media.height,
    alt: input.adImageAlt || media.alt,
  };
}

/** The settings the form describes, checked against the database. */
async function settingsFrom(input: SettingsForm): Promise<SiteSettings> {
  if (input.leadArticleSlug) {
    const lead = await db.article.findUnique({
      where: { slug: input.leadArticleSlug },
      select: { status: true },
    });
    if (lead?.status !== "PUBLISHED") {
      throw refuse("leadArticleSlug", "No published article has this slug.");
    }
  }
  const image = await adImage(input);
  return {
    siteName: input.siteName,
    tagline: input.tagline,
    description: input.description,
    aboutText: input.aboutText,
    copyright: input.copyright,
    timeZone: input.timeZone,
    socials: Object.fromEntries(
      Object.entries({
        x: input.socialX,
        youtube: input.socialYoutube,
        telegram: input.socialTelegram,
        linkedin: input.socialLinkedin,
      }).filter(([, value]) => value),
    ),
    followBlurb: input.followBlurb,
    leadArticleSlug: input.leadArticleSlug,
    ad: {
      label: input.adLabel,
      headline: input.adHeadline,
      href: input.adHref,
      imageId: input.adImageId,
      imageUrl: image.imageUrl,
      imageAlt: image.imageUrl ? image.alt : "",
      imageWidth: image.imageWidth,
      imageHeight: image.imageHeight,
    },
  };
}

export async function saveSettings(input: SettingsForm, audit: Audit): Promise<void> {
  const next = await settingsFrom(input);
  await db.$transaction(async (tx) => {
    const before = await readSiteSettingsWith(tx);
    for (const [key, value] of Object.entries(next)) {
      const json = (value ?? null) as Prisma.InputJsonValue;
      await tx.setting.upsert({
        where: { key },
        create: { key, value: json },
        update: { value: json },
      });
    }
    await audit(
      {
        action: "settings.update",
        entityType: "settings",
        entityId: null,
        before: before as unknown as Prisma.InputJsonValue,
        after: next as unknown as Prisma.InputJsonValue,
      },
      tx,
    );
  });
}
