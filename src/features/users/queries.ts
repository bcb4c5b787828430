import "server-only";
import { db } from "@/lib/db";
import { sessionUserSelect } from "@/lib/session-token";

// Reads of accounts. Nothing here returns passwordHash except the two functions whose names say
// so; those results never leave the server-side sign-in and password code. The session's own
// lookup of an account is src/lib/session-token.ts, which these build on.

export function findCredentialsByIdentifier(identifier: string) {
  return db.user.findFirst({
    where: identifier.includes("@") ? { email: identifier } : { username: identifier },
    select: { ...sessionUserSelect, passwordHash: true },
  });
}

export function findCredentialsById(id: number) {
  return db.user.findUnique({
    where: { id },
    select: { ...sessionUserSelect, passwordHash: true },
  });
}

export function findProfile(id: number) {
  return db.user.findUnique({
    where: { id },
    select: {
      id: true,
      username: true,
      email: true,
      name: true,
      bio: true,
      avatarUrl: true,
      socialLinks: true,
      createdAt: true,
    },
  });
}

/** The account a password-reset request names, if any; whether it has a password at all (bylines
 * do not), not the hash. */
export async function findResetRecipient(email: string) {
  const user = await db.user.findUnique({
    where: { email },
    select: { id: true, email: true, name: true, banned: true, passwordHash: true },
  });
  if (!user) return null;
  const { passwordHash, ...rest } = user;
  return { ...rest, hasPassword: Boolean(passwordHash) };
}

/** A reset token by its hash, with what decides whether it can still be used. */
export function findResetToken(tokenHash: string) {
  return db.passwordResetToken.findUnique({
    where: { tokenHash },
    select: {
      id: true,
      userId: true,
      usedAt: true,
      expiresAt: true,
      createdAt: true,
      user: { select: { username: true, email: true, passwordChangedAt: true, banned: true } },
    },
  });
}

/** The accounts that already use this username or this email (registration's clash check). */
export function findAccountsUsing(username: string, email: string) {
  return db.user.findMany({
    where: { OR: [{ username }, { email }] },
    select: { id: true, username: true, email: true, name: true },
  });
}
