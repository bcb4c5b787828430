"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { consume, reset } from "@/features/rate-limits/limiter";
import { formatWait } from "@/features/rate-limits/rules";
import { formAction, typedAction } from "@/lib/action-chain";
import { endSession, getCurrentUser, startSession } from "@/lib/auth";
import { cacheTags } from "@/lib/cache-tags";
import { clientIp } from "@/lib/client-ip";
import { forbidden, invalid, signedOut, tooMany } from "@/lib/errors";
import { endEverySession, saveProfile } from "./mutations";
import { verifyPassword } from "./password";
import { changePassword, requestPasswordReset, resetPassword } from "./password-reset";
import { findCredentialsById } from "./queries";
import { registerAccount } from "./register";
import { RESET_SENT, passwordProblem, safeReturnPath } from "./rules";
import {
  changePasswordSchema,
  forgotPasswordSchema,
  profileSchema,
  registerSchema,
  resetPasswordSchema,
  signInSchema,
} from "./schemas";
import { signInWithPassword } from "./sign-in";

// Server actions of accounts, built on the action chain (src/lib/action-chain.ts). Sign-in,
// registration and password resets are public and rate-limited; the account page's actions need
// a session. Forms sent without JavaScript are redirected; with JavaScript (js=1) the form
// navigates itself with a full load, so the header and comments pick up the new session.

const SIGN_IN_FAILED = "That username or email and password do not match an account.";
const USERNAME_TAKEN = "That username is taken.";
const EMAIL_UNUSABLE =
  "This email address cannot be used here. If it is yours, sign in or reset your password.";

/** A 429 that says how long to wait. */
const limited = (what: string, seconds: number) =>
  tooMany(`${what} Try again in ${formatWait(seconds)}.`, seconds);

async function requestIp() {
  return clientIp(await headers());
}

/** The plain sign-out forms post their FormData; nothing in it can be invalid. */
const plainPost = z.instanceof(FormData);

export const signInAction = formAction({
  name: "account.sign-in",
  access: "public",
  schema: signInSchema,
  run: async (input) => {
    const outcome = await signInWithPassword(input, await requestIp());
    if (!outcome.ok) {
      if (outcome.error === "limited") {
        throw limited("Too many failed attempts.", outcome.retryAfterSeconds);
      }
      if (outcome.error === "banned") throw forbidden("This account has been suspended.");
      throw signedOut(SIGN_IN_FAILED);
    }
    await startSession(outcome.user, input.remember);
    return { goTo: safeReturnPath(input.callbackUrl) };
  },
});

/** Sign-out for script-enabled pages: the caller reloads the page afterwards. */
export const endSessionAction = typedAction({
  name: "account.end-session",
  access: "public",
  schema: z.void(),
  run: () => endSession(),
});

export const signOutAction = typedAction({
  name: "account.sign-out",
  access: "public",
  schema: plainPost,
  run: async (formData) => {
    await endSession();
    redirect(safeReturnPath(formData.get("callbackUrl")));
  },
});

export const registerAction = formAction({
  name: "account.register",
  access: "public",
  schema: registerSchema,
  // Two registrations racing for one username: the database refuses the second.
  unique: { username: USERNAME_TAKEN },
  run: async (input, { fields }) => {
    const outcome = await registerAccount(input, await requestIp());
    if (outcome.status === "limited") {
      throw limited("Too many new accounts from your network.", outcome.retryAfterSeconds);
    }
    if (outcome.status === "taken") {
      throw invalid(USERNAME_TAKEN, {
        ...(outcome.username ? { username: USERNAME_TAKEN } : {}),
        ...(outcome.email ? { email: EMAIL_UNUSABLE } : {}),
      });
    }
    await startSession(outcome.user, false);
    return { goTo: safeReturnPath(fields.callbackUrl) };
  },
});

export const forgotPasswordAction = formAction({
  name: "account.forgot-password",
  access: "public",
  schema: forgotPasswordSchema,
  run: async ({ email }) => {
    const outcome = await requestPasswordReset(email, await requestIp());
    if (outcome.status === "limited") {
      throw limited("Too many reset requests.", outcome.retryAfterSeconds);
    }
    return { message: RESET_SENT, values: {} };
  },
});

export const resetPasswordAction = formAction({
  name: "account.reset-password",
  access: "public",
  schema: resetPasswordSchema,
  run: async ({ token, password }) => {
    const outcome = await resetPassword(token, password);
    if (outcome.status === "invalid-token") {
      throw invalid("This reset link has expired or was already used. Ask for a new one.");
    }
    if (outcome.status === "weak-password") {
      throw invalid(outcome.message, { password: outcome.message });
    }
    await endSession();
    redirect("/signin?reset=1");
  },
});

export const updateProfileAction = formAction({
  name: "account.update-profile",
  access: "member",
  schema: profileSchema,
  run: async ({ name, bio, avatarUrl, ...socials }, { user, expire }) => {
    await saveProfile(user.id, { name, bio, avatarUrl, socials });
    // Staff accounts are bylines: their author page shows the profile.
    expire([cacheTags.author(user.username)]);
    return { message: "Your profile is saved." };
  },
});

export const changePasswordAction = formAction({
  name: "account.change-password",
  access: "member",
  schema: changePasswordSchema,
  run: async ({ currentPassword, newPassword }, { user }) => {
    // Guessing the current password from a stolen session counts against the account's sign-in
    // limit, counted before the password is verified as sign-in does.
    const guard = await consume("signInByAccount", String(user.id));
    if (!guard.allowed) throw limited("Too many failed attempts.", guard.retryAfterSeconds);
    const account = await findCredentialsById(user.id);
    if (!account?.passwordHash || !(await verifyPassword(account.passwordHash, currentPassword))) {
      const message = "That is not your current password.";
      throw invalid(message, { currentPassword: message });
    }
    await reset("signInByAccount", String(user.id));
    const problem = passwordProblem(newPassword, account);
    if (problem) throw invalid(problem, { newPassword: problem });
    // Every other session ends with the new session version; this browser gets a fresh session.
    await startSession(await changePassword(user.id, newPassword), false);
    return { message: "Your password is changed. Other devices have been signed out." };
  },
});

export const signOutEverywhereAction = typedAction({
  name: "account.sign-out-everywhere",
  // A session that has already ended is simply signed out here too.
  access: "public",
  schema: plainPost,
  run: async () => {
    const user = await getCurrentUser();
    if (user) await endEverySession(user.id);
    await endSession();
    redirect("/signin?signedOut=1");
  },
});
