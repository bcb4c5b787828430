import { z } from "zod";

export const MAX_QUERY_LENGTH = 200;

/**
 * The search page's query string. Nothing here rejects a reader: an over-long query is cut,
 * an unknown category or a bad page number is dropped (the page then says so), so every
 * input gives a page.
 */
export const searchParamsSchema = z.object({
  q: z
    .union([z.string(), z.array(z.string())])
    .optional()
    .transform((value) => (Array.isArray(value) ? value[0] : value) ?? "")
    .transform((value) =>
      value
        .replace(/[\u0000-\u001f\u007f]/g, " ")
        .trim()
        .slice(0, MAX_QUERY_LENGTH),
    ),
  category: z
    .union([z.string(), z.array(z.string())])
    .optional()
    .transform((value) => (Array.isArray(value) ? value[0] : value))
    .transform((value) => (value && /^[a-z0-9-]{1,80}$/.test(value) ? value : undefined)),
  page: z
    .union([z.string(), z.array(z.string())])
    .optional()
    .transform((value) => (Array.isArray(value) ? value[0] : value))
    .transform((value) => (value && /^[1-9]\d{0,3}$/.test(value) ? Number(value) : 1)),
});

export type SearchParams = z.infer<typeof searchParamsSchema>;
