import { CardList, Muted, When } from "@/components/ui/admin-list";
import type { UserListItem } from "../admin-queries";
import { ROLE_LABEL } from "../admin-rules";
import { BanForm, ResetLinkForm, RoleForm } from "./admin-user-forms";

/** The accounts of the users admin, each with its role, ban and reset-link forms. */
export function UserList({
  accounts,
  viewerId,
  timeZone,
}: {
  accounts: readonly UserListItem[];
  viewerId: number;
  timeZone: string;
}) {
  return (
    <CardList
      items={accounts}
      empty={<p>No accounts match.</p>}
      itemClassName="p-4"
      render={(account) => (
        <UserCard account={account} self={account.id === viewerId} timeZone={timeZone} />
      )}
    />
  );
}

function UserCard({
  account,
  self,
  timeZone,
}: {
  account: UserListItem;
  self: boolean;
  timeZone: string;
}) {
  return (
    <section aria-labelledby={`user-${account.id}`} className="flex flex-col gap-3">
      <h2 id={`user-${account.id}`} className="font-bold">
        {account.name}{" "}
        <span className="font-normal text-neutral-600 dark:text-neutral-400">
          @{account.username} · {account.email} · {ROLE_LABEL[account.role]}
          {account.banned && <strong className="text-red-700 dark:text-red-300"> · banned</strong>}
          {self && " · you"}
        </span>
      </h2>
      <Muted>
        Joined <When date={account.createdAt} timeZone={timeZone} />
        {account.lastLoginAt && (
          <>
            {" "}
            · last sign-in <When date={account.lastLoginAt} timeZone={timeZone} />
          </>
        )}
        {" · "}
        {account._count.comments} comments · {account._count.articles} articles
      </Muted>
      {self ? (
        <p className="text-sm">
          You cannot change your own role or ban yourself; another admin can.
        </p>
      ) : (
        <div className="flex flex-wrap items-start gap-6">
          <RoleForm userId={account.id} username={account.username} role={account.role} />
          <BanForm userId={account.id} username={account.username} banned={account.banned} />
        </div>
      )}
      {!account.banned && <ResetLinkForm userId={account.id} username={account.username} />}
    </section>
  );
}
