import "server-only";
import { randomBytes } from "node:crypto";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import nodemailer, { type Transporter } from "nodemailer";
import { env } from "@/env";
import { logger } from "@/lib/logger";

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
}

let transporter: Transporter | undefined;

/**
 * Sends an email through SMTP when SMTP_HOST is configured. Otherwise (development, tests) the
 * message is written as a JSON file to the outbox directory (MAIL_OUTBOX_DIR, default
 * .data/outbox), so links can be followed by the end-to-end tests, and its text is printed to the
 * server log in development, so they can be followed by hand.
 */
export async function sendMail(mail: OutgoingMail): Promise<void> {
  if (env.SMTP_HOST) {
    transporter ??= nodemailer.createTransport({
      host: env.SMTP_HOST,
      port: env.SMTP_PORT,
      secure: env.SMTP_SECURE,
      auth: env.SMTP_USER ? { user: env.SMTP_USER, pass: env.SMTP_PASSWORD ?? "" } : undefined,
    });
    await transporter.sendMail({ from: env.MAIL_FROM, ...mail });
    return;
  }
  const dir = path.resolve(env.MAIL_OUTBOX_DIR);
  await mkdir(dir, { recursive: true });
  const file = path.join(dir, `${Date.now()}-${randomBytes(4).toString("hex")}.json`);
  const message = { from: env.MAIL_FROM, ...mail, sentAt: new Date().toISOString() };
  await writeFile(file, JSON.stringify(message, null, 2));
  // The text holds links with one-time tokens: printed for following by hand in development only.
  logger().info(
    { file, subject: mail.subject, ...(env.NODE_ENV === "production" ? {} : { text: mail.text }) },
    "[mail] written to the outbox (no SMTP_HOST)",
  );
}
