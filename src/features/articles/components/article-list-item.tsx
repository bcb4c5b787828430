import Image from "next/image";
import Link from "next/link";
import { LocalTime } from "./local-time";
import type { ArticleCard } from "../queries";
import { articleUrl } from "../urls";

/** Compact row with a small 16:9 thumbnail: related, popular and previous/next lists. */
export function ArticleListItem({
  article,
  timeZone,
  eyebrow,
}: {
  article: ArticleCard;
  timeZone: string;
  eyebrow?: string;
}) {
  return (
    <article className="flex gap-3">
      {article.featuredImage && (
        <Image
          src={article.featuredImage.path}
          alt=""
          width={128}
          height={72}
          sizes="128px"
          className="aspect-video h-[72px] w-32 shrink-0 rounded bg-neutral-200 object-cover dark:bg-neutral-800"
        />
      )}
      <div className="min-w-0">
        {eyebrow && (
          <p className="text-xs font-semibold uppercase tracking-wide text-neutral-600 dark:text-neutral-400">
            {eyebrow}
          </p>
        )}
        <h3 className="text-sm font-bold leading-snug">
          <Link href={articleUrl(article)} className="hover:underline">
            {article.title}
          </Link>
        </h3>
        {article.publishedAt && (
          <p className="mt-1 text-xs text-neutral-600 dark:text-neutral-400">
            <LocalTime date={article.publishedAt} timeZone={timeZone} />
          </p>
        )}
      </div>
    </article>
  );
}
