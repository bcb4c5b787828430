import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";
import { type SiteSettings, siteSettingsSchema } from "./schemas";

/** Read once per request, however many components ask (layout, page, metadata). */
export const getSiteSettings = cache(async (): Promise<SiteSettings> => {
  const rows = await db.setting.findMany({ select: { key: true, value: true } });
  return siteSettingsSchema.parse(Object.fromEntries(rows.map((row) => [row.key, row.value])));
});
