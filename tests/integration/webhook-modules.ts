// The webhook feature's modules, imported after a test file has set the environment they read.
export async function importWebhookModules() {
  const deliver = await import("@/features/webhooks/deliver");
  const queue = await import("@/features/webhooks/queue");
  const rules = await import("@/features/webhooks/rules");
  const send = await import("@/features/webhooks/send");
  const actions = await import("@/features/webhooks/actions");
  return { deliver, queue, rules, send, actions };
}

export type WebhookModules = Awaited<ReturnType<typeof importWebhookModules>>;
