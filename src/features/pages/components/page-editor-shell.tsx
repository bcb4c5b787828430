import Link from "next/link";
import type { ReactNode } from "react";
import { AdminPage } from "@/components/ui/admin-list";

/** The frame of the new-page and edit-page screens: the way back, the heading, then the editor. */
export function PageEditorShell({ title, children }: { title: ReactNode; children: ReactNode }) {
  return (
    <div className="flex flex-col gap-6">
      <p>
        <Link prefetch={false} href="/admin/pages" className="text-sm underline">
          ← All pages
        </Link>
      </p>
      <AdminPage title={title}>{children}</AdminPage>
    </div>
  );
}
