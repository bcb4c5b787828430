import type { Metadata } from "next";
import { NotFoundContent } from "../not-found";

export const metadata: Metadata = { title: "Page not found", robots: { index: false } };

// notFound() in a public page renders here, inside the site layout that already has the chrome.
export default function SiteNotFound() {
  return <NotFoundContent />;
}
