import type { Metadata } from "next";
import type { ReactNode } from "react";
import { PreferencesScript } from "@/components/layout/preferences-script";
import { env } from "@/env";
import "./globals.css";

export const metadata: Metadata = {
  metadataBase: new URL(env.SITE_URL),
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    // The preferences script sets data-theme and data-font-step before React hydrates.
    <html lang="en" suppressHydrationWarning>
      <head>
        <PreferencesScript />
      </head>
      <body className="bg-white text-neutral-900 antialiased dark:bg-neutral-950 dark:text-neutral-100">
        {children}
      </body>
    </html>
  );
}
