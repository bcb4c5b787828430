"use client";

import { useActionState } from "react";
import { idleForm } from "@/lib/forms";
import { changePasswordAction, updateProfileAction } from "../actions";
import { PASSWORD_MIN } from "../rules";
import { Field, FormMessage } from "@/components/ui/form-parts";

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

export function ProfileForm({ profile }: { profile: ProfileValues }) {
  const [state, action, pending] = useActionState(updateProfileAction, idleForm);
  const bioError = state.fieldErrors?.bio;
  return (
    <form action={action} className="flex flex-col gap-4" noValidate>
      <FormMessage state={state} />
      <Field
        label="Display name"
        name="name"
        state={state}
        defaultValue={profile.name}
        required
        maxLength={60}
      />
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
        <Field label="X (Twitter)" name="x" type="url" state={state} defaultValue={profile.x} />
        <Field
          label="LinkedIn"
          name="linkedin"
          type="url"
          state={state}
          defaultValue={profile.linkedin}
        />
        <Field
          label="Telegram"
          name="telegram"
          type="url"
          state={state}
          defaultValue={profile.telegram}
        />
        <Field
          label="YouTube"
          name="youtube"
          type="url"
          state={state}
          defaultValue={profile.youtube}
        />
        <Field
          label="Website"
          name="website"
          type="url"
          state={state}
          defaultValue={profile.website}
        />
      </fieldset>
      <button type="submit" className="primary-button self-start" disabled={pending}>
        {pending ? "Saving…" : "Save profile"}
      </button>
    </form>
  );
}

export function ChangePasswordForm() {
  const [state, action, pending] = useActionState(changePasswordAction, idleForm);
  return (
    <form action={action} className="flex flex-col gap-4" noValidate>
      <FormMessage state={state} />
      <Field
        label="Current password"
        name="currentPassword"
        type="password"
        state={state}
        autoComplete="current-password"
        required
      />
      <Field
        label="New password"
        name="newPassword"
        type="password"
        state={state}
        hint={`At least ${PASSWORD_MIN} characters, and not your username or email.`}
        autoComplete="new-password"
        required
      />
      <button type="submit" className="primary-button self-start" disabled={pending}>
        {pending ? "Saving…" : "Change password"}
      </button>
    </form>
  );
}
