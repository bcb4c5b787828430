import "server-only";
import { db } from "@/lib/db";
import { type SiteSettings, siteSettingsSchema } from "./schemas";

/** The settings as pages use them; `client` lets a transaction read them too. */
export async function readSiteSettings(
  client: Pick<typeof db, "setting"> = db,
): Promise<SiteSettings> {
  const rows = await client.setting.findMany({ select: { key: true, value: true } });
  return siteSettingsSchema.parse(Object.fromEntries(rows.map((row) => [row.key, row.value])));
}
