import type { Metadata } from "next";
import { ArchiveView, archiveMetadata } from "@/features/articles/components/archive-view";

// Page 1 of the list; later pages are /paged/learn/… (see src/features/articles/archive-paths.ts).
// Cached like an article page, refreshed by the list's cache tags when its articles change.
export const revalidate = 900;

export function generateMetadata(): Promise<Metadata> {
  return archiveMetadata("learn", "all", 1);
}

export default function Page() {
  return <ArchiveView list="learn" listKey="all" page={1} />;
}
