import type { ReactNode } from "react";
import type { ArticleCard } from "../queries";
import { ArticleListItem } from "./article-list-item";

/**
 * A headed list of compact article rows: Popular News, the Learn teaser, an article's related
 * articles. Renders nothing when empty.
 */
export function ArticleListSection({
  id,
  title,
  articles,
  timeZone,
  ordered = false,
  footer,
  className,
  headingClassName = "mb-4 border-b border-neutral-200 pb-2 text-xl font-bold dark:border-neutral-800",
}: {
  id: string;
  title: string;
  articles: ArticleCard[];
  timeZone: string;
  ordered?: boolean;
  footer?: ReactNode;
  className?: string;
  headingClassName?: string;
}) {
  if (articles.length === 0) return null;
  const List = ordered ? "ol" : "ul";
  return (
    <section aria-labelledby={id} className={className}>
      <h2 id={id} className={headingClassName}>
        {title}
      </h2>
      <List className="flex flex-col gap-4">
        {articles.map((article) => (
          <li key={article.id}>
            <ArticleListItem article={article} timeZone={timeZone} />
          </li>
        ))}
      </List>
      {footer}
    </section>
  );
}

/** Popular News: the most read articles, most read first (home page, sidebar). */
export function PopularNews(props: { id: string; articles: ArticleCard[]; timeZone: string }) {
  return <ArticleListSection {...props} title="Popular News" ordered />;
}
