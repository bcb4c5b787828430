import type { Metadata } from "next";
import { AdminPage } from "@/components/ui/admin-list";
import { mediaChoices } from "@/features/settings/admin-queries";
import { SettingsForm } from "@/features/settings/components/settings-form";
import { readSiteSettings } from "@/features/settings/queries";
import { requirePagePermission } from "@/lib/admin-guard";

export const metadata: Metadata = { title: "Settings" };

/** Every zone the runtime knows, plus the current one (and UTC) if the list leaves them out. */
function timeZoneList(current: string): string[] {
  const zones = new Set(Intl.supportedValuesOf("timeZone"));
  zones.add("UTC");
  zones.add(current);
  return [...zones].sort();
}

export default async function AdminSettingsPage() {
  await requirePagePermission("settings.manage");
  // Straight from the database, not the public cache: the admin edits what is stored.
  const [settings, media] = await Promise.all([readSiteSettings(), mediaChoices()]);
  return (
    <AdminPage title="Settings" wide={false}>
      <SettingsForm
        timeZones={timeZoneList(settings.timeZone)}
        media={media}
        values={{
          siteName: settings.siteName,
          tagline: settings.tagline,
          description: settings.description,
          aboutText: settings.aboutText,
          copyright: settings.copyright,
          timeZone: settings.timeZone,
          socialX: settings.socials.x ?? "",
          socialYoutube: settings.socials.youtube ?? "",
          socialTelegram: settings.socials.telegram ?? "",
          socialLinkedin: settings.socials.linkedin ?? "",
          followBlurb: settings.followBlurb,
          leadArticleSlug: settings.leadArticleSlug ?? "",
          adLabel: settings.ad.label,
          adHeadline: settings.ad.headline,
          adHref: settings.ad.href,
          adImageId: settings.ad.imageId ? String(settings.ad.imageId) : "",
          adImageUrl: settings.ad.imageId ? "" : (settings.ad.imageUrl ?? ""),
          adImageAlt: settings.ad.imageAlt,
        }}
      />
    </AdminPage>
  );
}
