import "server-only";
import { db } from "@/lib/db";
import { pruneDeleted } from "./rules";
import { publicArticleWhere } from "@/features/articles/visibility";

/** What the page and the API show of a comment: never an email, never a password hash. */
export interface CommentView {
  id: number;
  parentId: number | null;
  /** Empty for deleted comments. */
  body: string;
  status: "APPROVED" | "PENDING" | "DELETED";
  createdAt: string;
  editedAt: string | null;
  author: { username: string; name: string; avatarUrl: string | null };
}

const viewSelect = {
  id: true,
  parentId: true,
  body: true,
  status: true,
  createdAt: true,
  editedAt: true,
  author: { select: { username: true, name: true, avatarUrl: true } },
} as const;

type Row = {
  id: number;
  parentId: number | null;
  body: string;
  status: string;
  createdAt: Date;
  editedAt: Date | null;
  author: { username: string; name: string; avatarUrl: string | null };
};

function toView(row: Row): CommentView {
  const deleted = row.status === "DELETED";
  return {
    id: row.id,
    parentId: row.parentId,
    body: deleted ? "" : row.body,
    status: row.status as CommentView["status"],
    createdAt: row.createdAt.toISOString(),
    editedAt: row.editedAt?.toISOString() ?? null,
    author: deleted ? { username: "", name: "", avatarUrl: null } : row.author,
  };
}

export async function publishedArticleId(slug: string): Promise<number | null> {
  const article = await db.article.findFirst({
    where: { slug, ...publicArticleWhere() },
    select: { id: true },
  });
  return article?.id ?? null;
}

/** The comments everyone sees: approved ones, and deleted ones that still hold up replies. */
export async function publicComments(
  slug: string,
): Promise<{ comments: CommentView[]; count: number }> {
  const rows = await db.comment.findMany({
    where: { article: { slug }, status: { in: ["APPROVED", "DELETED"] } },
    select: viewSelect,
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
  const comments = pruneDeleted(rows.map(toView));
  return { comments, count: comments.filter((c) => c.status === "APPROVED").length };
}

/** The public list plus the viewer's own comments awaiting moderation. */
export async function commentsForViewer(
  slug: string,
  userId: number | null,
): Promise<CommentView[]> {
  const rows = await db.comment.findMany({
    where: {
      article: { slug },
      OR: [
        { status: { in: ["APPROVED", "DELETED"] } },
        ...(userId ? [{ status: "PENDING" as const, authorId: userId }] : []),
      ],
    },
    select: viewSelect,
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
  return pruneDeleted(rows.map(toView));
}
