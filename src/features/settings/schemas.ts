import { z } from "zod";
import { isValidTimeZone } from "@/features/articles/format";

const url = z.url({ protocol: /^https?$/ });

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
  ad: z
    .object({ label: z.string().max(40), headline: z.string().max(200), href: z.string().max(500) })
    .catch({ label: "Advertisement", headline: "", href: "/advertise" }),
});

export type SiteSettings = z.infer<typeof siteSettingsSchema>;
