import type { MetadataRoute } from "next";
import { env } from "@/env";

export default function robots(): MetadataRoute.Robots {
  return {
    rules: [{ userAgent: "*", allow: "/", disallow: ["/admin", "/api/", "/account"] }],
    sitemap: [`${env.SITE_URL}/sitemap.xml`, `${env.SITE_URL}/news-sitemap.xml`],
  };
}
