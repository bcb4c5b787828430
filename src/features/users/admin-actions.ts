"use server";

import { headers } from "next/headers";
import { revalidatePath } from "next/cache";
import { recordAudit } from "@/lib/audit-log";
import { formatWait } from "@/features/rate-limits/rules";
import { authorize } from "@/lib/admin-guard";
import { clientIp } from "@/lib/client-ip";
import type { FormState } from "@/lib/forms";
import { changeAccount } from "./admin-accounts";
import { findResetTarget } from "./admin-queries";
import { ROLE_LABEL } from "./admin-rules";
import { changeRoleSchema, setBanSchema, userIdSchema } from "./admin-schemas";
import { requestPasswordReset } from "./password-reset";
import { formFields } from "@/lib/forms";
import { logger } from "@/lib/logger";

// Server actions of the users admin (`user.manage`, admins only): validate → authorize → apply →
// audit. Role changes and bans end the account's sessions (sessionVersion, see admin-accounts.ts).

const GENERIC = "Something went wrong on our side. Try again in a moment.";

export async function changeRoleAction(
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  const parsed = changeRoleSchema.safeParse(formFields(formData));
  if (!parsed.success)
    return { status: "error", fieldErrors: { role: "Choose one of the roles." } };
  const authorization = await authorize("user.manage");
  if (!authorization.ok) return { status: "error", message: authorization.message };
  try {
    const outcome = await changeAccount(authorization.user.id, parsed.data.userId, {
      kind: "role",
      role: parsed.data.role,
    });
    if (!outcome.ok) return { status: "error", message: outcome.message };
    revalidatePath("/admin/users");
    return {
      status: "ok",
      message: outcome.changed
        ? `${outcome.username} is now ${ROLE_LABEL[parsed.data.role]?.toLowerCase()}; their sessions have ended.`
        : `${outcome.username} already has that role.`,
    };
  } catch (error) {
    logger().error({ err: error }, "[users-admin] role change failed");
    return { status: "error", message: GENERIC };
  }
}

export async function setBanAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const parsed = setBanSchema.safeParse(formFields(formData));
  if (!parsed.success) return { status: "error", message: "That request was not understood." };
  const authorization = await authorize("user.manage");
  if (!authorization.ok) return { status: "error", message: authorization.message };
  const { userId, banned, spamPending } = parsed.data;
  try {
    const outcome = await changeAccount(
      authorization.user.id,
      userId,
      { kind: banned ? "ban" : "unban" },
      { spamPendingComments: spamPending },
    );
    if (!outcome.ok) return { status: "error", message: outcome.message };
    revalidatePath("/admin/users");
    if (!outcome.changed) {
      return {
        status: "ok",
        message: `${outcome.username} is already ${banned ? "banned" : "not banned"}.`,
      };
    }
    return {
      status: "ok",
      message: banned
        ? `${outcome.username} is banned; their sessions have ended` +
          (outcome.spammed > 0 ? ` and ${outcome.spammed} pending comment(s) went to spam.` : ".")
        : `${outcome.username} may sign in again.`,
    };
  } catch (error) {
    logger().error({ err: error }, "[users-admin] ban change failed");
    return { status: "error", message: GENERIC };
  }
}

export async function sendResetLinkAction(
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  const parsed = userIdSchema.safeParse(formFields(formData));
  if (!parsed.success) return { status: "error", message: "That request was not understood." };
  const authorization = await authorize("user.manage");
  if (!authorization.ok) return { status: "error", message: authorization.message };
  try {
    const target = await findResetTarget(parsed.data.userId);
    if (!target) return { status: "error", message: "This account no longer exists." };
    if (target.banned) {
      return { status: "error", message: "Banned accounts get no reset link. Unban it first." };
    }
    if (!target.canSignIn) {
      return {
        status: "error",
        message: "This account is a byline without a password; it cannot sign in.",
      };
    }
    const outcome = await requestPasswordReset(target.email, clientIp(await headers()));
    if (outcome.status === "limited") {
      return {
        status: "error",
        message: `Too many reset links for this account. Try again in ${formatWait(outcome.retryAfterSeconds)}.`,
      };
    }
    await recordAudit({
      actorId: authorization.user.id,
      action: "user.passwordResetLink",
      entityType: "User",
      entityId: target.id,
    });
    return { status: "ok", message: `A reset link was sent to ${target.email}.` };
  } catch (error) {
    logger().error({ err: error }, "[users-admin] reset link failed");
    return { status: "error", message: GENERIC };
  }
}
