import Link from "next/link";
import { AdminSection, Muted, When } from "@/components/ui/admin-list";
import type { QueueItem, readershipSince } from "../dashboard-queries";
import { ViewsChart } from "./views-chart";

// The blocks of the admin dashboard: the editorial queues and last week's readership.

/** One editorial queue (drafts, in review, scheduled): each article with its authors and date. */
export function EditorialQueue({
  title,
  items,
  empty,
  timeZone,
}: {
  title: string;
  items: readonly QueueItem[];
  empty: string;
  timeZone: string;
}) {
  return (
    <AdminSection
      id={`queue-${title.toLowerCase().replace(/\W+/g, "-")}`}
      title={
        <>
          {title} <span className="text-neutral-600 dark:text-neutral-400">({items.length})</span>
        </>
      }
      boxed
      className=""
    >
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
                    goes live <When date={item.scheduledFor} timeZone={timeZone} />
                  </>
                ) : (
                  <>
                    updated <When date={item.updatedAt} timeZone={timeZone} />
                  </>
                )}
              </span>
            </li>
          ))}
        </ul>
      )}
    </AdminSection>
  );
}

type Readership = Awaited<ReturnType<typeof readershipSince>>;

/** Views per day and the most-read articles of the last week. */
export function Readership({
  readership,
  articleHref,
}: {
  readership: Readership;
  /** The public URL of an article (the articles feature knows it). */
  articleHref: (article: Readership["top"][number]) => string;
}) {
  return (
    <AdminSection id="most-read" title="Most read, last 7 days" boxed className="">
      <div className="mt-3 flex flex-col gap-4 md:flex-row md:items-start">
        <ViewsChart daily={readership.daily} />
        {readership.top.length === 0 ? (
          <Muted>No views recorded this week.</Muted>
        ) : (
          <ol className="flex list-decimal flex-col gap-1 pl-5 text-sm">
            {readership.top.map((article) => (
              <li key={article.id}>
                <Link prefetch={false} href={articleHref(article)} className="underline">
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
    </AdminSection>
  );
}
