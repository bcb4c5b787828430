import Link from "next/link";
import { PopularNews } from "@/features/articles/components/article-list-section";
import { getPopularArticles } from "@/features/articles/data";
import { getSiteSettings } from "@/features/settings/data";
import { SocialLinks } from "./social-links";

/**
 * Popular News (real readership over 7 days), the labelled ad slot, and Follow Us on Socials.
 * The article routes hand it to the article page (which does not import the site's chrome).
 */
export async function SiteSidebar() {
  const [settings, popular] = await Promise.all([getSiteSettings(), getPopularArticles(3)]);
  return (
    <aside className="flex flex-col gap-8" aria-label="Sidebar">
      <PopularNews id="popular-heading" articles={popular} timeZone={settings.timeZone} />
      <section
        aria-labelledby="ad-label"
        className="rounded-lg border border-dashed border-neutral-300 p-4 text-center dark:border-neutral-700"
      >
        <p
          id="ad-label"
          className="mb-2 text-xs uppercase tracking-wide text-neutral-600 dark:text-neutral-400"
        >
          {settings.ad.label}
        </p>
        <Link
          prefetch={false}
          href={settings.ad.href}
          className="block text-sm font-semibold hover:underline"
        >
          {settings.ad.imageUrl && (
            // A plain <img>: uploaded media is served by its own route, not from public/ at start.
            // eslint-disable-next-line @next/next/no-img-element
            <img
              src={settings.ad.imageUrl}
              alt={settings.ad.imageAlt}
              width={settings.ad.imageWidth ?? undefined}
              height={settings.ad.imageHeight ?? undefined}
              loading="lazy"
              decoding="async"
              className="mx-auto mb-2 h-auto max-w-full rounded"
            />
          )}
          {settings.ad.headline || (settings.ad.imageUrl ? "" : "Advertise with us")}
        </Link>
      </section>
      <section aria-labelledby="follow-heading">
        <h2 id="follow-heading" className="mb-2 text-lg font-bold">
          Follow Us on Socials
        </h2>
        {settings.followBlurb && (
          <p className="mb-3 text-sm text-neutral-700 dark:text-neutral-300">
            {settings.followBlurb}
          </p>
        )}
        <SocialLinks socials={settings.socials} />
      </section>
    </aside>
  );
}
