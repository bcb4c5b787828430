import type { ReactNode } from "react";
import { SiteChrome } from "@/app/_chrome/site-chrome";

export default function SiteLayout({ children }: { children: ReactNode }) {
  return <SiteChrome>{children}</SiteChrome>;
}
