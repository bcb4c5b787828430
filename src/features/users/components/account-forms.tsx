"use client";

import { ActionForm, FieldList, PasswordField } from "@/components/ui/form-kit";
import { Field } from "@/components/ui/form-parts";
import { changePasswordAction, updateProfileAction } from "../actions";
import { DisplayNameField, NewPasswordField } from "./account-fields";

export interface ProfileValues {
  name: string;
  bio: string;
  avatarUrl: string;
  x: string;
  linkedin: string;
  telegram: string;
  youtube: string;
  website: string;
}

/** The profile's links, in the order the form asks for them. */
const SOCIAL_LINK_LABELS = {
  x: "X (Twitter)",
  linkedin: "LinkedIn",
  telegram: "Telegram",
  youtube: "YouTube",
  website: "Website",
} satisfies Partial<Record<keyof ProfileValues, string>>;

export function ProfileForm({ profile }: { profile: ProfileValues }) {
  return (
    <ActionForm
      action={updateProfileAction}
      submitLabel="Save profile"
      pendingLabel="Saving…"
      submitClassName="primary-button self-start"
    >
      {(state) => {
        const bioError = state.fieldErrors?.bio;
        return (
          <>
            <DisplayNameField state={state} defaultValue={profile.name} />
            <div>
              <label htmlFor="bio" className="form-label">
                Bio
              </label>
              <textarea
                id="bio"
                name="bio"
                rows={4}
                maxLength={500}
                key={state.values?.bio ?? profile.bio}
                defaultValue={state.values?.bio ?? profile.bio}
                aria-invalid={bioError ? true : undefined}
                className="form-input"
              />
              {bioError && <p className="form-error">{bioError}</p>}
            </div>
            <Field
              label="Avatar image URL"
              name="avatarUrl"
              type="url"
              state={state}
              defaultValue={profile.avatarUrl}
              hint="A link to a square image, https://…"
            />
            <fieldset className="flex flex-col gap-3">
              <legend className="form-label">Social links</legend>
              <FieldList labels={SOCIAL_LINK_LABELS} type="url" state={state} values={profile} />
            </fieldset>
          </>
        );
      }}
    </ActionForm>
  );
}

export function ChangePasswordForm() {
  return (
    <ActionForm
      action={changePasswordAction}
      submitLabel="Change password"
      pendingLabel="Saving…"
      submitClassName="primary-button self-start"
    >
      {(state) => (
        <>
          <PasswordField
            kind="current"
            label="Current password"
            name="currentPassword"
            state={state}
          />
          <NewPasswordField name="newPassword" state={state} />
        </>
      )}
    </ActionForm>
  );
}
