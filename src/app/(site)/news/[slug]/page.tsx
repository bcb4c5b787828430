import type { Metadata } from "next";
import { ArticlePage, articleMetadata } from "@/features/articles/components/article-page";

export const dynamic = "force-dynamic";

interface Props {
  params: Promise<{ slug: string }>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return articleMetadata((await params).slug, "NEWS");
}

export default async function NewsArticlePage({ params }: Props) {
  return <ArticlePage slug={(await params).slug} kind="NEWS" />;
}
