import { archiveSlugPage } from "../../_slug-page";

// Page 1 of the list; later pages are /paged/tag/… (see src/features/articles/archive-paths.ts).
// Cached like an article page (built on first request), refreshed by the list's cache tags.
export const revalidate = 900;

const page = archiveSlugPage("tag");
export const generateMetadata = page.generateMetadata;
export const generateStaticParams = page.generateStaticParams;
export default page.Page;
