"use client";

import { DeleteButton, StatefulForm } from "@/components/ui/action-forms";
import { type SlugEntity, SlugEntityForm } from "@/components/ui/slug-entity-form";
import { Field } from "@/components/ui/form-parts";
import { createTagAction, deleteTagAction, mergeTagsAction, updateTagAction } from "../actions";

export type TagFormValues = SlugEntity;

export function CreateTagForm() {
  return (
    <SlugEntityForm
      action={createTagAction}
      submitLabel="Create tag"
      idPrefix="new-tag-"
      slugHint="The URL is /tag/<slug>. Leave empty to make one from the name."
      withDescription={false}
    />
  );
}

export function EditTagForm({ tag }: { tag: TagFormValues }) {
  return (
    <SlugEntityForm
      action={updateTagAction}
      submitLabel="Save tag"
      idPrefix={`tag-${tag.id}-`}
      entity={tag}
      slugHint="Changing it moves the tag page; the old URL answers with a 301 redirect."
    />
  );
}

export function MergeTagForm({ tag }: { tag: TagFormValues }) {
  return (
    <StatefulForm action={mergeTagsAction} submitLabel={`Merge ${tag.name}`}>
      {(state) => (
        <>
          <input type="hidden" name="sourceId" value={tag.id} />
          <Field
            label="Slug of the tag to keep"
            name="targetSlug"
            state={state}
            idPrefix={`merge-${tag.id}-`}
            required
            maxLength={80}
            hint={`Its articles get that tag instead, “${tag.name}” is deleted and /tag/${tag.slug} redirects to the kept tag.`}
          />
        </>
      )}
    </StatefulForm>
  );
}

export function DeleteTagButton({ tag }: { tag: { id: number; name: string } }) {
  return (
    <DeleteButton
      action={deleteTagAction}
      id={tag.id}
      what={tag.name}
      confirm={`Delete the tag “${tag.name}”? Articles keep their other tags.`}
    />
  );
}
