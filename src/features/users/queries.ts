import "server-only";
import { db } from "@/lib/db";
import { sessionUserSelect } from "@/lib/session-user";

// Reads of accounts. Nothing here selects passwordHash except the two functions whose names say
// so; those results never leave the server-side sign-in and password code. The session's own
// lookup of an account is src/lib/session-user.ts, which these build on.

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
