import type { Metadata } from "next";
import Image from "next/image";
import Link from "next/link";
import type { ReactNode } from "react";
import { notFound, permanentRedirect } from "next/navigation";
import { env } from "@/env";
import { ArticleListItem } from "@/features/articles/components/article-list-item";
import { ArticleListSection } from "@/features/articles/components/article-list-section";
import { LocalTime } from "@/features/articles/components/local-time";
import { AuthorBox } from "@/features/articles/components/author-box";
import { ReadingBar } from "@/features/articles/components/reading-bar";
import { ShareLinks } from "@/features/articles/components/share-links";
import {
  getAdjacentArticles,
  getPublishedArticle,
  getRedirectTarget,
  getRelatedArticles,
} from "@/features/articles/data";
import {
  breadcrumbJsonLd,
  jsonLdScript,
  newsArticleJsonLd,
} from "@/features/articles/structured-data";
import { getSiteSettings } from "@/features/settings/data";
import { articleUrl } from "@/features/articles/urls";

type Kind = "NEWS" | "GUIDE";

const absolute = (path: string) => new URL(path, env.SITE_URL).toString();

/** Metadata of the article page; `kind` is the section the URL is in (news or learn). */
export async function articleMetadata(slug: string, kind: Kind): Promise<Metadata> {
  const [article, settings] = await Promise.all([getPublishedArticle(slug), getSiteSettings()]);
  if (!article || article.kind !== kind) return { title: `Page not found — ${settings.siteName}` };
  const title = article.seoTitle ?? article.title;
  const description = article.seoDescription ?? article.dek;
  const image = article.featuredImage
    ? [
        {
          url: article.featuredImage.path,
          width: article.featuredImage.width,
          height: article.featuredImage.height,
          alt: article.featuredImage.alt,
        },
      ]
    : [];
  return {
    title: `${title} — ${settings.siteName}`,
    description,
    alternates: { canonical: articleUrl(article) },
    authors: article.authors.map((a) => ({ name: a.user.name, url: `/author/${a.user.username}` })),
    openGraph: {
      type: "article",
      siteName: settings.siteName,
      title,
      description,
      url: articleUrl(article),
      images: image,
      publishedTime: article.publishedAt?.toISOString(),
      modifiedTime: (article.contentUpdatedAt ?? article.publishedAt)?.toISOString(),
      section: article.category.name,
      tags: article.tags.map((t) => t.tag.name),
    },
    twitter: { card: "summary_large_image", title, description, images: image.map((i) => i.url) },
  };
}

/** What other features add to an article page: readers' parts, built by the route. */
export interface ArticleReaderParts {
  /** Shown in the byline ("3 Comments"). */
  commentCount: number;
  /** Rendered before the article (the view counter's beacon). */
  beacon: ReactNode;
  /** Rendered at the end of the article (the comments). */
  discussion: ReactNode;
}

/** Builds the readers' parts of a public article, once the page has found it. */
export type ArticleReaderPartsFor = (article: {
  slug: string;
  path: string;
}) => Promise<ArticleReaderParts>;

/**
 * The full article page of product.md, for /news/[slug] and /learn/[slug]. The route passes in
 * what comes from other features — the site's sidebar (site chrome, src/app/_chrome) and the
 * readers' parts (comments, view counting) — so that those features may read the articles
 * feature (its visibility rule, say) without importing each other in a circle.
 */
