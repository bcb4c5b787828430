// Shared by the site-administration files (one per domain): an admin and an editor, the admin
// signed in before every test, requests from one address, and the clean-up of everything whose
// slug or path carries the file's prefix. Each file passes its own prefix, so the files stay
// independent of each other and of the order they run in. Only the session and Next's request
// APIs are stand-ins (../stand-ins.ts); the server actions and PostgreSQL are real.
import { afterAll, beforeAll, beforeEach, inject } from "vitest";
import { createPrismaClient } from "../../../src/lib/prisma-client";
import { forgetExpiredTags, signIn, simulateRequest } from "../stand-ins";

export { expiredTags, forgetExpiredTags, signIn } from "../stand-ins";
export { form, idle, redirectTarget } from "../action-helpers";

export interface Account {
  id: number;
  role: string;
  username: string;
}

export const actions = {
  categories: () => import("@/features/categories/actions"),
  tags: () => import("@/features/tags/actions"),
  redirects: () => import("@/features/redirects/actions"),
  settings: () => import("@/features/settings/actions"),
  pages: () => import("@/features/pages/actions"),
};

/** Registers the file's hooks; the accounts are filled in before the first test. */
export function siteAdminFixture(prefix: string) {
  const prisma = createPrismaClient(inject("databaseUrl"));
  const admin = {} as Account;
  const editor = {} as Account;

  async function cleanUp() {
    await prisma.article.deleteMany({ where: { slug: { startsWith: prefix } } });
    await prisma.category.deleteMany({ where: { slug: { startsWith: prefix } } });
    await prisma.tag.deleteMany({ where: { slug: { startsWith: prefix } } });
    await prisma.page.deleteMany({ where: { slug: { startsWith: prefix } } });
    await prisma.redirect.deleteMany({
      where: {
        OR: [{ fromPath: { contains: prefix } }, { toPath: { contains: prefix } }],
      },
    });
    await prisma.media.deleteMany({ where: { path: { contains: prefix } } });
  }

  simulateRequest({ ip: "203.0.113.9" });

  beforeAll(async () => {
    process.env.DATABASE_URL = inject("databaseUrl");
    const make = (username: string, role: "ADMIN" | "EDITOR") =>
      prisma.user.upsert({
        where: { username },
        create: { username, email: `${username}@example.com`, name: username, role },
        update: { role },
        select: { id: true, role: true, username: true },
      });
    Object.assign(admin, await make(`${prefix}-admin`, "ADMIN"));
    Object.assign(editor, await make(`${prefix}-editor`, "EDITOR"));
    await cleanUp();
  });

  beforeEach(() => {
    forgetExpiredTags();
    signIn(admin);
  });

  afterAll(async () => {
    await cleanUp();
    await prisma.user.deleteMany({ where: { username: { startsWith: prefix } } });
    await prisma.$disconnect();
  });

  /** The newest audit entry of this action. */
  async function lastAudit(action: string) {
    return prisma.auditLog.findFirstOrThrow({
      where: { action },
      orderBy: { id: "desc" },
      select: { actorId: true, entityId: true, before: true, after: true, ip: true },
    });
  }

  /** A published article in a category of its own, both named after `slug`. */
  async function liveArticle(slug: string) {
    const category = await prisma.category.create({
      data: { slug: `${slug}-cat`, name: `Sa ${slug}` },
    });
    return prisma.article.create({
      data: {
        slug,
        title: "Sa article",
        status: "PUBLISHED",
        publishedAt: new Date(Date.now() - 60_000),
        categoryId: category.id,
      },
    });
  }

  return { prisma, admin, editor, lastAudit, liveArticle };
}
