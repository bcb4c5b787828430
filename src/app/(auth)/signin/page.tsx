import type { Metadata } from "next";
import { SignInForm } from "@/features/users/components/sign-in-form";
import { safeReturnPath } from "@/features/users/rules";
import { formatWait } from "@/features/rate-limits/rules";

export const metadata: Metadata = {
  title: "Sign in — CoinMela",
  robots: { index: false },
  alternates: { canonical: "/signin" },
};

type Search = Record<string, string | string[] | undefined>;

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

/** next-auth's ?error= codes (from POST /api/auth/callback/credentials) in words. */
function errorText(code: string | undefined): string | undefined {
  if (!code) return undefined;
  const limited = /^limited:(\d{1,6})$/.exec(code);
  if (limited) return `Too many failed attempts. Try again in ${formatWait(Number(limited[1]))}.`;
  if (code === "banned") return "This account has been suspended.";
  return "That username or email and password do not match an account.";
}

export default async function SignInPage({ searchParams }: { searchParams: Promise<Search> }) {
  const search = await searchParams;
  const callbackUrl = safeReturnPath(first(search.callbackUrl));
  const error = errorText(first(search.error));
  const notice =
    first(search.reset) === "1"
      ? "Your password is changed. Sign in with the new one."
      : first(search.signedOut) === "1"
        ? "You are signed out on every device."
        : undefined;
  return (
    <div className="rounded-lg border border-neutral-200 p-6 dark:border-neutral-800">
      {error && (
        <p
          role="alert"
          className="mb-4 rounded-md bg-red-50 p-3 text-sm text-red-800 dark:bg-red-950 dark:text-red-200"
        >
          {error}
        </p>
      )}
      <SignInForm callbackUrl={callbackUrl} notice={notice} />
    </div>
  );
}
