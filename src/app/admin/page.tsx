import type { Metadata } from "next";
import Link from "next/link";
import { AdminPage, HeadingLink } from "@/components/ui/admin-list";
import { EditorialQueue, Readership } from "@/features/admin/components/dashboard-parts";
import {
  countPendingComments,
  editorialQueue,
  readershipSince,
} from "@/features/admin/dashboard-queries";
import { articleUrl } from "@/features/articles/urls";
import { getSiteSettings } from "@/features/settings/data";
import { requirePagePermission } from "@/lib/admin-guard";
import { can } from "@/lib/permissions";

export const metadata: Metadata = { title: "Dashboard" };

export default async function AdminDashboard() {
  const user = await requirePagePermission("admin.access");
  const seesAll = can(user.role, "article.editAny");
  const [{ timeZone }, queue, readership, pendingComments] = await Promise.all([
    getSiteSettings(),
    editorialQueue({ id: user.id, seesAll }),
    readershipSince(7, 5),
    can(user.role, "comment.moderate") ? countPendingComments() : Promise.resolve(null),
  ]);
  const queues = [
    { title: seesAll ? "Drafts" : "Your drafts", items: queue.drafts, empty: "No drafts." },
    { title: "In review", items: queue.inReview, empty: "Nothing waits for review." },
    { title: "Scheduled", items: queue.scheduled, empty: "Nothing is scheduled." },
  ];
  return (
    <AdminPage
      title="Dashboard"
      aside={<HeadingLink href="/admin/articles/new">New article</HeadingLink>}
    >
      <div className="grid gap-4 md:grid-cols-3">
        {queues.map((q) => (
          <EditorialQueue key={q.title} {...q} timeZone={timeZone} />
        ))}
      </div>
      {pendingComments !== null && (
        <p className="rounded border border-neutral-200 p-4 dark:border-neutral-800">
          <strong>{pendingComments}</strong>{" "}
          {pendingComments === 1 ? "comment awaits" : "comments await"} moderation.{" "}
          <Link prefetch={false} href="/admin/comments?status=PENDING" className="underline">
            Open the queue
          </Link>
        </p>
      )}
      <Readership readership={readership} articleHref={articleUrl} />
    </AdminPage>
  );
}
