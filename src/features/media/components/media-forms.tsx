"use client";

import { useActionState } from "react";
import { type FieldSpec, SpecFields, StatefulForm } from "@/components/ui/action-forms";
import { FormMessage } from "@/components/ui/form-parts";
import { idleForm } from "@/lib/forms";
import { deleteMediaAction, updateMediaAction, uploadMediaAction } from "../actions";
import { ACCEPTED_TYPES, ACCEPTED_TYPES_TEXT, ALT_MAX, CAPTION_MAX } from "../rules";

const altHint = "What the image shows, for people who cannot see it. Required.";

export function UploadForm({ maxText }: { maxText: string }) {
  const fields: FieldSpec[] = [
    {
      name: "file",
      label: "Image file",
      type: "file",
      accept: ACCEPTED_TYPES.join(","),
      hint: `${ACCEPTED_TYPES_TEXT}, at most ${maxText}. Resized for phones and wide screens.`,
      required: true,
    },
    { name: "alt", label: "Alt text", maxLength: ALT_MAX, hint: altHint, required: true },
    { name: "caption", label: "Caption (optional)", maxLength: CAPTION_MAX },
  ];
  return (
    <StatefulForm action={uploadMediaAction} submitLabel="Upload image" pendingLabel="Uploading…">
      {(state) => <SpecFields fields={fields} state={state} />}
    </StatefulForm>
  );
}

const EDIT_FIELDS: FieldSpec[] = [
  { name: "alt", label: "Alt text", maxLength: ALT_MAX, required: true },
  { name: "caption", label: "Caption", maxLength: CAPTION_MAX },
];

export function EditMediaForm({
  mediaId,
  alt,
  caption,
}: {
  mediaId: number;
  alt: string;
  caption: string;
}) {
  return (
    <StatefulForm
      action={updateMediaAction}
      submitLabel="Save"
      className="flex flex-col gap-2"
      submitClassName="chrome-button px-3 font-semibold"
    >
      {(state) => (
        <>
          <input type="hidden" name="mediaId" value={mediaId} />
          <SpecFields
            fields={EDIT_FIELDS}
            state={state}
            idPrefix={`media-${mediaId}-`}
            values={{ alt, caption }}
          />
        </>
      )}
    </StatefulForm>
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
