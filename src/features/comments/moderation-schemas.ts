import { z } from "zod";
import { QUEUE_STATUSES } from "./moderation-rules";
import { articleSlug } from "./schemas";

const id = z.coerce.number().int().positive().max(2_147_483_647);

/** The queue's filters from the URL: anything malformed falls back to the default view. */
export const queueQuerySchema = z.object({
  status: z.enum(QUEUE_STATUSES).catch("PENDING"),
  article: articleSlug.optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
  done: z.string().max(20).optional().catch(undefined),
  count: z.coerce.number().int().min(0).max(10_000).catch(0),
  error: z.string().max(20).optional().catch(undefined),
});
export type QueueQuery = z.infer<typeof queueQuerySchema>;

/** The queue form: the pressed button, the ticked comments, the view to return to. */
export const queueFormSchema = z.object({
  command: z.string().max(40),
  ids: z.array(id).max(200),
  spamPending: z.boolean(),
  status: z.enum(QUEUE_STATUSES).catch("PENDING"),
  article: articleSlug.optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
});

export function readQueueForm(formData: FormData) {
  const text = (key: string) => {
    const value = formData.get(key);
    return typeof value === "string" ? value : undefined;
  };
  return queueFormSchema.safeParse({
    command: text("command") ?? "",
    ids: formData.getAll("ids").filter((value) => typeof value === "string"),
    spamPending: text("spamPending") === "on",
    status: text("status"),
    article: text("article") || undefined,
    page: text("page"),
  });
}
