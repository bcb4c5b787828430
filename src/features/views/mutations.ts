import "server-only";
import { db } from "@/lib/db";
import { RepeatFilter, utcDay } from "./rules";
import { publicArticleWhere } from "@/features/articles/visibility";

const repeats = new RepeatFilter();

/**
 * Adds one view to today's counter of a published article. One row per article and day,
 * incremented in place, so counting never touches the article row or its cached pages.
 */
export async function recordView(
  slug: string,
  visitorKey: string,
): Promise<"counted" | "repeat" | "unknown"> {
  const article = await db.article.findFirst({
    where: { slug, ...publicArticleWhere() },
    select: { id: true },
  });
  if (!article) return "unknown";
  if (!repeats.admit(`${visitorKey}:${article.id}`)) return "repeat";
  const day = utcDay(new Date());
  await db.$executeRaw`
    INSERT INTO "ArticleView" ("articleId", "day", "count") VALUES (${article.id}, ${day}::date, 1)
    ON CONFLICT ("articleId", "day") DO UPDATE SET "count" = "ArticleView"."count" + 1`;
  return "counted";
}
