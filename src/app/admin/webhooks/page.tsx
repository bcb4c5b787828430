import type { Metadata } from "next";
import { AdminPage, AdminSection } from "@/components/ui/admin-list";
import { getSiteSettings } from "@/features/settings/data";
import { createWebhookAction } from "@/features/webhooks/actions";
import {
  DeliveryLog,
  ReceiverGuide,
  WebhookList,
} from "@/features/webhooks/components/webhook-admin";
import { CreateWebhookForm } from "@/features/webhooks/components/webhook-forms";
import { listWebhooks, recentDeliveries } from "@/features/webhooks/queries";
import { MAX_ATTEMPTS } from "@/features/webhooks/rules";
import { requirePagePermission } from "@/lib/admin-guard";

export const metadata: Metadata = { title: "Webhooks" };

export default async function WebhooksPage() {
  await requirePagePermission("webhook.manage");
  const [settings, hooks, deliveries] = await Promise.all([
    getSiteSettings(),
    listWebhooks(),
    recentDeliveries({ limit: 50 }),
  ]);
  return (
    <AdminPage
      title="Webhooks"
      gap="gap-8"
      intro={
        <p className="max-w-prose text-sm text-neutral-700 dark:text-neutral-300">
          Other systems can be told when an article goes live, changes while live, or is taken down.
          Each event is sent as a signed JSON POST; failed deliveries are retried with growing
          pauses, up to {MAX_ATTEMPTS} attempts.
        </p>
      }
    >
      <AdminSection id="add-webhook" title="Add a webhook" boxed>
        <CreateWebhookForm action={createWebhookAction} />
      </AdminSection>
      <WebhookList hooks={hooks} timeZone={settings.timeZone} />
      <DeliveryLog deliveries={deliveries} timeZone={settings.timeZone} />
      <ReceiverGuide />
    </AdminPage>
  );
}
