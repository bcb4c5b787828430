import type { Metadata } from "next";
import { AdminList, AdminPage, Muted } from "@/components/ui/admin-list";
import { getSiteSettings } from "@/features/settings/data";
import { listUsers } from "@/features/users/admin-queries";
import { ROLE_LABEL } from "@/features/users/admin-rules";
import { usersQuerySchema } from "@/features/users/admin-schemas";
import { UserList } from "@/features/users/components/user-list";
import { requirePagePermission } from "@/lib/admin-guard";
import { ROLES } from "@/lib/permissions";

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
    <AdminPage title="Users">
      <AdminList
        basePath="/admin/users"
        filters={[
          {
            id: "user-search",
            name: "q",
            label: "Search name, username or email",
            type: "search",
            value: query.q,
            maxLength: 100,
          },
          {
            id: "role-filter",
            name: "role",
            label: "Role",
            value: query.role,
            anyLabel: "All roles",
            options: ROLES.map((role) => ({ value: role, label: ROLE_LABEL[role]! })),
          },
        ]}
        clear="Clear"
        page={query.page}
        pages={list.pages}
        paginationLabel="User pages"
      >
        <Muted>
          {list.total.toLocaleString("en-US")} {list.total === 1 ? "account" : "accounts"}
          {query.q || query.role ? " match" : ""}. A role change or a ban ends the account&apos;s
          sessions at its next request.
        </Muted>
        <UserList accounts={list.items} viewerId={user.id} timeZone={settings.timeZone} />
      </AdminList>
    </AdminPage>
  );
}
