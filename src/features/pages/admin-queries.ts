import "server-only";
import { db } from "@/lib/db";

// Reads of the static-page admin (uncached).

export async function pagesForAdmin() {
  return db.page.findMany({
    orderBy: { slug: "asc" },
    select: { id: true, slug: true, title: true, published: true, updatedAt: true },
  });
}

export async function pageForEditing(id: number) {
  return db.page.findUnique({
    where: { id },
    select: {
      id: true,
      slug: true,
      title: true,
      bodySource: true,
      seoDescription: true,
      published: true,
      updatedAt: true,
    },
  });
}
