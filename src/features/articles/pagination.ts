import { z } from "zod";

export const PAGE_SIZE = 12;

/**
 * `?page=` as readers and crawlers send it: absent means 1; anything that is not a whole number
 * from 1 up is not a page of ours (the caller answers 404 rather than guessing).
 */
export const pageParamSchema = z
  .union([z.string(), z.array(z.string()), z.undefined()])
  .transform((value, ctx) => {
    if (value === undefined) return 1;
    const raw = Array.isArray(value) ? value[0] : value;
    if (raw === undefined || !/^[1-9]\d{0,5}$/.test(raw)) {
      ctx.addIssue({ code: "custom", message: "page must be a whole number from 1" });
      return z.NEVER;
    }
    return Number(raw);
  });

export function parsePageParam(value: string | string[] | undefined): number | null {
  const result = pageParamSchema.safeParse(value);
  return result.success ? result.data : null;
}

export function pageCount(total: number, pageSize = PAGE_SIZE): number {
  return Math.max(1, Math.ceil(total / pageSize));
}

/** The href of page `page` of a list (page 1 has none): shared with the admin, in src/lib. */
export { pageHref } from "@/lib/pagination";
