import "server-only";
import { db } from "@/lib/db";

/** Categories in navigation order. */
export async function navigationCategories() {
  return db.category.findMany({
    orderBy: [{ position: "asc" }, { name: "asc" }],
    select: { id: true, slug: true, name: true },
  });
}

export type NavCategory = Awaited<ReturnType<typeof navigationCategories>>[number];

export async function categoryBySlug(slug: string) {
  return db.category.findUnique({
    where: { slug },
    select: { id: true, slug: true, name: true, description: true },
  });
}
