import { z } from "zod";

// The audit log's filters, from the query string. Bad values are dropped rather than refused:
// a hand-edited URL still shows the log.

const optional = (max: number, shape?: RegExp) =>
  z
    .string()
    .trim()
    .max(max)
    .refine((value) => !shape || shape.test(value))
    .optional()
    .catch(undefined)
    .transform((value) => value || undefined);

export const auditFilterSchema = z.object({
  actor: optional(64),
  action: optional(64, /^[a-z][\w.-]*$/),
  entityType: optional(64, /^[a-z][\w.-]*$/),
  from: optional(10, /^\d{4}-\d{2}-\d{2}$/),
  to: optional(10, /^\d{4}-\d{2}-\d{2}$/),
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
});

export type AuditFilter = z.infer<typeof auditFilterSchema>;
