// Pure rules of the users admin: what an admin may do to an account. The one hard rule is that
// nobody demotes or bans themselves, so the site always keeps at least the admin acting now
// (another admin can still be demoted or banned by an admin).

export type AccountChange = { kind: "role"; role: string } | { kind: "ban" } | { kind: "unban" };

export function selfChangeProblem(
  actorId: number,
  target: { id: number; role: string },
  change: AccountChange,
): string | null {
  if (actorId !== target.id) return null;
  if (change.kind === "ban") return "You cannot ban yourself.";
  if (change.kind === "role" && change.role !== target.role) {
    return "You cannot change your own role; ask another admin.";
  }
  return null;
}

export const ROLE_LABEL: Record<string, string> = {
  READER: "Reader",
  CONTRIBUTOR: "Contributor",
  EDITOR: "Editor",
  ADMIN: "Admin",
};
