import type { Metadata } from "next";
import { ForgotPasswordForm } from "@/features/users/components/forgot-password-form";

export const metadata: Metadata = {
  title: "Lost your password? — CoinMela",
  robots: { index: false },
  alternates: { canonical: "/forgot-password" },
};

export default function ForgotPasswordPage() {
  return (
    <div className="rounded-lg border border-neutral-200 p-6 dark:border-neutral-800">
      <h1 className="text-2xl font-extrabold tracking-tight">Lost your password?</h1>
      <p className="mb-5 mt-1 text-neutral-600 dark:text-neutral-400">
        Enter the email address of your account and we will send you a link to choose a new
        password.
      </p>
      <ForgotPasswordForm />
    </div>
  );
}
