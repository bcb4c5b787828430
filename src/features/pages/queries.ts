import "server-only";
import { db } from "@/lib/db";

export async function publishedPage(slug: string) {
  return db.page.findFirst({
    where: { slug, published: true },
    select: { slug: true, title: true, bodyHtml: true, seoDescription: true, updatedAt: true },
  });
}
