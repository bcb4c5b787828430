import { articleSlugPage } from "../../_slug-page";

// Rendered on first request, then served from the page cache: refreshed by its tags (see
// src/features/articles/after-change.ts) or, as a safety net, after this many seconds.
export const revalidate = 900;

const page = articleSlugPage("GUIDE");
export const generateMetadata = page.generateMetadata;
export const generateStaticParams = page.generateStaticParams;
export default page.Page;
