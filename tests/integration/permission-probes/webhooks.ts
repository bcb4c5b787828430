import { form } from "../action-helpers";
import type { Probes } from "./types";

export const probes: Probes = {
  // Adding a webhook through the real server action: allowed only if the row exists afterwards.
  async "webhook.manage"({ prisma, unique }) {
    const { createWebhookAction } = await import("@/features/webhooks/actions");
    const description = `probe ${unique}`;
    const result = await createWebhookAction(
      { status: "idle" },
      form({
        url: `https://hooks.example.org/${unique}`,
        description,
        events: ["article.published"],
      }),
    );
    const created = await prisma.webhook.findFirst({ where: { description } });
    if (created && result.status === "ok") {
      await prisma.webhook.delete({ where: { id: created.id } });
      return "allowed";
    }
    if (!created && result.status === "error") return "refused";
    throw new Error(`Inconsistent outcome: ${JSON.stringify(result)}, row: ${Boolean(created)}`);
  },
};
