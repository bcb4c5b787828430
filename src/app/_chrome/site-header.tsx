import Link from "next/link";
import type { ReactNode } from "react";
import type { NavCategory } from "@/features/categories/queries";
import type { SiteSettings } from "@/features/settings/schemas";
import { AccountMenu } from "@/features/users/components/account-menu";
import { FontSizeControl } from "@/components/layout/font-size-control";
import { MobileDrawer } from "@/components/layout/mobile-drawer";
import { NewsMenu, type MenuLink } from "@/components/layout/news-menu";
import { SearchForm } from "./search-form";
import { SocialLinks } from "./social-links";
import { ThemeToggle } from "@/components/layout/theme-toggle";

const PRIMARY: MenuLink[] = [
  { href: "/", label: "Home" },
  { href: "/news", label: "News" },
  { href: "/learn", label: "Learn" },
  { href: "/market", label: "Market" },
  { href: "/advertise", label: "Advertise" },
];

export function newsLinks(categories: NavCategory[]): MenuLink[] {
  return [
    { href: "/news", label: "All News" },
    ...categories.map((category) => ({ href: `/category/${category.slug}`, label: category.name })),
  ];
}

export function SiteHeader({
  settings,
  categories,
  ticker,
}: {
  settings: SiteSettings;
  categories: NavCategory[];
  /** The price strip, shown under the header's main row. */
  ticker?: ReactNode;
}) {
  const news = newsLinks(categories);
  return (
    <header className="border-b border-neutral-200 bg-white dark:border-neutral-800 dark:bg-neutral-950">
      <div className="bg-neutral-100 text-xs dark:bg-neutral-900">
        <nav aria-label="Utility" className="mx-auto flex max-w-7xl justify-end gap-4 px-4 py-1.5">
          <Link prefetch={false} href="/contact" className="hover:underline">
            Contact
          </Link>
          <Link prefetch={false} href="/market" className="hover:underline">
            Market cap
          </Link>
          <Link prefetch={false} href="/news" className="hover:underline">
            Blog
          </Link>
        </nav>
      </div>
      <div className="mx-auto flex max-w-7xl items-center gap-4 px-4 py-3">
        <Link
          prefetch={false}
          href="/"
          className="flex items-center gap-2 text-2xl font-extrabold tracking-tight"
        >
          <span
            aria-hidden="true"
            className="grid size-8 place-items-center rounded-md bg-brand-700 text-sm text-white"
          >
            CM
          </span>
          {settings.siteName}
        </Link>
        <nav aria-label="Primary" className="ml-4 hidden items-center gap-1 lg:flex">
          <Link prefetch={false} href="/" className="nav-link">
            Home
          </Link>
          <NewsMenu label="News" links={news} />
          <Link prefetch={false} href="/learn" className="nav-link">
            Learn
          </Link>
          <Link prefetch={false} href="/market" className="nav-link">
            Market
          </Link>
          <Link prefetch={false} href="/advertise" className="nav-link">
            Advertise
          </Link>
        </nav>
        <div className="ml-auto flex items-center gap-2">
          <SearchForm
            label="Site"
            inputId="site-search"
            className="hidden md:block"
            compact
            placeholder="Search…"
          />
          <FontSizeControl />
          <ThemeToggle />
          <AccountMenu />
          <MobileDrawer
            primary={PRIMARY}
            news={news}
            footer={
              <>
                <p className="rounded-md bg-neutral-100 p-3 text-sm dark:bg-neutral-800">
                  Have an existing account?{" "}
                  <Link
                    prefetch={false}
                    href="/signin"
                    className="font-semibold text-brand-700 underline dark:text-blue-300"
                  >
                    Sign in
                  </Link>
                </p>
                <div>
                  <p className="mb-2 text-sm font-semibold">Follow Us</p>
                  <SocialLinks socials={settings.socials} />
                </div>
              </>
            }
          />
        </div>
      </div>
      {ticker}
    </header>
  );
}
