"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { consume, reset } from "@/features/rate-limits/limiter";
import { formatWait } from "@/features/rate-limits/rules";
import { endSession, getCurrentUser, startSession } from "@/lib/auth";
import { clientIp } from "@/lib/client-ip";
import { expireCacheTags } from "@/lib/cache-expiry";
import { cacheTags } from "@/lib/cache-tags";
import { db } from "@/lib/db";
import { fieldErrors, formFields, type FormState, keepValues } from "@/lib/forms";
import { hashPassword, verifyPassword } from "./password";
import { requestPasswordReset, resetPassword } from "./password-reset";
import { registerAccount } from "./register";
import { findCredentialsById } from "./queries";
import { RESET_SENT, passwordProblem, safeReturnPath } from "./rules";
import { signInWithPassword } from "./sign-in";
import {
  changePasswordSchema,
  forgotPasswordSchema,
  profileSchema,
  registerSchema,
  resetPasswordSchema,
  signInSchema,
} from "./schemas";
import { logger } from "@/lib/logger";

// Server actions of accounts. Each goes validate → authenticate → authorize, answers errors a
// user can fix in the form (with what was typed), and logs anything else with a generic answer.
// Forms submitted without JavaScript are redirected; with JavaScript (js=1) the form navigates
// itself with a full load, so the header and comments pick up the new session.

const SIGN_IN_FAILED = "That username or email and password do not match an account.";

const GENERIC = "Something went wrong on our side. Please try again in a moment.";

const USERNAME_TAKEN = "That username is taken.";

function finish(fields: Record<string, string>, to: string): FormState {
  if (fields.js === "1") return { status: "ok", redirectTo: to };
  redirect(to);
}

async function requestIp() {
  return clientIp(await headers());
}

export async function signInAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const fields = formFields(formData);
  const values = keepValues(fields);
  const parsed = signInSchema.safeParse(fields);
  if (!parsed.success) {
    return { status: "error", fieldErrors: fieldErrors(parsed.error), values };
  }
  let outcome;
  try {
    outcome = await signInWithPassword(parsed.data, await requestIp());
  } catch (error) {
    logger().error({ err: error }, "[accounts] sign-in failed");
    return { status: "error", message: GENERIC, values };
  }
  if (!outcome.ok) {
    const message =
      outcome.error === "limited"
        ? `Too many failed attempts. Try again in ${formatWait(outcome.retryAfterSeconds)}.`
        : outcome.error === "banned"
          ? "This account has been suspended."
          : SIGN_IN_FAILED;
    return { status: "error", message, values };
  }
  await startSession(outcome.user, parsed.data.remember);
  return finish(fields, safeReturnPath(parsed.data.callbackUrl));
}

/** Sign-out for script-enabled pages: the caller reloads the page afterwards. */
export async function endSessionAction(): Promise<void> {
  await endSession();
}

export async function signOutAction(formData: FormData): Promise<void> {
  await endSession();
  redirect(safeReturnPath(formData.get("callbackUrl")));
}

export async function registerAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const fields = formFields(formData);
  const values = keepValues(fields);
  const parsed = registerSchema.safeParse(fields);
  if (!parsed.success) return { status: "error", fieldErrors: fieldErrors(parsed.error), values };
  try {
    const outcome = await registerAccount(parsed.data, await requestIp());
    if (outcome.status === "limited") {
      return {
        status: "error",
        message: `Too many new accounts from your network. Try again in ${formatWait(outcome.retryAfterSeconds)}.`,
        values,
      };
    }
    if (outcome.status === "taken") {
      const errors: Record<string, string> = {};
      if (outcome.username) errors.username = USERNAME_TAKEN;
      if (outcome.email) {
        errors.email =
          "This email address cannot be used here. If it is yours, sign in or reset your password.";
      }
      return { status: "error", fieldErrors: errors, values };
    }
    await startSession(outcome.user, false);
  } catch (error) {
    if ((error as { code?: string }).code === "P2002") {
      return { status: "error", fieldErrors: { username: USERNAME_TAKEN }, values };
    }
    logger().error({ err: error }, "[accounts] registration failed");
    return { status: "error", message: GENERIC, values };
  }
  return finish(fields, safeReturnPath(fields.callbackUrl));
}

