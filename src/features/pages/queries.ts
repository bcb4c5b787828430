import "server-only";
import { db } from "@/lib/db";

export async function publishedPageSlugs() {
  const pages = await db.page.findMany({ where: { published: true }, select: { slug: true } });
  return pages.map((page) => page.slug);
}

export async function publishedPage(slug: string) {
  return db.page.findFirst({
    where: { slug, published: true },
    select: { slug: true, title: true, bodyHtml: true, seoDescription: true, updatedAt: true },
  });
}
