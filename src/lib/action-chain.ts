import "server-only";
import { redirect } from "next/navigation";
import type { z } from "zod";
import { type AuditClient, type AuditEntry, recordAudit } from "./audit-log";
import { type CurrentUser, getCurrentUser } from "./auth";
import { expireCacheTags } from "./cache-expiry";
import {
  type Failure,
  forbidden,
  INVALID_MESSAGE,
  signedOut,
  toFailure,
  type UniqueMessages,
  validationFailure,
} from "./errors";
import { type FormState, formFields, keepValues } from "./forms";
import { currentRequestId, logger } from "./logger";
import { type AdminAction, can } from "./permissions";

// The one action chain. Every server action of the site is built here:
//
//   parse (zod) → authenticate → authorize (src/lib/permissions.ts) → run
//     → audit entries (ctx.audit) → expire cache tags (ctx.expire → src/lib/cache-expiry.ts)
//     → answer; anything thrown → the one error map (src/lib/errors.ts)
//
// `formAction` serves <form action={…}> with useActionState (and without JavaScript: the same
// FormState comes back, or a redirect); `typedAction` serves components that call an action with
// a typed object. API routes use the same steps through src/lib/api-route.ts.

/** Who may call: anyone, any signed-in member, or staff with a permission. */
export type Access = "public" | "member" | AdminAction;

export type UserFor<A extends Access> = A extends "public" ? null : CurrentUser;

export interface ActionContext<U> {
  user: U;
  /** Records an audit entry by this user (inside `client`'s transaction when given). */
  audit(entry: Omit<AuditEntry, "actorId">, client?: AuditClient): Promise<void>;
  /** Cache tags to expire once the action has succeeded. */
  expire(tags: Iterable<string>): void;
}

interface ChainOptions<A extends Access, S extends z.ZodType> {
  /** verb-noun for the logs, e.g. "page.create". */
  name: string;
  /** Who may call; a function when the permission depends on the input. */
  access: A | ((input: z.output<S>) => A);
  schema: S;
  /** Messages for unique columns, used when the database refuses a duplicate. */
  unique?: UniqueMessages;
  /** The message above the fields when the input fails validation (default: none for forms). */
  invalid?: string;
}

/** Checks who is calling. Public actions do not look the session up at all. */
export async function authenticate<A extends Access>(access: A): Promise<UserFor<A>> {
  if (access === "public") return null as UserFor<A>;
  const user = await getCurrentUser();
  if (!user) throw signedOut();
  if (access !== "member" && !can(user.role, access)) throw forbidden();
  return user as UserFor<A>;
}

/**
 * True for Next's control-flow signals (redirect(), notFound(), forbidden(), dynamic rendering):
 * they carry a `digest` and must travel on untouched, never be answered as failures.
 */
export function isNextSignal(error: unknown): boolean {
  const digest = (error as { digest?: unknown } | null)?.digest;
  return (
    typeof digest === "string" &&
    /^(NEXT_|DYNAMIC_SERVER_USAGE|BAILOUT_TO_CLIENT_SIDE_RENDERING)/.test(digest)
  );
}

/** Runs the authenticated part of a chain; returns the result and the tags it asked to expire. */
export function contextFor<U extends CurrentUser | null>(user: U) {
  const tags = new Set<string>();
  const context: ActionContext<U> = {
    user,
    audit: (entry, client) => recordAudit({ ...entry, actorId: user?.id ?? null }, client),
    expire: (more) => {
      for (const tag of more) tags.add(tag);
    },
  };
  return { context, flush: () => expireCacheTags([...tags]) };
}

/** Logs an unexpected failure with the request id and adds the reference to its message. */
export function reported(name: string, error: unknown, failure: Failure): Failure {
  if (!failure.unexpected) return failure;
  const requestId = currentRequestId();
  logger().error({ err: error, action: name, requestId }, `[action] ${name} failed`);
  return requestId
    ? { ...failure, message: `${failure.message} (Reference ${requestId}.)` }
    : failure;
}

/** What a form action's `run` answers on success. */
export interface FormSuccess {
  message?: string;
  /** Where to go next: a redirect without JavaScript, `redirectTo` for a scripted form. */
  goTo?: string;
  /** Values to show in the form instead of what was typed (e.g. the saved, normalised ones). */
  values?: Record<string, string>;
}

