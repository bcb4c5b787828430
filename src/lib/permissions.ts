import type { Role } from "@/generated/prisma/enums";

// Who may do what in the admin: the one table every admin page, server action and route handler
// asks (through src/lib/admin-guard.ts). tests/integration/admin-permissions.test.ts walks it,
// calling every action as every role.
//
// Articles have two levels: "own" actions apply to articles the user is an author of (a
// contributor's drafts), "any" actions to every article. Whether an article counts as "own" is
// decided where the article is read (canActOnArticle below), never by the client.

export const ROLES = [
  "READER",
  "CONTRIBUTOR",
  "EDITOR",
  "ADMIN",
] as const satisfies readonly Role[];

const STAFF = ["CONTRIBUTOR", "EDITOR", "ADMIN"] as const;
const EDITORS = ["EDITOR", "ADMIN"] as const;
const ADMINS = ["ADMIN"] as const;

export const permissionTable = {
  /** Open /admin at all, and see the dashboard. */
  "admin.access": STAFF,

  "article.list": STAFF,
  "article.create": STAFF,
  /** Edit and save drafts of articles one is an author of, while they are not live. */
  "article.editOwn": STAFF,
  "article.submit": STAFF,
  /** Edit any article, including live ones. */
  "article.editAny": EDITORS,
  "article.publish": EDITORS,
  "article.schedule": EDITORS,
  "article.unpublish": EDITORS,
  "article.archive": EDITORS,
  "article.delete": EDITORS,

  "media.upload": STAFF,
  "media.manage": EDITORS,

  "comment.moderate": EDITORS,
  "category.manage": EDITORS,
  "tag.manage": EDITORS,

  "user.ban": ADMINS,
  "user.manage": ADMINS,
  "page.manage": ADMINS,
  "redirect.manage": ADMINS,
  "settings.manage": ADMINS,
  "webhook.manage": ADMINS,
  "audit.view": ADMINS,
} as const satisfies Record<string, readonly Role[]>;

export type AdminAction = keyof typeof permissionTable;

export const ADMIN_ACTIONS = Object.keys(permissionTable) as AdminAction[];

export function can(role: Role | null | undefined, action: AdminAction): boolean {
  if (!role) return false;
  return (permissionTable[action] as readonly Role[]).includes(role);
}

/**
 * May this user act on this article? Editors and admins hold the "any" permission; others need
 * the "own" one, be an author of the article, and the article must not be live or scheduled
 * (once an editor has taken it past review, a contributor's edits would bypass review).
 */
export function canEditArticle(
  user: { id: number; role: Role },
  article: { authorIds: readonly number[]; status: string },
): boolean {
  if (can(user.role, "article.editAny")) return true;
  return (
    can(user.role, "article.editOwn") &&
    article.authorIds.includes(user.id) &&
    (article.status === "DRAFT" || article.status === "IN_REVIEW")
  );
}

/** The admin pages, in nav order, with the permission each one needs. */
export const adminPages = [
  { href: "/admin", label: "Dashboard", action: "admin.access" },
  { href: "/admin/articles", label: "Articles", action: "article.list" },
  { href: "/admin/comments", label: "Comments", action: "comment.moderate" },
  { href: "/admin/media", label: "Media", action: "media.upload" },
  { href: "/admin/categories", label: "Categories", action: "category.manage" },
  { href: "/admin/tags", label: "Tags", action: "tag.manage" },
  { href: "/admin/pages", label: "Pages", action: "page.manage" },
  { href: "/admin/redirects", label: "Redirects", action: "redirect.manage" },
  { href: "/admin/users", label: "Users", action: "user.manage" },
  { href: "/admin/settings", label: "Settings", action: "settings.manage" },
  { href: "/admin/webhooks", label: "Webhooks", action: "webhook.manage" },
  { href: "/admin/audit", label: "Audit log", action: "audit.view" },
] as const satisfies readonly { href: string; label: string; action: AdminAction }[];

/** Request header (set by src/proxy.ts) with the admin path asked for, so sign-in can return there. */
export const ADMIN_PATH_HEADER = "x-admin-path";
