import Image from "next/image";
import Link from "next/link";
import { LocalTime } from "./local-time";
import type { ArticleCard as ArticleCardData } from "../queries";
import { articleUrl } from "../urls";

export function ArticleCard({
  article,
  timeZone,
  variant = "grid",
  priority = false,
  headingLevel,
}: {
  article: ArticleCardData;
  timeZone: string;
  variant?: "lead" | "grid";
  priority?: boolean;
  /** The card's title level under the page's outline: h3 inside a headed section, h2 right under the h1. */
  headingLevel?: "h2" | "h3";
}) {
  const lead = variant === "lead";
  const Heading = headingLevel ?? (lead ? "h2" : "h3");
  return (
    <article className={lead ? "grid gap-6 md:grid-cols-2 md:items-center" : "flex flex-col gap-2"}>
      {article.featuredImage && (
        <Image
          src={article.featuredImage.path}
          alt={article.featuredImage.alt}
          width={article.featuredImage.width}
          height={article.featuredImage.height}
          sizes={
            lead
              ? "(min-width: 768px) 640px, 100vw"
              : "(min-width: 1024px) 400px, (min-width: 640px) 50vw, 100vw"
          }
          priority={priority}
          fetchPriority={priority ? "high" : undefined}
          className="aspect-video w-full rounded-md bg-neutral-200 object-cover dark:bg-neutral-800"
        />
      )}
      <div className="flex flex-col gap-2">
        <p className="text-xs font-semibold uppercase tracking-wide text-brand-700 dark:text-blue-300">
          {article.category.name}
          {article.sponsored && (
            <span className="ml-2 text-neutral-600 dark:text-neutral-400">Sponsored</span>
          )}
        </p>
        <Heading
          className={
            lead
              ? "text-3xl font-extrabold leading-tight tracking-tight"
              : "text-lg font-bold leading-snug"
          }
        >
          <Link href={articleUrl(article)} className="hover:underline">
            {article.title}
          </Link>
        </Heading>
        <p
          className={
            lead
              ? "text-lg text-neutral-700 dark:text-neutral-300"
              : "text-sm text-neutral-700 dark:text-neutral-300"
          }
        >
          {article.dek}
        </p>
        <p className="text-xs text-neutral-600 dark:text-neutral-400">
          {article.authors.map((a) => a.user.name).join(" and ")}
          {article.publishedAt && (
            <>
              {" · "}
              <LocalTime date={article.publishedAt} timeZone={timeZone} />
            </>
          )}
        </p>
      </div>
    </article>
  );
}

/** Cards in a grid: the home page's latest news and category blocks, the archive pages. */
export function ArticleCardGrid({
  articles,
  timeZone,
  className,
  headingLevel,
  prioritized = 0,
}: {
  articles: ArticleCardData[];
  timeZone: string;
  className: string;
  headingLevel?: "h2" | "h3";
  /** How many cards from the top load their image first (those above the fold). */
  prioritized?: number;
}) {
  return (
    <ul className={className}>
      {articles.map((article, index) => (
        <li key={article.id}>
          <ArticleCard
            article={article}
            timeZone={timeZone}
            priority={index < prioritized}
            headingLevel={headingLevel}
          />
        </li>
      ))}
    </ul>
  );
}
