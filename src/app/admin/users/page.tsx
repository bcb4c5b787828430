import type { Metadata } from "next";
import Link from "next/link";
import { QueryPagination } from "@/components/ui/query-pagination";
import { formatInZone } from "@/features/admin/format";
import { ROLES } from "@/lib/permissions";
import { getSiteSettings } from "@/features/settings/data";
import { listUsers } from "@/features/users/admin-queries";
import { ROLE_LABEL } from "@/features/users/admin-rules";
import { usersQuerySchema } from "@/features/users/admin-schemas";
import { BanForm, ResetLinkForm, RoleForm } from "@/features/users/components/admin-user-forms";
import { requirePagePermission } from "@/lib/admin-guard";

export const metadata: Metadata = { title: "Users" };

export default async function AdminUsersPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requirePagePermission("user.manage");
  const query = usersQuerySchema.parse(await searchParams);
  const [list, settings] = await Promise.all([listUsers(query), getSiteSettings()]);
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-2xl font-extrabold tracking-tight">Users</h1>
      <form
        method="get"
        action="/admin/users"
        role="search"
        className="flex flex-wrap items-end gap-3"
      >
        <div>
          <label htmlFor="user-search" className="form-label">
            Search name, username or email
          </label>
          <input
            id="user-search"
            name="q"
            type="search"
            defaultValue={query.q ?? ""}
            maxLength={100}
            className="form-input"
          />
        </div>
        <div>
          <label htmlFor="role-filter" className="form-label">
            Role
          </label>
          <select
            id="role-filter"
            name="role"
            defaultValue={query.role ?? ""}
            className="form-input"
          >
            <option value="">All roles</option>
            {ROLES.map((role) => (
              <option key={role} value={role}>
                {ROLE_LABEL[role]}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="chrome-button px-3 font-semibold">
          Search
        </button>
        {(query.q || query.role) && (
          <Link prefetch={false} href="/admin/users" className="underline">
            Clear
          </Link>
        )}
      </form>
      <p className="text-sm text-neutral-600 dark:text-neutral-400">
        {list.total.toLocaleString("en-US")} {list.total === 1 ? "account" : "accounts"}
        {query.q || query.role ? " match" : ""}. A role change or a ban ends the account&apos;s
        sessions at its next request.
      </p>
      {list.items.length === 0 ? (
        <p>No accounts match.</p>
      ) : (
        <ul className="flex flex-col gap-3">
          {list.items.map((account) => {
            const self = account.id === user.id;
            return (
              <li
                key={account.id}
                className="rounded border border-neutral-200 p-4 dark:border-neutral-800"
              >
                <section aria-labelledby={`user-${account.id}`} className="flex flex-col gap-3">
                  <h2 id={`user-${account.id}`} className="font-bold">
                    {account.name}{" "}
                    <span className="font-normal text-neutral-600 dark:text-neutral-400">
                      @{account.username} · {account.email} · {ROLE_LABEL[account.role]}
                      {account.banned && (
                        <strong className="text-red-700 dark:text-red-300"> · banned</strong>
                      )}
                      {self && " · you"}
                    </span>
                  </h2>
                  <p className="text-sm text-neutral-600 dark:text-neutral-400">
                    Joined{" "}
                    <time dateTime={account.createdAt.toISOString()}>
                      {formatInZone(account.createdAt, settings.timeZone)}
                    </time>
                    {account.lastLoginAt && (
                      <>
                        {" "}
                        · last sign-in{" "}
                        <time dateTime={account.lastLoginAt.toISOString()}>
                          {formatInZone(account.lastLoginAt, settings.timeZone)}
                        </time>
                      </>
                    )}
                    {" · "}
                    {account._count.comments} comments · {account._count.articles} articles
                  </p>
                  {self ? (
                    <p className="text-sm">
                      You cannot change your own role or ban yourself; another admin can.
                    </p>
                  ) : (
                    <div className="flex flex-wrap items-start gap-6">
                      <RoleForm
                        userId={account.id}
                        username={account.username}
                        role={account.role}
                      />
                      <BanForm
                        userId={account.id}
                        username={account.username}
                        banned={account.banned}
                      />
                    </div>
                  )}
                  {!account.banned && (
                    <ResetLinkForm userId={account.id} username={account.username} />
                  )}
                </section>
              </li>
            );
          })}
        </ul>
      )}
      <QueryPagination
        basePath="/admin/users"
        params={{ q: query.q, role: query.role }}
        page={query.page}
        pages={list.pages}
        label="User pages"
      />
    </div>
  );
}
