import "server-only";
import type { Prisma } from "@/generated/prisma/client";

// Redirects written when a public URL moves (a category, tag or static page gets a new slug, two
// tags are merged): the old URL answers 301 to the new one, older redirects that pointed at the
// old URL now point straight at the new one (no chains), and nothing redirects away from a path
// that answers by itself again. Shared by every feature whose records have URLs, so none of them
// imports the redirect admin; after the change commits, call forgetRedirectPaths()
// (src/lib/path-memo.ts) so the proxy looks again.

type Client = Pick<Prisma.TransactionClient, "redirect">;

export async function redirectMovedPath(client: Client, oldPath: string, newPath: string) {
  await clearRedirectFrom(client, newPath);
  await client.redirect.updateMany({
    where: { toPath: oldPath, articleId: null },
    data: { toPath: newPath },
  });
  await client.redirect.upsert({
    where: { fromPath: oldPath },
    create: { fromPath: oldPath, toPath: newPath, statusCode: 301 },
    update: { toPath: newPath, articleId: null, statusCode: 301 },
  });
}

/** A path that is live again (a new category, tag or page took it) must not redirect away. */
export async function clearRedirectFrom(client: Client, path: string): Promise<number> {
  const { count } = await client.redirect.deleteMany({ where: { fromPath: path } });
  return count;
}
