import { z } from "zod";
import { WEBHOOK_EVENTS } from "./events";

// The one definition of valid webhook input, shared by the admin forms and their actions.

const id = z.coerce
  .number({ message: "Unknown webhook." })
  .int("Unknown webhook.")
  .positive("Unknown webhook.");

export const webhookUrlSchema = z
  .string()
  .trim()
  .min(1, "Enter the URL that should receive the events.")
  .max(2000, "At most 2000 characters.")
  .refine((value) => URL.canParse(value), "Enter an absolute URL such as https://example.com/hook.")
  .transform((value) => new URL(value))
  .refine((url) => url.protocol === "https:" || url.protocol === "http:", {
    message: "Only http:// and https:// URLs can receive webhooks.",
  })
  .refine((url) => url.username === "" && url.password === "", {
    message: "Put no user name or password in the URL; receivers check the signature instead.",
  });

export const createWebhookSchema = z.object({
  url: webhookUrlSchema,
  description: z.string().trim().max(200, "At most 200 characters.").default(""),
  events: z
    .array(z.enum(WEBHOOK_EVENTS, { message: "Unknown event." }))
    .min(1, "Choose at least one event."),
});

export type CreateWebhookInput = z.infer<typeof createWebhookSchema>;

export const webhookIdSchema = z.object({ webhookId: id });

export const setWebhookActiveSchema = z.object({
  webhookId: id,
  active: z.enum(["true", "false"]).transform((value) => value === "true"),
});

export const redeliverSchema = z.object({
  deliveryId: z.uuid({ message: "Unknown delivery." }),
});
