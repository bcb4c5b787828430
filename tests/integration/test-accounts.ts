// Accounts the integration files make for themselves: one per key, named `${prefix}-${key}`, with
// the role given (and not banned, whatever an earlier run left behind).
import type { Role } from "@/generated/prisma/enums";
import type { PrismaClient } from "../../src/lib/prisma-client";

export interface TestAccount {
  id: number;
  role: string;
  username: string;
  name: string | null;
}

export async function upsertAccounts<Key extends string>(
  prisma: PrismaClient,
  prefix: string,
  roles: Record<Key, Role>,
  more: (key: Key) => { name?: string; passwordHash?: string | null } = () => ({}),
): Promise<Record<Key, TestAccount>> {
  const accounts = {} as Record<Key, TestAccount>;
  for (const [key, role] of Object.entries(roles) as [Key, Role][]) {
    const username = `${prefix}-${key}`;
    accounts[key] = await prisma.user.upsert({
      where: { username },
      create: { username, email: `${username}@example.com`, name: username, role, ...more(key) },
      update: { role, banned: false },
      select: { id: true, role: true, username: true, name: true },
    });
  }
  return accounts;
}
