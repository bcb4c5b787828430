"use client";

import Link from "next/link";
import { useRef, type ReactNode } from "react";
import type { MenuLink } from "./news-menu";

/**
 * The small-screen menu: a modal <dialog>, which gives focus containment, Escape to close and
 * an inert page behind it without any script of ours.
 */
export function MobileDrawer({
  primary,
  news,
  footer,
}: {
  primary: MenuLink[];
  news: MenuLink[];
  footer: ReactNode;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  const close = () => dialog.current?.close();
  return (
    <>
      <button
        type="button"
        className="chrome-button lg:hidden"
        aria-haspopup="dialog"
        onClick={() => dialog.current?.showModal()}
      >
        <span aria-hidden="true">☰</span>
        <span className="sr-only">Menu</span>
      </button>
      <dialog
        ref={dialog}
        aria-label="Menu"
        className="m-0 ml-auto h-full max-h-none w-80 max-w-[85vw] bg-white p-0 text-neutral-900 backdrop:bg-black/50 dark:bg-neutral-900 dark:text-neutral-100"
        onClick={(event) => {
          if (event.target === dialog.current) close(); // a click on the backdrop
        }}
      >
        <div className="flex h-full flex-col gap-6 overflow-y-auto p-5">
          <div className="flex justify-end">
            <button type="button" className="chrome-button" onClick={close}>
              <span aria-hidden="true">✕</span>
              <span className="sr-only">Close menu</span>
            </button>
          </div>
          <nav aria-label="Mobile">
            <DrawerLinks
              links={primary}
              onPick={close}
              listClassName="flex flex-col gap-1"
              linkClassName="block rounded px-2 py-2 font-semibold hover:bg-neutral-100 dark:hover:bg-neutral-800"
            />
            <p className="mt-4 px-2 text-xs font-semibold uppercase tracking-wide text-neutral-600 dark:text-neutral-400">
              News
            </p>
            <DrawerLinks
              links={news}
              onPick={close}
              listClassName="mt-1 grid grid-cols-2 gap-1"
              linkClassName="block rounded px-2 py-1.5 text-sm hover:bg-neutral-100 dark:hover:bg-neutral-800"
            />
          </nav>
          {footer}
        </div>
      </dialog>
    </>
  );
}

/** A list of the drawer's links; following one closes the drawer. */
function DrawerLinks({
  links,
  onPick,
  listClassName,
  linkClassName,
}: {
  links: MenuLink[];
  onPick: () => void;
  listClassName: string;
  linkClassName: string;
}) {
  return (
    <ul className={listClassName}>
      {links.map((link) => (
        <li key={link.href}>
          <Link prefetch={false} href={link.href} onClick={onPick} className={linkClassName}>
            {link.label}
          </Link>
        </li>
      ))}
    </ul>
  );
}
