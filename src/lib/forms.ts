import type { z } from "zod";

/** What a form's server action answers: errors by field, a message, and the values to show again. */
export interface FormState {
  status: "idle" | "error" | "ok";
  /** On an error, its status from the error map (src/lib/errors.ts): 401, 403, 404, 409, 422, … */
  code?: number;
  message?: string;
  fieldErrors?: Record<string, string>;
  /** What was typed (never passwords), so that an error does not empty the form. */
  values?: Record<string, string>;
  /** Where a script-enabled form should go next (no-JS forms are redirected by the action). */
  redirectTo?: string;
  /** On an error, data the form shows beside the message (e.g. a newer version on a conflict). */
  detail?: unknown;
}

export const idleForm: FormState = { status: "idle" };

/** The typed values worth showing again: everything except passwords and internal fields. */
export function keepValues(fields: Record<string, string>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(fields).filter(([key]) => !/password|token/i.test(key) && key !== "js"),
  );
}

/** A zod error as { field: first message } for the forms. */
export function fieldErrors(error: z.ZodError): Record<string, string> {
  const result: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = String(issue.path[0] ?? "form");
    result[key] ??= issue.message;
  }
  return result;
}

/** FormData to a plain object of strings (files and repeats ignored), for safeParse. */
export function formFields(formData: FormData): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [key, value] of formData.entries()) {
    if (typeof value === "string" && !(key in result) && !key.startsWith("$")) result[key] = value;
  }
  return result;
}
