import type { Metadata } from "next";
import { RegisterForm } from "@/features/users/components/register-form";
import { safeReturnPath } from "@/features/users/rules";

export const metadata: Metadata = {
  title: "Register — CoinMela",
  robots: { index: false },
  alternates: { canonical: "/register" },
};

export default async function RegisterPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { callbackUrl } = await searchParams;
  return (
    <div className="rounded-lg border border-neutral-200 p-6 dark:border-neutral-800">
      <h1 className="text-2xl font-extrabold tracking-tight">Create your account</h1>
      <p className="mb-5 mt-1 text-neutral-600 dark:text-neutral-400">
        Members can comment on articles and reply to other readers.
      </p>
      <RegisterForm
        callbackUrl={safeReturnPath(Array.isArray(callbackUrl) ? callbackUrl[0] : callbackUrl)}
      />
    </div>
  );
}
