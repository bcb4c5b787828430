/** What a form's server action answers: errors by field, a message, and the values to show again. */
export interface FormState {
  status: "idle" | "error" | "ok";
  message?: string;
  fieldErrors?: Record<string, string>;
  /** What was typed (never passwords), so that an error does not empty the form. */
  values?: Record<string, string>;
  /** Where a script-enabled form should go next (no-JS forms are redirected by the action). */
  redirectTo?: string;
}

export const idleForm: FormState = { status: "idle" };

/** The typed values worth showing again: everything except passwords and internal fields. */
export function keepValues(fields: Record<string, string>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(fields).filter(([key]) => !/password|token/i.test(key) && key !== "js"),
  );
}
