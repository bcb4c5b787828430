import type { PrismaClient } from "../../../src/lib/prisma-client";
import { form, redirectTarget } from "../action-helpers";
import type { Probes } from "./types";

/** A published article with one pending comment by a fresh reader. */
async function fixture(prisma: PrismaClient, unique: string) {
  const category = await prisma.category.create({
    data: { slug: `probe-${unique}`, name: `Probe ${unique}` },
    select: { id: true },
  });
  const article = await prisma.article.create({
    data: {
      slug: `probe-${unique}`,
      title: `Probe ${unique}`,
      status: "PUBLISHED",
      publishedAt: new Date(Date.now() - 60_000),
      categoryId: category.id,
    },
    select: { id: true },
  });
  const author = await prisma.user.create({
    data: { username: `probe-${unique}`, email: `probe-${unique}@example.com`, name: "Probe" },
    select: { id: true },
  });
  const comment = await prisma.comment.create({
    data: { articleId: article.id, authorId: author.id, body: `probe ${unique}` },
    select: { id: true },
  });
  return {
    authorId: author.id,
    commentId: comment.id,
    async remove() {
      await prisma.article.delete({ where: { id: article.id } });
      await prisma.category.delete({ where: { id: category.id } });
      await prisma.user.delete({ where: { id: author.id } });
    },
  };
}

/** Submits the moderation queue's form and returns where it sent the browser. */
async function submitQueue(command: string): Promise<URL> {
  const { moderateQueueAction } = await import("@/features/comments/moderation-actions");
  return redirectTarget(() => moderateQueueAction(form({ status: "PENDING", command })));
}

export const probes: Probes = {
  async "comment.moderate"({ prisma, unique }) {
    const setup = await fixture(prisma, unique);
    try {
      const to = await submitQueue(`approve:${setup.commentId}`);
      const { status } = await prisma.comment.findUniqueOrThrow({
        where: { id: setup.commentId },
        select: { status: true },
      });
      if (status === "APPROVED" && to.searchParams.get("done") === "approved") return "allowed";
      if (status === "PENDING" && to.searchParams.has("error")) return "refused";
      throw new Error(`unexpected: status ${status}, redirect ${to.search}`);
    } finally {
      await setup.remove();
    }
  },

  async "user.ban"({ prisma, unique }) {
    const setup = await fixture(prisma, unique);
    try {
      const to = await submitQueue(`ban:${setup.commentId}`);
      const { banned } = await prisma.user.findUniqueOrThrow({
        where: { id: setup.authorId },
        select: { banned: true },
      });
      if (banned && to.searchParams.get("done") === "banned") return "allowed";
      if (!banned && to.searchParams.has("error")) return "refused";
      throw new Error(`unexpected: banned ${banned}, redirect ${to.search}`);
    } finally {
      await setup.remove();
    }
  },
};
