import type { Metadata } from "next";
import { ArchiveView, archiveMetadata } from "@/features/articles/components/archive-view";
import { getCategory } from "@/features/categories/data";

// Page 1 of the list; later pages are /paged/category/… (see src/features/articles/archive-paths.ts).
// Cached like an article page (built on first request), refreshed by the list's cache tags.
export const revalidate = 900;

export function generateStaticParams() {
  return [];
}

interface Props {
  params: Promise<{ slug: string }>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return archiveMetadata("category", (await params).slug, 1, getCategory);
}

export default async function Page({ params }: Props) {
  return (
    <ArchiveView
      list="category"
      listKey={(await params).slug}
      page={1}
      findCategory={getCategory}
    />
  );
}
