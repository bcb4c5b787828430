"use client";

import { type FieldSpec, SpecFields, StatefulForm } from "@/components/ui/action-forms";
import { saveSettingsAction } from "../actions";

/** The current settings as the form's fields (flat, strings). */
export type SettingsFormValues = Record<
  | "siteName"
  | "tagline"
  | "description"
  | "aboutText"
  | "copyright"
  | "timeZone"
  | "socialX"
  | "socialYoutube"
  | "socialTelegram"
  | "socialLinkedin"
  | "followBlurb"
  | "leadArticleSlug"
  | "adLabel"
  | "adHeadline"
  | "adHref"
  | "adImageId"
  | "adImageUrl"
  | "adImageAlt",
  string
>;

type Name = keyof SettingsFormValues;
type Options = FieldSpec["options"];

const social = (name: Name, label: string): FieldSpec & { name: Name } => ({
  name,
  label: `${label} address`,
  type: "url",
});

/** The form's fieldsets and their fields; the time zones and library images are the choices. */
function settingsFieldsets(
  timeZones: Options,
  images: Options,
): { legend: string; fields: (FieldSpec & { name: Name })[] }[] {
  return [
    {
      legend: "Site",
      fields: [
        { name: "siteName", label: "Site name", required: true, maxLength: 80 },
        { name: "tagline", label: "Tagline", maxLength: 160 },
        {
          name: "description",
          label: "Description",
          as: "textarea",
          rows: 2,
          maxLength: 300,
          hint: "The home page's description for search engines and link previews.",
        },
        {
          name: "aboutText",
          label: "About text",
          as: "textarea",
          rows: 3,
          maxLength: 1000,
          hint: "Shown in the footer of every page.",
        },
        {
          name: "copyright",
          label: "Copyright line",
          maxLength: 200,
          hint: "{year} is replaced with the current year.",
        },
        {
          name: "timeZone",
          label: "Time zone",
          as: "select",
          options: timeZones,
          hint: "Dates on the site and scheduling times in the admin use this zone.",
        },
      ],
    },
    {
      legend: "Follow us",
      fields: [
        social("socialX", "X (Twitter)"),
        social("socialYoutube", "YouTube"),
        social("socialTelegram", "Telegram"),
        social("socialLinkedin", "LinkedIn"),
        {
          name: "followBlurb",
          label: "Follow blurb",
          as: "textarea",
          rows: 2,
          maxLength: 300,
          hint: "The line under “Follow Us on Socials” in the sidebar.",
        },
      ],
    },
    {
      legend: "Home page",
      fields: [
        {
          name: "leadArticleSlug",
          label: "Lead article slug",
          maxLength: 200,
          hint: "A published article to lead the home page; leave empty for the newest.",
        },
      ],
    },
    {
      legend: "Ad slot",
      fields: [
        {
          name: "adLabel",
          label: "Label",
          required: true,
          maxLength: 40,
          hint: "Shown above the ad, e.g. Advertisement.",
        },
        { name: "adHeadline", label: "Headline", maxLength: 200 },
        {
          name: "adHref",
          label: "Link",
          required: true,
          maxLength: 500,
          hint: "A path on this site (/advertise) or an http(s) address.",
        },
        { name: "adImageId", label: "Image from the media library", as: "select", options: images },
        {
          name: "adImageUrl",
          label: "Or image address",
          maxLength: 500,
          hint: "A path under /media/ or /images/ on this site.",
        },
        {
          name: "adImageAlt",
          label: "Image description (alt text)",
          maxLength: 200,
          hint: "Needed for a typed address; a library image uses its own description when this is empty.",
        },
      ],
    },
  ];
}

export function SettingsForm({
  values,
  timeZones,
  media,
}: {
  values: SettingsFormValues;
  timeZones: string[];
  media: { id: number; alt: string; path: string }[];
}) {
  const fieldsets = settingsFieldsets(
    timeZones.map((zone) => ({ value: zone, label: zone.replace(/_/g, " ") })),
    [
      { value: "", label: "No image from the library" },
      ...media.map((item) => ({
        value: String(item.id),
        label: `#${item.id} ${item.alt}`.slice(0, 100),
      })),
    ],
  );
  return (
    <StatefulForm action={saveSettingsAction} submitLabel="Save settings">
      {(state) =>
        fieldsets.map(({ legend, fields }) => (
          <fieldset
            key={legend}
            className="flex flex-col gap-4 rounded border border-neutral-200 p-4 dark:border-neutral-800"
          >
            <legend className="px-1 text-lg font-bold">{legend}</legend>
            <SpecFields fields={fields} state={state} values={values} />
          </fieldset>
        ))
      }
    </StatefulForm>
  );
}
