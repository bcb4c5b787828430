import type { Metadata } from "next";
import { ArchiveView, archiveMetadata } from "@/features/articles/components/archive-view";

// Page 1 of the list; later pages are /paged/news/… (see src/features/articles/archive-paths.ts).
// Cached like an article page, refreshed by the list's cache tags when its articles change.
export const revalidate = 900;

export function generateMetadata(): Promise<Metadata> {
  return archiveMetadata("news", "all", 1);
}

export default function Page() {
  return <ArchiveView list="news" listKey="all" page={1} />;
}