export interface FormContext<U> extends ActionContext<U> {
  /** The submitted fields as strings. */
  fields: Record<string, string>;
  /** The form as sent, for what is not a string (an uploaded file). */
  formData: FormData;
  /** True when the form was sent by a hydrated page (it will navigate by itself). */
  scripted: boolean;
}

function failedForm(failure: Failure, values: Record<string, string>): FormState {
  // Field errors speak for themselves unless the action gave a message of its own.
  const fieldsOnly =
    failure.code === 422 && failure.fieldErrors && failure.message === INVALID_MESSAGE;
  return {
    status: "error",
    code: failure.code,
    message: fieldsOnly ? undefined : failure.message,
    fieldErrors: failure.fieldErrors,
    values,
    detail: failure.detail,
  };
}

/** A server action for a <form>: `(previous state, FormData) → FormState`. */
export function formAction<A extends Access, S extends z.ZodType>(
  options: ChainOptions<A, S> & {
    /** The typed values to show again (default: every field but passwords and tokens). */
    keep?: (fields: Record<string, string>) => Record<string, string>;
    /** Fields sent more than once (a group of checkboxes): parsed as lists of strings. */
    lists?: readonly string[];
    run: (
      input: z.output<S>,
      ctx: FormContext<UserFor<A>>,
    ) => Promise<FormSuccess | void> | FormSuccess | void;
  },
): (previous: FormState, formData: FormData) => Promise<FormState> {
  return async (_previous, formData) => {
    const fields = formFields(formData);
    const values = (options.keep ?? keepValues)(fields);
    const lists = (options.lists ?? []).map((key) => [key, formData.getAll(key).map(String)]);
    const parsed = options.schema.safeParse({ ...fields, ...Object.fromEntries(lists) });
    if (!parsed.success) {
      return failedForm(validationFailure(parsed.error, options.invalid), values);
    }
    let flush: (() => Promise<void>) | undefined;
    let answer: FormSuccess | void;
    try {
      const access =
        typeof options.access === "function" ? options.access(parsed.data) : options.access;
      const chain = contextFor(await authenticate(access));
      flush = chain.flush;
      answer = await options.run(parsed.data, {
        ...chain.context,
        fields,
        formData,
        scripted: fields.js === "1",
      });
    } catch (error) {
      // A redirect or notFound() from `run` is Next's control flow, not a failure.
      if (isNextSignal(error)) {
        await flush?.(); // e.g. a redirect after the change: its tags still expire
        throw error;
      }
      return failedForm(reported(options.name, error, toFailure(error, options.unique)), values);
    }
    await flush();
    if (answer?.goTo && !fields.js) redirect(answer.goTo);
    return {
      status: "ok",
      message: answer?.message,
      values: answer?.values ?? values,
      redirectTo: answer?.goTo,
    };
  };
}

/** What a typed action answers: its data, or the failure from the error map. */
export type ActionResult<T> =
  { status: "ok"; data: T; message?: string } | ({ status: "error" } & Omit<Failure, "unexpected">);

/** A server action called with a typed object (the article editor, previews). */
export function typedAction<A extends Access, S extends z.ZodType, T>(
  options: ChainOptions<A, S> & {
    run: (input: z.output<S>, ctx: ActionContext<UserFor<A>>) => Promise<T> | T;
  },
): (input: z.input<S>) => Promise<ActionResult<T>> {
  return async (input) => {
    const parsed = options.schema.safeParse(input);
    if (!parsed.success) {
      return { status: "error", ...validationFailure(parsed.error, options.invalid) };
    }
    let flush: (() => Promise<void>) | undefined;
    let data: T;
    try {
      const access =
        typeof options.access === "function" ? options.access(parsed.data) : options.access;
      const chain = contextFor(await authenticate(access));
      flush = chain.flush;
      data = await options.run(parsed.data, chain.context);
    } catch (error) {
      if (isNextSignal(error)) {
        await flush?.(); // e.g. a redirect after the change: its tags still expire
        throw error;
      }
      const { unexpected: _, ...failure } = reported(
        options.name,
        error,
        toFailure(error, options.unique),
      );
      return { status: "error", ...failure };
    }
    await flush();
    return { status: "ok", data };
  };
}
