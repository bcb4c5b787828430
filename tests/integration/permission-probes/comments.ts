import type { PrismaClient } from "../../../src/lib/prisma-client";
import { form, redirectTarget } from "../action-helpers";
import type { ProbeOutcome, Probes } from "./types";

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

/**
 * Submits `command` (e.g. "approve") for a fresh pending comment: "allowed" when the queue said
 * `done` and `carriedOut` finds the change, "refused" when it answered an error and did not.
 */
async function queueProbe(
  prisma: PrismaClient,
  unique: string,
  command: string,
  done: string,
  carriedOut: (setup: { authorId: number; commentId: number }) => Promise<boolean>,
): Promise<ProbeOutcome> {
  const setup = await fixture(prisma, unique);
  try {
    const to = await submitQueue(`${command}:${setup.commentId}`);
    const changed = await carriedOut(setup);
    if (changed && to.searchParams.get("done") === done) return "allowed";
    if (!changed && to.searchParams.has("error")) return "refused";
    throw new Error(
      `unexpected: ${command} ${changed ? "done" : "not done"}, redirect ${to.search}`,
    );
  } finally {
    await setup.remove();
  }
}

export const probes: Probes = {
  "comment.moderate": ({ prisma, unique }) =>
    queueProbe(prisma, unique, "approve", "approved", async ({ commentId }) => {
      const { status } = await prisma.comment.findUniqueOrThrow({
        where: { id: commentId },
        select: { status: true },
      });
      if (status !== "APPROVED" && status !== "PENDING") throw new Error(`status ${status}`);
      return status === "APPROVED";
    }),

  "user.ban": ({ prisma, unique }) =>
    queueProbe(prisma, unique, "ban", "banned", async ({ authorId }) => {
      const { banned } = await prisma.user.findUniqueOrThrow({
        where: { id: authorId },
        select: { banned: true },
      });
      return banned;
    }),
};
