import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import { findPage } from "@/lib/paged-query";
import type { UsersQuery } from "./admin-schemas";

// Reads of the users admin. Explicit selects only: no password hash ever leaves this file.

export const USERS_PAGE_SIZE = 30;

export async function listUsers(query: UsersQuery) {
  const where: Prisma.UserWhereInput = {
    ...(query.role ? { role: query.role } : {}),
    ...(query.q
      ? {
          OR: [
            { username: { contains: query.q, mode: "insensitive" } },
            { email: { contains: query.q, mode: "insensitive" } },
            { name: { contains: query.q, mode: "insensitive" } },
          ],
        }
      : {}),
  };
  return findPage(
    db.user,
    {
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      select: {
        id: true,
        username: true,
        name: true,
        email: true,
        role: true,
        banned: true,
        bannedAt: true,
        createdAt: true,
        lastLoginAt: true,
        _count: { select: { comments: true, articles: true } },
      },
    },
    query.page,
    USERS_PAGE_SIZE,
  );
}

export type UserListItem = Awaited<ReturnType<typeof listUsers>>["items"][number];

/** For the reset link: whether the account can sign in at all, without reading the hash out. */
export async function findResetTarget(id: number) {
  const [user, withPassword] = await Promise.all([
    db.user.findUnique({
      where: { id },
      select: { id: true, email: true, username: true, banned: true },
    }),
    db.user.count({ where: { id, passwordHash: { not: null } } }),
  ]);
  return user ? { ...user, canSignIn: withPassword === 1 } : null;
}
