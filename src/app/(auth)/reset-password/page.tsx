import type { Metadata } from "next";
import Link from "next/link";
import { ResetPasswordForm } from "@/features/users/components/reset-password-form";
import { resetTokenUsable } from "@/features/users/password-reset";
import { resetPasswordSchema } from "@/features/users/schemas";

export const metadata: Metadata = {
  title: "Choose a new password — CoinMela",
  robots: { index: false },
  // The token must not leak to other sites through the Referer header.
  referrer: "no-referrer",
};

export default async function ResetPasswordPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const raw = (await searchParams).token;
  const token = Array.isArray(raw) ? raw[0] : raw;
  const parsed = resetPasswordSchema.shape.token.safeParse(token ?? "");
  const usable = parsed.success && (await resetTokenUsable(parsed.data));
  return (
    <div className="rounded-lg border border-neutral-200 p-6 dark:border-neutral-800">
      <h1 className="mb-5 text-2xl font-extrabold tracking-tight">Choose a new password</h1>
      {usable && parsed.success ? (
        <ResetPasswordForm token={parsed.data} />
      ) : (
        <p role="alert">
          This reset link has expired or was already used.{" "}
          <Link
            href="/forgot-password"
            className="font-semibold text-brand-700 underline dark:text-blue-300"
          >
            Ask for a new one
          </Link>
          .
        </p>
      )}
    </div>
  );
}
