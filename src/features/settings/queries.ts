import "server-only";
import { db } from "@/lib/db";
import { type SiteSettings, siteSettingsSchema } from "./schemas";

export async function readSiteSettings(): Promise<SiteSettings> {
  const rows = await db.setting.findMany({ select: { key: true, value: true } });
  return siteSettingsSchema.parse(Object.fromEntries(rows.map((row) => [row.key, row.value])));
}
