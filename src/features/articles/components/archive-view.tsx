import type { Metadata } from "next";
import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { getSiteSettings } from "@/features/settings/data";
import type { ArchiveList } from "../archive-paths";
import { getArchivePage, getAuthor, getTag } from "../data";
import { pageHref } from "../pagination";
import { ArticleArchive } from "./article-archive";
import { AuthorInitials, AuthorSocialLinks } from "./author-box";

// Every page of every archive list, whichever route renders it: the list's own route for page 1
// and /paged/<list>/<key>/<page> for the others (see archive-paths.ts).
//
// Categories belong to their own feature, which imports this one (not the other way round): the
// routes that can show a category list hand in its lookup (findCategory, the categories feature's
// cached getCategory). Tags and bylines are read here (../data).

/** A category as a category list shows it; null for a slug that names none. */
export type FindCategory = (
  slug: string,
) => Promise<{ id: number; slug: string; name: string; description: string } | null>;

interface ListDescription {
  title: string;
  heading: string;
  description: string;
  basePath: string;
  intro?: ReactNode;
  filter: Parameters<typeof getArchivePage>[0];
  openGraph?: Metadata["openGraph"];
}

async function describeList(
  list: ArchiveList,
  key: string,
  siteName: string,
  findCategory: FindCategory | undefined,
): Promise<ListDescription | null> {
  switch (list) {
    case "news":
      return {
        title: "All News",
        heading: "All News",
        description: `The latest crypto and markets news from ${siteName}, newest first.`,
        basePath: "/news",
        filter: { kind: "NEWS" },
      };
    case "learn":
      return {
        title: "Learn",
        heading: "Learn",
        description: `Plain-language guides to crypto and markets from ${siteName}.`,
        basePath: "/learn",
        intro: <p>Evergreen guides: how crypto and markets work, explained step by step.</p>,
        filter: { kind: "GUIDE" },
      };
    case "category": {
      const category = findCategory ? await findCategory(key) : null;
      if (!category) return null;
      return {
        title: `${category.name} News`,
        heading: category.name,
        description: category.description || `${category.name} news from ${siteName}.`,
        basePath: `/category/${category.slug}`,
        intro: category.description ? <p>{category.description}</p> : undefined,
        filter: { category: { id: category.id, slug: category.slug } },
      };
    }
    case "tag": {
      const tag = await getTag(key);
      if (!tag) return null;
      return {
        title: tag.name,
        heading: `#${tag.name}`,
        description: tag.description || `Articles tagged ${tag.name} on ${siteName}.`,
        basePath: `/tag/${tag.slug}`,
        filter: { tag: { id: tag.id, slug: tag.slug } },
      };
    }
    case "author": {
      const author = await getAuthor(key);
      if (!author) return null;
      return {
        title: author.name,
        heading: author.name,
        description: author.bio ?? `Articles by ${author.name} on ${siteName}.`,
        basePath: `/author/${author.username}`,
        intro: <AuthorIntro author={author} />,
        filter: { author: { id: author.id, username: author.username } },
        openGraph: { type: "profile", title: author.name, siteName },
      };
    }
  }
}

function AuthorIntro({ author }: { author: NonNullable<Awaited<ReturnType<typeof getAuthor>>> }) {
  return (
    <div className="flex gap-4">
      <AuthorInitials name={author.name} />
      <div>
        {author.bio && <p>{author.bio}</p>}
        <AuthorSocialLinks
          socialLinks={author.socialLinks}
          className="mt-2 flex flex-wrap gap-3 text-sm font-semibold"
        />
      </div>
    </div>
  );
}

export async function archiveMetadata(
  list: ArchiveList,
  key: string,
  page: number,
  findCategory?: FindCategory,
): Promise<Metadata> {
  const settings = await getSiteSettings();
  const described = await describeList(list, key, settings.siteName, findCategory);
  if (!described) return { title: `Page not found — ${settings.siteName}` };
  const url = pageHref(described.basePath, page);
  return {
    title: `${described.title}${page > 1 ? ` — page ${page}` : ""} — ${settings.siteName}`,
    description: described.description,
    alternates: { canonical: url },
    openGraph: described.openGraph ?? { title: described.title, url, siteName: settings.siteName },
  };
}

/** Page `page` of a list; 404 when the list does not exist or has no such page. */
export async function ArchiveView({
  list,
  listKey,
  page,
  findCategory,
}: {
  list: ArchiveList;
  listKey: string;
  page: number;
  /** Required by category lists: without it a category list is not found. */
  findCategory?: FindCategory;
}) {
  const settings = await getSiteSettings();
  const described = await describeList(list, listKey, settings.siteName, findCategory);
  if (!described) notFound();
  const articles = await getArchivePage(described.filter, page);
  if (!articles) notFound();
  return (
    <ArticleArchive
      title={described.heading}
      intro={described.intro}
      basePath={described.basePath}
      page={page}
      pages={articles.pages}
      articles={articles.articles}
      timeZone={settings.timeZone}
    />
  );
}
