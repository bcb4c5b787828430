import type { Metadata } from "next";
import { ArticleEditor } from "@/features/articles/components/admin/article-editor";
import { editorPageProps } from "@/features/articles/editor-page-data";
import { requirePagePermission } from "@/lib/admin-guard";

export const metadata: Metadata = { title: "New article" };

export default async function NewArticlePage() {
  const user = await requirePagePermission("article.create");
  return <ArticleEditor {...await editorPageProps(user, null)} />;
}
