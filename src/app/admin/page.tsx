import type { Metadata } from "next";
import Link from "next/link";
import { ViewsChart } from "@/features/admin/components/views-chart";
import {
  countPendingComments,
  editorialQueue,
  readershipSince,
} from "@/features/admin/dashboard-queries";
import { formatInZone } from "@/features/admin/format";
import { can } from "@/lib/permissions";
import { articleUrl } from "@/features/articles/urls";
import { getSiteSettings } from "@/features/settings/data";
import { requirePagePermission } from "@/lib/admin-guard";

export const metadata: Metadata = { title: "Dashboard" };

type QueueItem = Awaited<ReturnType<typeof editorialQueue>>["drafts"][number];

function Queue({
  title,
  items,
  empty,
  timeZone,
}: {
  title: string;
  items: QueueItem[];
  empty: string;
  timeZone: string;
}) {
  const id = `queue-${title.toLowerCase().replace(/\W+/g, "-")}`;
  return (
    <section
      aria-labelledby={id}
      className="rounded border border-neutral-200 p-4 dark:border-neutral-800"
    >
      <h2 id={id} className="text-lg font-bold">
        {title} <span className="text-neutral-600 dark:text-neutral-400">({items.length})</span>
      </h2>
      {items.length === 0 ? (
        <p className="mt-2 text-sm text-neutral-600 dark:text-neutral-400">{empty}</p>
      ) : (
        <ul className="mt-2 flex flex-col gap-2 text-sm">
          {items.map((item) => (
            <li key={item.id}>
              <Link
                prefetch={false}
                href={`/admin/articles/${item.id}`}
                className="font-semibold underline"
              >
                {item.title || "(untitled)"}
              </Link>
              <span className="block text-neutral-600 dark:text-neutral-400">
                {item.authors.map((a) => a.user.name).join(", ") || "No author"}
                {" · "}
                {item.status === "SCHEDULED" && item.scheduledFor ? (
                  <>
                    goes live{" "}
                    <time dateTime={item.scheduledFor.toISOString()}>
                      {formatInZone(item.scheduledFor, timeZone)}
                    </time>
                  </>
                ) : (
                  <>
                    updated{" "}
                    <time dateTime={item.updatedAt.toISOString()}>
                      {formatInZone(item.updatedAt, timeZone)}
                    </time>
                  </>
                )}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

export default async function AdminDashboard() {
  const user = await requirePagePermission("admin.access");
  const seesAll = can(user.role, "article.editAny");
  const [settings, queue, readership, pendingComments] = await Promise.all([
    getSiteSettings(),
    editorialQueue({ id: user.id, seesAll }),
    readershipSince(7, 5),
    can(user.role, "comment.moderate") ? countPendingComments() : Promise.resolve(null),
  ]);
  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-extrabold tracking-tight">Dashboard</h1>
        <Link
          prefetch={false}
          href="/admin/articles/new"
          className="chrome-button px-3 font-semibold"
        >
          New article
        </Link>
      </div>
      <div className="grid gap-4 md:grid-cols-3">
        <Queue
          title={seesAll ? "Drafts" : "Your drafts"}
          items={queue.drafts}
          empty="No drafts."
          timeZone={settings.timeZone}
        />
        <Queue
          title="In review"
          items={queue.inReview}
          empty="Nothing waits for review."
          timeZone={settings.timeZone}
        />
        <Queue
          title="Scheduled"
          items={queue.scheduled}
          empty="Nothing is scheduled."
          timeZone={settings.timeZone}
        />
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
      <section
        aria-labelledby="most-read"
        className="rounded border border-neutral-200 p-4 dark:border-neutral-800"
      >
        <h2 id="most-read" className="text-lg font-bold">
          Most read, last 7 days
        </h2>
        <div className="mt-3 flex flex-col gap-4 md:flex-row md:items-start">
          <ViewsChart daily={readership.daily} />
          {readership.top.length === 0 ? (
            <p className="text-sm text-neutral-600 dark:text-neutral-400">
              No views recorded this week.
            </p>
          ) : (
            <ol className="flex list-decimal flex-col gap-1 pl-5 text-sm">
              {readership.top.map((article) => (
                <li key={article.id}>
                  <Link prefetch={false} href={articleUrl(article)} className="underline">
                    {article.title}
                  </Link>{" "}
                  <span className="text-neutral-600 dark:text-neutral-400">
                    {article.views.toLocaleString("en-US")} views
                  </span>
                </li>
              ))}
            </ol>
          )}
        </div>
      </section>
    </div>
  );
}
