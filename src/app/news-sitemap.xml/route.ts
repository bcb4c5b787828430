import { env } from "@/env";
import { recentNewsArticles } from "@/features/feeds/queries";
import { renderNewsSitemap } from "@/features/feeds/sitemap";
import { getSiteSettings } from "@/features/settings/queries";

export const dynamic = "force-dynamic";

export async function GET() {
  const [settings, articles] = await Promise.all([getSiteSettings(), recentNewsArticles()]);
  return new Response(
    renderNewsSitemap(env.SITE_URL, { name: settings.siteName, language: "en" }, articles),
    {
      headers: {
        "Content-Type": "application/xml; charset=utf-8",
        "Cache-Control": "public, max-age=300",
      },
    },
  );
}
