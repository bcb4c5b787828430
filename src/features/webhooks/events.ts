// The events a webhook can subscribe to. Kept apart from rules.ts (which signs with node:crypto)
// so that the admin's form, a client component, can list them.

export const WEBHOOK_EVENTS = [
  "article.published",
  "article.updated",
  "article.unpublished",
] as const;
export type WebhookEvent = (typeof WEBHOOK_EVENTS)[number];

export const eventDescriptions: Record<WebhookEvent, string> = {
  "article.published": "an article goes live (published now or at its scheduled time)",
  "article.updated": "a live article is changed",
  "article.unpublished": "a live article is taken down, archived or deleted",
};
