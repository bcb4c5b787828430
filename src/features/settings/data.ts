import "server-only";
import { cachedRead } from "@/lib/cached-read";
import { cacheSeconds, cacheTags } from "@/lib/cache-tags";
import { readSiteSettings } from "./queries";

/** Site name, about text, social links…: read by every page's chrome, so cached under `site`. */
export const getSiteSettings = cachedRead("settings", readSiteSettings, {
  tags: () => [cacheTags.site],
  revalidate: cacheSeconds.lists,
});