export async function forgotPasswordAction(
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  const fields = formFields(formData);
  const values = keepValues(fields);
  const parsed = forgotPasswordSchema.safeParse(fields);
  if (!parsed.success) return { status: "error", fieldErrors: fieldErrors(parsed.error), values };
  try {
    const outcome = await requestPasswordReset(parsed.data.email, await requestIp());
    if (outcome.status === "limited") {
      return {
        status: "error",
        message: `Too many reset requests. Try again in ${formatWait(outcome.retryAfterSeconds)}.`,
        values,
      };
    }
  } catch (error) {
    logger().error({ err: error }, "[accounts] password reset request failed");
    return { status: "error", message: GENERIC, values };
  }
  return { status: "ok", message: RESET_SENT };
}

export async function resetPasswordAction(
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  const fields = formFields(formData);
  const parsed = resetPasswordSchema.safeParse(fields);
  if (!parsed.success) return { status: "error", fieldErrors: fieldErrors(parsed.error) };
  let outcome;
  try {
    outcome = await resetPassword(parsed.data.token, parsed.data.password);
  } catch (error) {
    logger().error({ err: error }, "[accounts] password reset failed");
    return { status: "error", message: GENERIC };
  }
  if (outcome.status === "invalid-token") {
    return {
      status: "error",
      message: "This reset link has expired or was already used. Ask for a new one.",
    };
  }
  if (outcome.status === "weak-password") {
    return { status: "error", fieldErrors: { password: outcome.message } };
  }
  await endSession();
  redirect("/signin?reset=1");
}

export async function updateProfileAction(
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  const fields = formFields(formData);
  const values = keepValues(fields);
  const parsed = profileSchema.safeParse(fields);
  if (!parsed.success) return { status: "error", fieldErrors: fieldErrors(parsed.error), values };
  const user = await getCurrentUser();
  if (!user) return { status: "error", message: "Your session has ended. Sign in again.", values };
  const { name, bio, avatarUrl, ...socials } = parsed.data;
  try {
    await db.user.update({
      where: { id: user.id },
      data: {
        name,
        bio,
        avatarUrl,
        socialLinks: Object.fromEntries(Object.entries(socials).filter(([, v]) => v)),
      },
    });
  } catch (error) {
    logger().error({ err: error }, "[accounts] profile update failed");
    return { status: "error", message: GENERIC, values };
  }
  // Staff accounts are bylines: their author page shows the profile.
  await expireCacheTags([cacheTags.author(user.username)]);
  return { status: "ok", message: "Your profile is saved.", values };
}

export async function changePasswordAction(
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  const parsed = changePasswordSchema.safeParse(formFields(formData));
  if (!parsed.success) return { status: "error", fieldErrors: fieldErrors(parsed.error) };
  const user = await getCurrentUser();
  if (!user) return { status: "error", message: "Your session has ended. Sign in again." };
  // Guessing the current password from a stolen session counts against the account's sign-in
  // limit, counted before the password is verified as sign-in does.
  const guard = await consume("signInByAccount", String(user.id));
  if (!guard.allowed) {
    return {
      status: "error",
      message: `Too many failed attempts. Try again in ${formatWait(guard.retryAfterSeconds)}.`,
    };
  }
  const account = await findCredentialsById(user.id);
  if (
    !account?.passwordHash ||
    !(await verifyPassword(account.passwordHash, parsed.data.currentPassword))
  ) {
    return {
      status: "error",
      fieldErrors: { currentPassword: "That is not your current password." },
    };
  }
  await reset("signInByAccount", String(user.id));
  const problem = passwordProblem(parsed.data.newPassword, account);
  if (problem) return { status: "error", fieldErrors: { newPassword: problem } };
  const now = new Date();
  const updated = await db.user.update({
    where: { id: user.id },
    data: {
      passwordHash: await hashPassword(parsed.data.newPassword),
      passwordChangedAt: now,
      sessionVersion: { increment: 1 },
    },
    select: { id: true, username: true, name: true, sessionVersion: true },
  });
  await db.passwordResetToken.updateMany({
    where: { userId: user.id, usedAt: null },
    data: { usedAt: now },
  });
  // Every other session ends with the new session version; this browser gets a fresh session.
  await startSession(updated, false);
  return { status: "ok", message: "Your password is changed. Other devices have been signed out." };
}

export async function signOutEverywhereAction(): Promise<void> {
  const user = await getCurrentUser();
  if (user) {
    await db.user.update({ where: { id: user.id }, data: { sessionVersion: { increment: 1 } } });
  }
  await endSession();
  redirect("/signin?signedOut=1");
}
