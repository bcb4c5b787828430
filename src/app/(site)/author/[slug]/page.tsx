import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ArticleArchive } from "@/features/articles/components/article-archive";
import { authorSocials, initials } from "@/features/articles/components/author-box";
import { pageHref, parsePageParam } from "@/features/articles/pagination";
import { getArchivePage, getAuthor } from "@/features/articles/data";
import { getSiteSettings } from "@/features/settings/data";

interface Props {
  params: Promise<{ slug: string }>;
  searchParams: Promise<{ page?: string | string[] }>;
}

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const [{ slug }, query] = await Promise.all([params, searchParams]);
  const [author, settings] = await Promise.all([getAuthor(slug), getSiteSettings()]);
  if (!author) return { title: `Page not found — ${settings.siteName}` };
  const page = parsePageParam(query.page) ?? 1;
  return {
    title: `${author.name}${page > 1 ? ` — page ${page}` : ""} — ${settings.siteName}`,
    description: author.bio ?? `Articles by ${author.name} on ${settings.siteName}.`,
    alternates: { canonical: pageHref(`/author/${author.username}`, page) },
    openGraph: { type: "profile", title: author.name, siteName: settings.siteName },
  };
}

export default async function AuthorPage({ params, searchParams }: Props) {
  const [{ slug }, query] = await Promise.all([params, searchParams]);
  const page = parsePageParam(query.page);
  const author = await getAuthor(slug);
  if (!author || page === null) notFound();
  const [settings, list] = await Promise.all([
    getSiteSettings(),
    getArchivePage({ author: { id: author.id, username: author.username } }, page),
  ]);
  if (!list) notFound();
  const socials = authorSocials(author.socialLinks);
  return (
    <ArticleArchive
      title={author.name}
      intro={
        <div className="flex gap-4">
          <span
            aria-hidden="true"
            className="grid size-16 shrink-0 place-items-center rounded-full bg-brand-700 text-lg font-bold text-white"
          >
            {initials(author.name)}
          </span>
          <div>
            {author.bio && <p>{author.bio}</p>}
            {socials.length > 0 && (
              <ul className="mt-2 flex flex-wrap gap-3 text-sm font-semibold">
                {socials.map((social) => (
                  <li key={social.label}>
                    <a
                      href={social.href}
                      rel="noopener noreferrer me"
                      className="text-brand-700 hover:underline dark:text-blue-300"
                    >
                      {social.label}
                    </a>
                  </li>
                ))}
              </ul>
            )}
          </div>
        </div>
      }
      basePath={`/author/${author.username}`}
      page={page}
      pages={list.pages}
      articles={list.articles}
      timeZone={settings.timeZone}
    />
  );
}
