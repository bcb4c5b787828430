import type { ArticleReaderPartsFor } from "@/features/articles/components/article-page";
import { CommentsSection } from "@/features/comments/components/comments-section";
import { getArticleComments } from "@/features/comments/data";
import { issueFormToken } from "@/features/comments/form-token";
import { ViewBeacon } from "@/features/views/components/view-beacon";

// The readers' parts of an article page (/news/[slug], /learn/[slug]): composed here, in the app,
// so the articles feature imports neither comments nor views.

export const articleReaderParts: ArticleReaderPartsFor = async ({ slug, path }) => {
  const comments = await getArticleComments(slug);
  return {
    commentCount: comments.count,
    beacon: <ViewBeacon slug={slug} />,
    discussion: (
      <CommentsSection
        slug={slug}
        articlePath={path}
        initialComments={comments.comments}
        initialFormToken={issueFormToken()}
      />
    ),
  };
};
