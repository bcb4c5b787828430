import { expect, test } from "@playwright/test";
import { startReceiver } from "../fixtures/webhook-receiver";
import { signedWith } from "../fixtures/webhook-signature";
import { signInAs, sql } from "./fixtures";
import { axeViolations } from "./axe";

// An admin adds a webhook through the page, copies the secret shown once, sends a test event
// and sees it succeed in the delivery log; the receiver (a real HTTP server here) gets a request
// whose signature verifies with that secret. Then the webhook is disabled and deleted.

test("add a webhook, send a test event, see it in the log, disable and delete it", async ({
  page,
}) => {
  test.setTimeout(120_000);
  const receiver = await startReceiver();
  try {
    await signInAs(page, "admin", "/admin/webhooks");
    const description = `e2e receiver ${Date.now()}`;

    // Mistakes are reported next to the field, with what was typed kept.
    await page.getByLabel("Receiver URL").fill("ftp://example.org/in");
    await page.getByRole("button", { name: "Add webhook" }).click();
    await expect(
      page.getByText("Only http:// and https:// URLs can receive webhooks."),
    ).toBeVisible();
    await expect(page.getByLabel("Receiver URL")).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByLabel("Receiver URL")).toHaveValue("ftp://example.org/in");

    await page.getByLabel("Receiver URL").fill(receiver.url);
    await page.getByLabel("Description (optional)").fill(description);
    await page.getByRole("checkbox", { name: /article\.updated/ }).uncheck();
    await page.getByRole("button", { name: "Add webhook" }).click();
    await expect(page.getByRole("status").filter({ hasText: "shown only once" })).toBeVisible();
    const secret = await page.getByLabel("Signing secret (shown once)").inputValue();
    expect(secret).toMatch(/^whsec_/);

    const [row] = await sql<{ id: number; events: string[] }>(
      `SELECT id, events FROM "Webhook" WHERE description = $1`,
      [description],
    );
    expect(row!.events.sort()).toEqual(["article.published", "article.unpublished"]);

    await page.reload();
    const card = page.getByRole("listitem").filter({ hasText: description });
    await expect(card).toContainText("Active");
    await card.getByRole("button", { name: "Send test event" }).click();
    await expect(card.getByRole("status")).toContainText("Test event queued");

    // The server sends it in the background; the receiver gets one signed request. (Articles
    // other specs publish meanwhile may reach it too: it subscribes to article.published.)
    const testEvents = () =>
      receiver.requests.filter((r) => r.headers["x-coinmela-event"] === "webhook.test");
    await expect(async () => expect(testEvents()).toHaveLength(1)).toPass({ timeout: 30_000 });
    const request = testEvents()[0]!;
    expect(JSON.parse(request.body)).toMatchObject({ event: "webhook.test", article: null });
    expect(signedWith(secret, request)).toBe(true);

    // And the log says so.
    await expect(async () => {
      await page.reload();
      const logRow = page
        .getByRole("row")
        .filter({ hasText: receiver.url })
        .filter({ hasText: "webhook.test" });
      await expect(logRow.first()).toContainText("succeeded", { timeout: 1000 });
      await expect(logRow.first()).toContainText("200");
    }).toPass({ timeout: 30_000 });

    expect(await axeViolations(page)).toEqual([]);

    await card.getByRole("button", { name: "Disable" }).click();
    await expect(card.getByRole("status")).toContainText("Webhook disabled.");
    await expect(page.getByRole("listitem").filter({ hasText: description })).toContainText(
      "Disabled",
    );

    page.once("dialog", (dialog) => void dialog.accept());
    await page
      .getByRole("listitem")
      .filter({ hasText: description })
      .getByRole("button", { name: "Delete" })
      .click();
    await expect(page.getByRole("listitem").filter({ hasText: description })).toHaveCount(0);
    expect(await sql(`SELECT id FROM "Webhook" WHERE description = $1`, [description])).toEqual([]);
    const audit = await sql<{ action: string }>(
      `SELECT action FROM "AuditLog" WHERE "entityType" = 'webhook' AND "entityId" = $1 ORDER BY id`,
      [String(row!.id)],
    );
    expect(audit.map((a) => a.action)).toEqual([
      "webhook.create",
      "webhook.test",
      "webhook.disable",
      "webhook.delete",
    ]);
  } finally {
    await receiver.close();
  }
});
