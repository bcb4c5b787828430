"use client";

import { useActionState } from "react";
import { Field, FormMessage } from "@/components/ui/form-parts";
import { idleForm } from "@/lib/forms";
import { deleteMediaAction, updateMediaAction, uploadMediaAction } from "../actions";
import { ACCEPTED_TYPES, ACCEPTED_TYPES_TEXT, ALT_MAX, CAPTION_MAX } from "../rules";

export function UploadForm({ maxText }: { maxText: string }) {
  const [state, action, pending] = useActionState(uploadMediaAction, idleForm);
  return (
    <form action={action} className="flex flex-col gap-4" noValidate>
      <FormMessage state={state} />
      <Field
        label="Image file"
        name="file"
        type="file"
        state={state}
        accept={ACCEPTED_TYPES.join(",")}
        hint={`${ACCEPTED_TYPES_TEXT}, at most ${maxText}. Resized for phones and wide screens.`}
        required
      />
      <Field
        label="Alt text"
        name="alt"
        state={state}
        maxLength={ALT_MAX}
        hint="What the image shows, for people who cannot see it. Required."
        required
      />
      <Field label="Caption (optional)" name="caption" state={state} maxLength={CAPTION_MAX} />
      <div>
        <button type="submit" className="primary-button" disabled={pending}>
          {pending ? "Uploading…" : "Upload image"}
        </button>
      </div>
    </form>
  );
}

export function EditMediaForm({
  mediaId,
  alt,
  caption,
}: {
  mediaId: number;
  alt: string;
  caption: string;
}) {
  const [state, action, pending] = useActionState(updateMediaAction, idleForm);
  return (
    <form action={action} className="flex flex-col gap-2" noValidate>
      <input type="hidden" name="mediaId" value={mediaId} />
      <FormMessage state={state} />
      <Field
        label="Alt text"
        name="alt"
        idPrefix={`media-${mediaId}-`}
        state={state}
        defaultValue={alt}
        maxLength={ALT_MAX}
        required
      />
      <Field
        label="Caption"
        name="caption"
        idPrefix={`media-${mediaId}-`}
        state={state}
        defaultValue={caption}
        maxLength={CAPTION_MAX}
      />
      <div>
        <button type="submit" className="chrome-button px-3 font-semibold" disabled={pending}>
          {pending ? "Saving…" : "Save"}
        </button>
      </div>
    </form>
  );
}

export function DeleteMediaForm({ mediaId, alt }: { mediaId: number; alt: string }) {
  const [state, action, pending] = useActionState(deleteMediaAction, idleForm);
  return (
    <form action={action} className="flex flex-col gap-2">
      <input type="hidden" name="mediaId" value={mediaId} />
      <FormMessage state={state} />
      <div>
        <button
          type="submit"
          className="chrome-button px-3 text-red-700 dark:text-red-300"
          disabled={pending}
          aria-label={`Delete image “${alt}”`}
        >
          {pending ? "Deleting…" : "Delete"}
        </button>
      </div>
    </form>
  );
}
