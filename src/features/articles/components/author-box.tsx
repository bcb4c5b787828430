import Link from "next/link";
import type { ReactNode } from "react";
import { z } from "zod";

const socialsSchema = z
  .object({
    x: z.url().optional(),
    linkedin: z.url().optional(),
    telegram: z.url().optional(),
    youtube: z.url().optional(),
    website: z.url().optional(),
  })
  .catch({});

const LABELS: Record<string, string> = {
  x: "X",
  linkedin: "LinkedIn",
  telegram: "Telegram",
  youtube: "YouTube",
  website: "Website",
};

export function authorSocials(value: unknown): { label: string; href: string }[] {
  const socials = socialsSchema.parse(value);
  return Object.entries(socials).flatMap(([key, href]) =>
    href ? [{ label: LABELS[key] ?? key, href }] : [],
  );
}

export function initials(name: string): string {
  return name
    .split(/\s+/)
    .map((word) => word[0] ?? "")
    .join("")
    .slice(0, 2)
    .toUpperCase();
}

/** The round badge with the author's initials (there are no author photos). */
export function AuthorInitials({ name }: { name: string }) {
  return (
    <span
      aria-hidden="true"
      className="grid size-16 shrink-0 place-items-center rounded-full bg-brand-700 text-lg font-bold text-white"
    >
      {initials(name)}
    </span>
  );
}

/**
 * The author's profiles elsewhere, as a row of links; `children` adds items at the end. Nothing
 * when there is nothing to list.
 */
export function AuthorSocialLinks({
  socialLinks,
  className,
  prefix = "",
  children,
}: {
  socialLinks: unknown;
  className: string;
  /** Put before each network's name ("Follow on "). */
  prefix?: string;
  children?: ReactNode;
}) {
  const socials = authorSocials(socialLinks);
  if (socials.length === 0 && !children) return null;
  return (
    <ul className={className}>
      {socials.map((social) => (
        <li key={social.label}>
          <a
            href={social.href}
            rel="noopener noreferrer me"
            className="text-brand-700 hover:underline dark:text-blue-300"
          >
            {prefix}
            {social.label}
          </a>
        </li>
      ))}
      {children}
    </ul>
  );
}

export function AuthorBox({
  author,
}: {
  author: {
    username: string;
    name: string;
    bio: string | null;
    avatarUrl: string | null;
    socialLinks: unknown;
  };
}) {
  return (
    <section
      aria-label={`About ${author.name}`}
      className="my-8 flex gap-4 rounded-lg bg-neutral-100 p-5 dark:bg-neutral-900"
    >
      <AuthorInitials name={author.name} />
      <div className="min-w-0">
        <p className="text-lg font-bold">
          <Link href={`/author/${author.username}`} className="hover:underline">
            {author.name}
          </Link>
        </p>
        {author.bio && (
          <p className="mt-1 text-sm text-neutral-700 dark:text-neutral-300">{author.bio}</p>
        )}
        <AuthorSocialLinks
          socialLinks={author.socialLinks}
          className="mt-3 flex flex-wrap gap-3 text-sm font-semibold"
          prefix="Follow on "
        >
          <li>
            <Link
              href={`/author/${author.username}`}
              className="text-brand-700 hover:underline dark:text-blue-300"
            >
              All articles
            </Link>
          </li>
        </AuthorSocialLinks>
      </div>
    </section>
  );
}