export async function ArticlePage({
  slug,
  kind,
  sidebar,
  readerParts,
}: {
  slug: string;
  kind: Kind;
  sidebar: ReactNode;
  readerParts: ArticleReaderPartsFor;
}) {
  const [article, settings] = await Promise.all([getPublishedArticle(slug), getSiteSettings()]);
  if (!article?.publishedAt) {
    // An old slug answers with a permanent redirect to the article's current URL.
    const target = await getRedirectTarget(articleUrl({ slug, kind }));
    if (target) permanentRedirect(target);
    notFound();
  }
  // A guide asked for under /news (or news under /learn) goes to its one canonical URL.
  if (article.kind !== kind) permanentRedirect(articleUrl(article));
  const publishedAt = article.publishedAt;
  const [related, adjacent, reader] = await Promise.all([
    getRelatedArticles({
      id: article.id,
      categoryId: article.categoryId,
      categorySlug: article.category.slug,
      tags: article.tags,
    }),
    getAdjacentArticles({ id: article.id, slug: article.slug, kind: article.kind, publishedAt }),
    readerParts({ slug: article.slug, path: articleUrl(article) }),
  ]);

  const url = absolute(articleUrl(article));
  const updatedAt =
    article.contentUpdatedAt && article.contentUpdatedAt > publishedAt
      ? article.contentUpdatedAt
      : null;
  const categoryUrl = `/category/${article.category.slug}`;
  const structured = [
    newsArticleJsonLd(
      {
        url,
        title: article.title,
        description: article.seoDescription ?? article.dek,
        imageUrl: article.featuredImage ? absolute(article.featuredImage.path) : null,
        publishedAt,
        modifiedAt: updatedAt ?? publishedAt,
        authors: article.authors.map((a) => ({
          name: a.user.name,
          url: absolute(`/author/${a.user.username}`),
        })),
        section: { name: article.category.name, url: absolute(categoryUrl) },
      },
      {
        name: settings.siteName,
        url: absolute("/"),
        logoUrl: absolute("/images/demo/brand-logo.png"),
      },
    ),
    breadcrumbJsonLd([
      { name: "Home", url: absolute("/") },
      { name: article.category.name, url: absolute(categoryUrl) },
      { name: article.title, url },
    ]),
  ];

  return (
    <>
      <ReadingBar title={article.title} url={url} headingId="article-title" />
      {reader.beacon}
      {structured.map((data, index) => (
        <script
          key={index}
          type="application/ld+json"
          dangerouslySetInnerHTML={{ __html: jsonLdScript(data) }}
        />
      ))}
      <div className="grid gap-10 lg:grid-cols-[minmax(0,700px)_320px] lg:justify-between">
        <article>
          <nav aria-label="Breadcrumb" className="mb-3 text-sm">
            <ol className="flex flex-wrap gap-2 text-neutral-600 dark:text-neutral-400">
              <li>
                <Link href="/" className="hover:underline">
                  Home
                </Link>{" "}
                <span aria-hidden="true">›</span>
              </li>
              <li>
                <Link
                  href={categoryUrl}
                  className="font-semibold uppercase tracking-wide text-brand-700 hover:underline dark:text-blue-300"
                >
                  {article.category.name}
                </Link>
              </li>
            </ol>
          </nav>
          {article.sponsored && (
            <p className="mb-3 inline-block rounded bg-amber-100 px-2 py-0.5 text-xs font-semibold uppercase tracking-wide text-amber-900 dark:bg-amber-900 dark:text-amber-100">
              Sponsored{article.sponsorName ? ` by ${article.sponsorName}` : ""}
            </p>
          )}
          <h1
            id="article-title"
            className="text-3xl font-extrabold leading-tight tracking-tight sm:text-4xl"
          >
            {article.title}
          </h1>
          {article.dek && (
            <p className="mt-3 text-lg text-neutral-700 dark:text-neutral-300">{article.dek}</p>
          )}
          <div className="mt-4 flex flex-wrap gap-x-4 gap-y-1 text-sm text-neutral-600 dark:text-neutral-400">
            <p>
              By{" "}
              {article.authors.map((a, index) => (
                <span key={a.user.username}>
                  {index > 0 && " and "}
                  <Link
                    href={`/author/${a.user.username}`}
                    rel="author"
                    className="font-semibold text-neutral-900 hover:underline dark:text-neutral-100"
                  >
                    {a.user.name}
                  </Link>
                </span>
              ))}
            </p>
            <p>
              Published <LocalTime date={publishedAt} timeZone={settings.timeZone} />
            </p>
            {updatedAt && (
              <p>
                Last updated <LocalTime date={updatedAt} timeZone={settings.timeZone} />
              </p>
            )}
            <p>
              <a href="#comments" className="hover:underline">
                {reader.commentCount} {reader.commentCount === 1 ? "Comment" : "Comments"}
              </a>
            </p>
          </div>
          {article.featuredImage && (
            <figure className="my-6">
              <Image
                src={article.featuredImage.path}
                alt={article.featuredImage.alt}
                width={article.featuredImage.width}
                height={article.featuredImage.height}
                sizes="(min-width: 1024px) 700px, 100vw"
                priority
                fetchPriority="high"
                className="aspect-video w-full rounded-lg bg-neutral-200 object-cover dark:bg-neutral-800"
              />
              {article.featuredImageCaption && (
                <figcaption className="mt-2 text-sm text-neutral-600 dark:text-neutral-400">
                  {article.featuredImageCaption}
                </figcaption>
              )}
            </figure>
          )}
          <div
            className="article-body reading-text"
            // Sanitized when saved (src/features/articles/render.ts).
            dangerouslySetInnerHTML={{ __html: article.bodyHtml }}
          />
          {article.tags.length > 0 && (
            <ul aria-label="Tags" className="mt-8 flex flex-wrap gap-2">
              {article.tags.map(({ tag }) => (
                <li key={tag.slug}>
                  <Link
                    href={`/tag/${tag.slug}`}
                    className="inline-block rounded-full bg-neutral-100 px-3 py-1 text-sm hover:bg-neutral-200 dark:bg-neutral-800 dark:hover:bg-neutral-700"
                  >
                    #{tag.name}
                  </Link>
                </li>
              ))}
            </ul>
          )}
          <ShareLinks url={url} title={article.title} />
          {article.authors.map((a) => (
            <AuthorBox key={a.user.username} author={a.user} />
          ))}
          {(adjacent.previous || adjacent.next) && (
            <nav
              aria-label="More articles"
              className="my-8 grid gap-4 border-y border-neutral-200 py-6 sm:grid-cols-2 dark:border-neutral-800"
            >
              {adjacent.previous ? (
                <Neighbour
                  article={adjacent.previous}
                  eyebrow="Previous article"
                  timeZone={settings.timeZone}
                />
              ) : (
                <span />
              )}
              {adjacent.next && (
                <Neighbour
                  article={adjacent.next}
                  eyebrow="Next article"
                  timeZone={settings.timeZone}
                />
              )}
            </nav>
          )}
          <ArticleListSection
            id="related-heading"
            title="Related articles"
            articles={related}
            timeZone={settings.timeZone}
            className="my-8"
            headingClassName="mb-4 text-lg font-bold"
          />
          {reader.discussion}
        </article>
        {sidebar}
      </div>
    </>
  );
}

/** The previous or next article, in the navigation under the article. */
function Neighbour(props: Parameters<typeof ArticleListItem>[0]) {
  return (
    <div>
      <ArticleListItem {...props} />
    </div>
  );
}
