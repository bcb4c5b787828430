import "server-only";
import { db } from "@/lib/db";
import { type SiteSettings, siteSettingsSchema } from "./schemas";

export async function readSiteSettings(): Promise<SiteSettings> {
  return readSiteSettingsWith(db);
}

/** The same read through a given client (the settings action reads "before" in its transaction). */
export async function readSiteSettingsWith(
  client: Pick<typeof db, "setting">,
): Promise<SiteSettings> {
  const rows = await client.setting.findMany({ select: { key: true, value: true } });
  return siteSettingsSchema.parse(Object.fromEntries(rows.map((row) => [row.key, row.value])));
}
