import { z } from "zod";

// Form fields of plain text that several forms share the shape of.

/** A required line of text: trimmed, not empty, at most `max` characters. */
export function requiredText(
  max: number,
  messages: { missing: string; empty?: string; tooLong?: string },
) {
  return z
    .string({ message: messages.missing })
    .trim()
    .min(1, messages.empty ?? messages.missing)
    .max(max, messages.tooLong ?? `Use at most ${max} characters.`);
}
