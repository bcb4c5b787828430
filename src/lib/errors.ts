import type { z } from "zod";
import { currentDatabaseContext } from "./database-context";
import { isDatabaseUnavailable } from "./db-pool";
import { fieldErrors as zodFieldErrors } from "./forms";

// The one error map. Every server action and API route (src/lib/action-chain.ts,
// src/lib/api-route.ts) turns whatever went wrong into a `Failure` here, so the same problem gets
// the same status and the same kind of message everywhere:
//
//   invalid input        → 422, a message per field (what the user typed is kept)
//   not signed in        → 401          forbidden        → 403
//   not found            → 404          conflict/unique  → 409, on the field that clashes
//   too many requests    → 429 with Retry-After
//   database unavailable → 503 with Retry-After
//   anything else        → 500, a generic message with a reference; the detail goes to the log

export type FailureCode = 401 | 403 | 404 | 409 | 415 | 422 | 429 | 500 | 503;

export interface Failure {
  code: FailureCode;
  message: string;
  /** Messages by form field, shown next to the field. */
  fieldErrors?: Record<string, string>;
  /** For 429 and 503: seconds to wait. */
  retryAfterSeconds?: number;
  /** Extra data the caller shows, e.g. the other editor's version on a conflict. */
  detail?: unknown;
  /** True when the error was unexpected: the chain logs it with the request id. */
  unexpected?: boolean;
}

/** An error the chain answers with its own status and message (thrown from an action's `run`). */
export class ActionError extends Error {
  constructor(readonly failure: Failure) {
    super(failure.message);
    this.name = "ActionError";
  }
}

export const GENERIC_MESSAGE =
  "Something went wrong on our side. What you typed is still here: try again in a moment.";
export const UNAVAILABLE_MESSAGE =
  "The service is temporarily unavailable. Please try again shortly.";
export const SIGNED_OUT_MESSAGE = "Your session has ended. Sign in again.";
export const FORBIDDEN_MESSAGE = "Your role may not do this.";

export const notFound = (message: string, detail?: unknown) =>
  new ActionError({ code: 404, message, detail });
export const forbidden = (message = FORBIDDEN_MESSAGE) => new ActionError({ code: 403, message });
export const signedOut = (message = SIGNED_OUT_MESSAGE) => new ActionError({ code: 401, message });
/** A clash with something that exists (a taken slug, someone else's newer save). */
export const conflict = (message: string, field?: string, detail?: unknown) =>
  new ActionError({
    code: 409,
    message,
    fieldErrors: field ? { [field]: message } : undefined,
    detail,
  });
/** Input that is well-formed but not acceptable; `fields` go next to the fields. */
export const invalid = (message: string, fields?: Record<string, string>) =>
  new ActionError({ code: 422, message, fieldErrors: fields });
export const tooMany = (message: string, retryAfterSeconds: number) =>
  new ActionError({ code: 429, message, retryAfterSeconds });

export const INVALID_MESSAGE = "Check the highlighted fields.";

/**
 * Input refused by a check the schema cannot make (it needs the database: a taken path, a loop,
 * an unknown slug, an upload's bytes): answered like the schema's own errors (422), the message
 * next to its field and none above the form.
 */
export const fieldProblem = (field: string, message: string) =>
  invalid(INVALID_MESSAGE, { [field]: message });

/** A zod failure as a 422 with a message per field. */
export function validationFailure(error: z.ZodError, message = INVALID_MESSAGE): Failure {
  return { code: 422, message, fieldErrors: zodFieldErrors(error) };
}

/** Messages for unique columns: field name → what to say when the value is taken. */
export type UniqueMessages = Record<string, string>;

function isUniqueViolation(error: unknown): error is { code: string; meta?: unknown } {
  return (error as { code?: unknown } | null)?.code === "P2002";
}

/** Which column a Prisma unique violation is about, from whatever shape its meta has. */
function clashingField(error: { meta?: unknown }, unique: UniqueMessages): string | undefined {
  const text = JSON.stringify(error.meta ?? {});
  const fields = Object.keys(unique);
  return fields.find((field) => new RegExp(`\\b${field}\\b`).test(text)) ?? fields[0];
}

/** Maps anything thrown to the failure the user sees. */
export function toFailure(error: unknown, unique: UniqueMessages = {}): Failure {
  if (error instanceof ActionError) return error.failure;
  if (isDatabaseUnavailable(error) || currentDatabaseContext()?.unavailable) {
    return { code: 503, message: UNAVAILABLE_MESSAGE, retryAfterSeconds: 5 };
  }
  if (isUniqueViolation(error)) {
    const field = clashingField(error, unique);
    const message = field ? unique[field]! : "That already exists.";
    return { code: 409, message, fieldErrors: field ? { [field]: message } : undefined };
  }
  if ((error as { code?: unknown } | null)?.code === "P2025") {
    return { code: 404, message: "That no longer exists." };
  }
  return { code: 500, message: GENERIC_MESSAGE, unexpected: true };
}
