"use server";

import { expireCacheTags } from "@/lib/cache-expiry";
import { recordAudit } from "@/lib/audit-log";
import { fieldErrors, formFields } from "@/lib/forms";
import type { Prisma } from "@/generated/prisma/client";
import { authorize } from "@/lib/admin-guard";
import { cacheTags } from "@/lib/cache-tags";
import { db } from "@/lib/db";
import type { FormState } from "@/lib/forms";
import { readSiteSettingsWith } from "./queries";
import { type SiteSettings, settingsFormSchema } from "./schemas";
import { logger } from "@/lib/logger";

// Site settings: validate the whole form (nothing is stored unless all of it is valid) →
// authorize → resolve the ad image → write every key in one transaction with an audit entry →
// expire `site`, the tag of every page's chrome (header, footer, sidebar, dates in the site's
// time zone): no cached read's data depends on settings, so that tag is exactly what changes.

const GENERIC = "Something went wrong on our side. Nothing was changed; try again in a moment.";

/** The public URL of a Media row: demo images are under /public, uploads under /media. */
function mediaUrl(path: string): string {
  return path.startsWith("/") ? path : `/media/${path}`;
}

export async function saveSettingsAction(
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  const fields = formFields(formData);
  const values = Object.fromEntries(Object.entries(fields).filter(([key]) => key !== "js"));
  const parsed = settingsFormSchema.safeParse(fields);
  if (!parsed.success) {
    return {
      status: "error",
      message: "Some settings need another look; nothing was saved.",
      fieldErrors: fieldErrors(parsed.error),
      values,
    };
  }
  const auth = await authorize("settings.manage");
  if (!auth.ok) return { status: "error", message: auth.message, values };
  const input = parsed.data;
  try {
    if (input.leadArticleSlug) {
      const lead = await db.article.findUnique({
        where: { slug: input.leadArticleSlug },
        select: { status: true },
      });
      if (!lead || lead.status !== "PUBLISHED") {
        return {
          status: "error",
          message: "Some settings need another look; nothing was saved.",
          fieldErrors: { leadArticleSlug: "No published article has this slug." },
          values,
        };
      }
    }
    let image: Pick<SiteSettings["ad"], "imageUrl" | "imageWidth" | "imageHeight"> & {
      alt: string;
    } = {
      imageUrl: input.adImageUrl,
      imageWidth: null,
      imageHeight: null,
      alt: input.adImageAlt,
    };
    if (input.adImageId !== null) {
      const media = await db.media.findUnique({
        where: { id: input.adImageId },
        select: { path: true, alt: true, width: true, height: true },
      });
      if (!media) {
        return {
          status: "error",
          message: "Some settings need another look; nothing was saved.",
          fieldErrors: { adImageId: "That image is no longer in the media library." },
          values,
        };
      }
      image = {
        imageUrl: mediaUrl(media.path),
        imageWidth: media.width,
        imageHeight: media.height,
        alt: input.adImageAlt || media.alt,
      };
    }
    const next: SiteSettings = {
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
      await recordAudit(
        {
          actorId: auth.user.id,
          action: "settings.update",
          entityType: "settings",
          entityId: null,
          before: before as unknown as Prisma.InputJsonValue,
          after: next as unknown as Prisma.InputJsonValue,
        },
        tx,
      );
    });
  } catch (error) {
    logger().error({ err: error }, "[settings] save failed");
    return { status: "error", message: GENERIC, values };
  }
  await expireCacheTags([cacheTags.site]);
  return {
    status: "ok",
    message: "Settings saved. Every page shows them on its next request.",
    values,
  };
}
