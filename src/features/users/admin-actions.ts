"use server";

import { headers } from "next/headers";
import { revalidatePath } from "next/cache";
import { formatWait } from "@/features/rate-limits/rules";
import { formAction } from "@/lib/action-chain";
import { clientIp } from "@/lib/client-ip";
import { forbidden, notFound, tooMany } from "@/lib/errors";
import { type AccountChangeOutcome, changeAccount } from "./admin-accounts";
import { findResetTarget } from "./admin-queries";
import { ROLE_LABEL } from "./admin-rules";
import { changeRoleSchema, setBanSchema, userIdSchema } from "./admin-schemas";
import { requestPasswordReset } from "./password-reset";

// Server actions of the users admin (`user.manage`, admins only), on the action chain. Role
// changes and bans end the account's sessions (sessionVersion, see admin-accounts.ts), which
// also writes their audit entries.

const PAGE = "/admin/users";

/** A change that went through, or the refusal from the error map (gone → 404, self → 403). */
function applied(outcome: AccountChangeOutcome) {
  if (!outcome.ok) {
    throw outcome.reason === "gone" ? notFound(outcome.message) : forbidden(outcome.message);
  }
  revalidatePath(PAGE);
  return outcome;
}

export const changeRoleAction = formAction({
  name: "user.role",
  access: "user.manage",
  schema: changeRoleSchema,
  run: async ({ userId, role }, { user }) => {
    const outcome = applied(await changeAccount(user.id, userId, { kind: "role", role }));
    return {
      message: outcome.changed
        ? `${outcome.username} is now ${ROLE_LABEL[role]?.toLowerCase()}; their sessions have ended.`
        : `${outcome.username} already has that role.`,
    };
  },
});

export const setBanAction = formAction({
  name: "user.ban",
  access: "user.manage",
  schema: setBanSchema,
  run: async ({ userId, banned, spamPending }, { user }) => {
    const outcome = applied(
      await changeAccount(
        user.id,
        userId,
        { kind: banned ? "ban" : "unban" },
        { spamPendingComments: spamPending },
      ),
    );
    if (!outcome.changed) {
      return { message: `${outcome.username} is already ${banned ? "banned" : "not banned"}.` };
    }
    return {
      message: banned
        ? `${outcome.username} is banned; their sessions have ended` +
          (outcome.spammed > 0 ? ` and ${outcome.spammed} pending comment(s) went to spam.` : ".")
        : `${outcome.username} may sign in again.`,
    };
  },
});

export const sendResetLinkAction = formAction({
  name: "user.passwordResetLink",
  access: "user.manage",
  schema: userIdSchema,
  run: async ({ userId }, { audit }) => {
    const target = await findResetTarget(userId);
    if (!target) throw notFound("This account no longer exists.");
    if (target.banned) throw forbidden("Banned accounts get no reset link. Unban it first.");
    if (!target.canSignIn) {
      throw forbidden("This account is a byline without a password; it cannot sign in.");
    }
    const outcome = await requestPasswordReset(target.email, clientIp(await headers()));
    if (outcome.status === "limited") {
      const wait = outcome.retryAfterSeconds;
      throw tooMany(
        `Too many reset links for this account. Try again in ${formatWait(wait)}.`,
        wait,
      );
    }
    await audit({ action: "user.passwordResetLink", entityType: "User", entityId: target.id });
    return { message: `A reset link was sent to ${target.email}.` };
  },
});
