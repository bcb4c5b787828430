import type { ReactNode } from "react";
import { SiteChrome } from "@/app/_chrome/site-chrome";

export default function AuthLayout({ children }: { children: ReactNode }) {
  return (
    <SiteChrome>
      <div className="mx-auto max-w-md">{children}</div>
    </SiteChrome>
  );
}
