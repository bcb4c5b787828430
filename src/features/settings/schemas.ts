import { z } from "zod";
import { requiredText } from "@/lib/text-fields";
import { isValidTimeZone } from "@/lib/time-zone";

const url = z.url({ protocol: /^https?$/ });

/** A link the ad slot may point to: a path on this site or an http(s) address. */
export function isSafeHref(value: string): boolean {
  if (value.startsWith("/")) return !value.startsWith("//");
  return /^https?:\/\/[^\s/]+/i.test(value);
}

/** An ad image served by this site: uploaded media or the bundled images. */
export function isLocalImageUrl(value: string): boolean {
  return /^\/(media|images)\/[\w\-./%]+$/.test(value) && !value.includes("..");
}

const adSchema = z.object({
  label: z.string().max(40),
  headline: z.string().max(200),
  href: z.string().max(500).refine(isSafeHref),
  /** The Media row the image was chosen from (null: a URL was typed, or no image). */
  imageId: z.number().int().positive().nullable().catch(null).default(null),
  imageUrl: z.string().max(500).refine(isLocalImageUrl).nullable().catch(null).default(null),
  imageAlt: z.string().max(200).catch("").default(""),
  imageWidth: z.number().int().positive().nullable().catch(null).default(null),
  imageHeight: z.number().int().positive().nullable().catch(null).default(null),
});

/**
 * Site settings as stored in the Setting table (one row per key). Every key has a default, so a
 * missing or damaged row degrades to the default instead of breaking pages.
 */
export const siteSettingsSchema = z.object({
  siteName: z.string().min(1).max(80).catch("CoinMela"),
  tagline: z.string().max(160).catch(""),
  description: z.string().max(300).catch(""),
  aboutText: z.string().max(1000).catch(""),
  copyright: z.string().max(200).catch("© {year} CoinMela. All rights reserved."),
  timeZone: z.string().refine(isValidTimeZone).catch("America/New_York"),
  socials: z
    .object({
      x: url.optional(),
      youtube: url.optional(),
      telegram: url.optional(),
      linkedin: url.optional(),
    })
    .catch({}),
  followBlurb: z.string().max(300).catch(""),
  /** Slug of the article editors pinned as the home page's lead story (else the newest leads). */
  leadArticleSlug: z.string().max(200).nullable().catch(null),
  ad: adSchema.catch({
    label: "Advertisement",
    headline: "",
    href: "/advertise",
    imageId: null,
    imageUrl: null,
    imageAlt: "",
    imageWidth: null,
    imageHeight: null,
  }),
});

export type SiteSettings = z.infer<typeof siteSettingsSchema>;

// ---- The settings form of /admin/settings: flat fields, strict (errors go next to the field). ----

const text = (max: number, label: string) =>
  z
    .string()
    .trim()
    .max(max, `Use at most ${max} characters for the ${label}.`)
    .optional()
    .transform((value) => value ?? "");

const socialUrl = z
  .string()
  .trim()
  .max(300, "That address is too long.")
  .optional()
  .transform((value) => value || undefined)
  .pipe(url.optional().or(z.undefined()));

const optionalId = z
  .string()
  .trim()
  .optional()
  .transform((value, ctx) => {
    if (!value) return null;
    if (!/^[1-9]\d{0,9}$/.test(value)) {
      ctx.addIssue({ code: "custom", message: "Choose an image from the list." });
      return z.NEVER;
    }
    return Number(value);
  });

export const settingsFormSchema = z
  .object({
    siteName: requiredText(80, {
      missing: "Enter the site name.",
      tooLong: "Use at most 80 characters for the site name.",
    }),
    tagline: text(160, "tagline"),
    description: text(300, "description"),
    aboutText: text(1000, "about text"),
    copyright: text(200, "copyright line"),
    timeZone: z
      .string({ message: "Choose a time zone." })
      .refine(isValidTimeZone, "Choose a time zone from the list."),
    socialX: socialUrl,
    socialYoutube: socialUrl,
    socialTelegram: socialUrl,
    socialLinkedin: socialUrl,
    followBlurb: text(300, "follow blurb"),
    leadArticleSlug: text(200, "slug").transform((value) => value || null),
    adLabel: requiredText(40, {
      missing: "Enter the label.",
      empty: "Enter the label readers see above the ad, e.g. Advertisement.",
      tooLong: "Use at most 40 characters for the label.",
    }),
    adHeadline: text(200, "headline"),
    adHref: requiredText(500, {
      missing: "Enter the link.",
      empty: "Enter where the ad links to.",
      tooLong: "That link is too long.",
    }).refine(isSafeHref, "Use a path on this site (/advertise) or an http(s) address."),
    adImageId: optionalId,
    adImageUrl: z
      .string()
      .trim()
      .max(500, "That address is too long.")
      .optional()
      .transform((value) => value || null)
      .refine(
        (value) => value === null || isLocalImageUrl(value),
        "Use an image served by this site: a path under /media/ or /images/.",
      ),
    adImageAlt: text(200, "image description"),
  })
  .superRefine((value, ctx) => {
    if (value.adImageId !== null && value.adImageUrl !== null) {
      ctx.addIssue({
        code: "custom",
        path: ["adImageUrl"],
        message: "Choose an image from the library or type its address, not both.",
      });
    }
    if (value.adImageUrl !== null && !value.adImageAlt) {
      ctx.addIssue({
        code: "custom",
        path: ["adImageAlt"],
        message: "Describe the image for readers who cannot see it.",
      });
    }
  });

export type SettingsForm = z.infer<typeof settingsFormSchema>;
