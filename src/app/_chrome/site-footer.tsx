import Link from "next/link";
import type { NavCategory } from "@/features/categories/queries";
import type { SiteSettings } from "@/features/settings/schemas";
import { SocialLinks } from "./social-links";

const COMPANY_LINKS = [
  { href: "/about", label: "About Us" },
  { href: "/contact", label: "Contact Us" },
  { href: "/corrections", label: "Corrections" },
  { href: "/terms", label: "Terms and Conditions" },
  { href: "/disclaimer", label: "Disclaimer" },
  { href: "/privacy", label: "Privacy Policy" },
  { href: "/advertise", label: "Advertise with Us" },
];

export function SiteFooter({
  settings,
  categories,
}: {
  settings: SiteSettings;
  categories: NavCategory[];
}) {
  const year = new Date().getFullYear();
  return (
    <footer className="mt-16 border-t border-neutral-200 bg-neutral-50 text-sm dark:border-neutral-800 dark:bg-neutral-900">
      <div className="mx-auto grid max-w-7xl gap-8 px-4 py-10 md:grid-cols-3">
        <section aria-labelledby="footer-about">
          <h2 id="footer-about" className="mb-2 text-base font-bold">
            {settings.siteName}
          </h2>
          <p className="text-neutral-700 dark:text-neutral-300">{settings.aboutText}</p>
          <SocialLinks socials={settings.socials} className="mt-4" />
        </section>
        <FooterLinks id="footer-company" title="Company" links={COMPANY_LINKS} />
        <FooterLinks
          id="footer-quick"
          title="Quick Links"
          links={categories.map((category) => ({
            href: `/category/${category.slug}`,
            label: category.name,
          }))}
          listClassName="grid grid-cols-2 gap-1.5"
        />
      </div>
      <p className="border-t border-neutral-200 py-4 text-center text-xs text-neutral-600 dark:border-neutral-800 dark:text-neutral-400">
        {settings.copyright.replace("{year}", String(year))}
      </p>
    </footer>
  );
}

/** A headed column of links in the footer. */
function FooterLinks({
  id,
  title,
  links,
  listClassName = "flex flex-col gap-1.5",
}: {
  id: string;
  title: string;
  links: { href: string; label: string }[];
  listClassName?: string;
}) {
  return (
    <nav aria-labelledby={id}>
      <h2 id={id} className="mb-2 text-base font-bold">
        {title}
      </h2>
      <ul className={listClassName}>
        {links.map((link) => (
          <li key={link.href}>
            <Link prefetch={false} href={link.href} className="hover:underline">
              {link.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
