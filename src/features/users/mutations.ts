import "server-only";
import { db } from "@/lib/db";
import type { SocialLinks } from "./schemas";

// Writes to a member's own account (the account page's actions). Password changes are in
// password-reset.ts, beside the reset that shares their rules.

export async function saveProfile(
  userId: number,
  profile: { name: string; bio: string | null; avatarUrl: string | null; socials: SocialLinks },
): Promise<void> {
  const { name, bio, avatarUrl, socials } = profile;
  await db.user.update({
    where: { id: userId },
    data: {
      name,
      bio,
      avatarUrl,
      socialLinks: Object.fromEntries(Object.entries(socials).filter(([, link]) => link)),
    },
  });
}

/** Moves the session version on: every session of the account ends at its next request. */
export async function endEverySession(userId: number): Promise<void> {
  await db.user.update({ where: { id: userId }, data: { sessionVersion: { increment: 1 } } });
}
