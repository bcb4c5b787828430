"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

/** The admin's side navigation; shows only the pages the user's role may open. */
export function AdminNav({ links }: { links: readonly { href: string; label: string }[] }) {
  const pathname = usePathname();
  return (
    <nav aria-label="Admin">
      <ul className="flex flex-wrap gap-1 md:flex-col">
        {links.map((link) => {
          const current =
            link.href === "/admin" ? pathname === "/admin" : pathname.startsWith(link.href);
          return (
            <li key={link.href}>
              <Link
                prefetch={false}
                href={link.href}
                aria-current={current ? "page" : undefined}
                className={`block rounded px-3 py-2 text-sm font-medium hover:bg-neutral-200 dark:hover:bg-neutral-800 ${
                  current ? "bg-neutral-200 font-bold dark:bg-neutral-800" : ""
                }`}
              >
                {link.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
