"use client";

import { Select, StatefulForm, TextArea } from "@/components/ui/action-forms";
import { Field } from "@/components/ui/form-parts";
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

const fieldset =
  "flex flex-col gap-4 rounded border border-neutral-200 p-4 dark:border-neutral-800";
const legend = "px-1 text-lg font-bold";

export function SettingsForm({
  values,
  timeZones,
  media,
}: {
  values: SettingsFormValues;
  timeZones: string[];
  media: { id: number; alt: string; path: string }[];
}) {
  return (
    <StatefulForm action={saveSettingsAction} submitLabel="Save settings">
      {(state) => (
        <>
          <fieldset className={fieldset}>
            <legend className={legend}>Site</legend>
            <Field
              label="Site name"
              name="siteName"
              state={state}
              defaultValue={values.siteName}
              required
              maxLength={80}
            />
            <Field
              label="Tagline"
              name="tagline"
              state={state}
              defaultValue={values.tagline}
              maxLength={160}
            />
            <TextArea
              label="Description"
              name="description"
              state={state}
              defaultValue={values.description}
              rows={2}
              maxLength={300}
              hint="The home page's description for search engines and link previews."
            />
            <TextArea
              label="About text"
              name="aboutText"
              state={state}
              defaultValue={values.aboutText}
              rows={3}
              maxLength={1000}
              hint="Shown in the footer of every page."
            />
            <Field
              label="Copyright line"
              name="copyright"
              state={state}
              defaultValue={values.copyright}
              maxLength={200}
              hint="{year} is replaced with the current year."
            />
            <Select
              label="Time zone"
              name="timeZone"
              state={state}
              defaultValue={values.timeZone}
              options={timeZones.map((zone) => ({ value: zone, label: zone.replace(/_/g, " ") }))}
              hint="Dates on the site and scheduling times in the admin use this zone."
            />
          </fieldset>
          <fieldset className={fieldset}>
            <legend className={legend}>Follow us</legend>
            <Field
              label="X (Twitter) address"
              name="socialX"
              type="url"
              state={state}
              defaultValue={values.socialX}
            />
            <Field
              label="YouTube address"
              name="socialYoutube"
              type="url"
              state={state}
              defaultValue={values.socialYoutube}
            />
            <Field
              label="Telegram address"
              name="socialTelegram"
              type="url"
              state={state}
              defaultValue={values.socialTelegram}
            />
            <Field
              label="LinkedIn address"
              name="socialLinkedin"
              type="url"
              state={state}
              defaultValue={values.socialLinkedin}
            />
            <TextArea
              label="Follow blurb"
              name="followBlurb"
              state={state}
              defaultValue={values.followBlurb}
              rows={2}
              maxLength={300}
              hint="The line under “Follow Us on Socials” in the sidebar."
            />
          </fieldset>
          <fieldset className={fieldset}>
            <legend className={legend}>Home page</legend>
            <Field
              label="Lead article slug"
              name="leadArticleSlug"
              state={state}
              defaultValue={values.leadArticleSlug}
              maxLength={200}
              hint="A published article to lead the home page; leave empty for the newest."
            />
          </fieldset>
          <fieldset className={fieldset}>
            <legend className={legend}>Ad slot</legend>
            <Field
              label="Label"
              name="adLabel"
              state={state}
              defaultValue={values.adLabel}
              required
              maxLength={40}
              hint="Shown above the ad, e.g. Advertisement."
            />
            <Field
              label="Headline"
              name="adHeadline"
              state={state}
              defaultValue={values.adHeadline}
              maxLength={200}
            />
            <Field
              label="Link"
              name="adHref"
              state={state}
              defaultValue={values.adHref}
              required
              maxLength={500}
              hint="A path on this site (/advertise) or an http(s) address."
            />
            <Select
              label="Image from the media library"
              name="adImageId"
              state={state}
              defaultValue={values.adImageId}
              options={[
                { value: "", label: "No image from the library" },
                ...media.map((item) => ({
                  value: String(item.id),
                  label: `#${item.id} ${item.alt}`.slice(0, 100),
                })),
              ]}
            />
            <Field
              label="Or image address"
              name="adImageUrl"
              state={state}
              defaultValue={values.adImageUrl}
              maxLength={500}
              hint="A path under /media/ or /images/ on this site."
            />
            <Field
              label="Image description (alt text)"
              name="adImageAlt"
              state={state}
              defaultValue={values.adImageAlt}
              maxLength={200}
              hint="Needed for a typed address; a library image uses its own description when this is empty."
            />
          </fieldset>
        </>
      )}
    </StatefulForm>
  );
}
