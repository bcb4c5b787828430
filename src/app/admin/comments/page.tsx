import type { Metadata } from "next";
import { AdminPage, ListPagination } from "@/components/ui/admin-list";
import { articleUrl } from "@/features/articles/urls";
import {
  QueueArticleFilter,
  QueueForm,
  QueueNotices,
  QueueStatusNav,
} from "@/features/comments/components/moderation-queue";
import { findArticleTitle, listQueue } from "@/features/comments/moderation-queries";
import { noticeText, QUEUE_ERRORS } from "@/features/comments/moderation-rules";
import { queueQuerySchema } from "@/features/comments/moderation-schemas";
import { getSiteSettings } from "@/features/settings/data";
import { requirePagePermission } from "@/lib/admin-guard";
import { can } from "@/lib/permissions";

export const metadata: Metadata = { title: "Comments" };

export default async function AdminCommentsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requirePagePermission("comment.moderate");
  const query = queueQuerySchema.parse(await searchParams);
  const [queue, settings, filteredArticle] = await Promise.all([
    listQueue(query),
    getSiteSettings(),
    query.article ? findArticleTitle(query.article) : Promise.resolve(null),
  ]);
  const error =
    query.error && query.error in QUEUE_ERRORS
      ? QUEUE_ERRORS[query.error as keyof typeof QUEUE_ERRORS]
      : null;
  return (
    <AdminPage title="Comments">
      <QueueStatusNav view={query} counts={queue.countByStatus} />
      <QueueArticleFilter view={query} articleTitle={filteredArticle?.title ?? null} />
      <QueueNotices notice={noticeText(query.done, query.count)} error={error} />
      <QueueForm
        view={query}
        items={queue.items}
        viewerId={user.id}
        mayBan={can(user.role, "user.ban")}
        timeZone={settings.timeZone}
        articleHref={articleUrl}
      />
      <ListPagination
        basePath="/admin/comments"
        params={{ status: query.status, article: query.article }}
        page={query.page}
        pages={queue.pages}
        label="Comment pages"
      />
    </AdminPage>
  );
}
