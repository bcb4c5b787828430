import type { SiteSettings } from "@/features/settings/schemas";

const NETWORKS = [
  { key: "x", label: "X (Twitter)" },
  { key: "youtube", label: "YouTube" },
  { key: "telegram", label: "Telegram" },
  { key: "linkedin", label: "LinkedIn" },
] as const;

export function SocialLinks({
  socials,
  className = "",
}: {
  socials: SiteSettings["socials"];
  className?: string;
}) {
  const present = NETWORKS.filter((network) => socials[network.key]);
  if (present.length === 0) return null;
  return (
    <ul className={`flex flex-wrap gap-2 ${className}`}>
      {present.map((network) => (
        <li key={network.key}>
          <a
            href={socials[network.key]}
            rel="noopener noreferrer me"
            className="inline-block rounded-full border border-current/30 px-3 py-1 text-sm hover:bg-neutral-100 dark:hover:bg-neutral-800"
          >
            {network.label}
          </a>
        </li>
      ))}
    </ul>
  );
}
