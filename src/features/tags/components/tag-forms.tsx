"use client";

import { ButtonForm, StatefulForm, TextArea } from "@/components/ui/action-forms";
import { Field } from "@/components/ui/form-parts";
import { createTagAction, deleteTagAction, mergeTagsAction, updateTagAction } from "../actions";

export interface TagFormValues {
  id: number;
  name: string;
  slug: string;
  description: string;
}

export function CreateTagForm() {
  return (
    <StatefulForm action={createTagAction} submitLabel="Create tag" resetOnSuccess>
      {(state) => (
        <>
          <Field
            label="Name"
            name="name"
            state={state}
            idPrefix="new-tag-"
            required
            maxLength={60}
          />
          <Field
            label="Slug"
            name="slug"
            state={state}
            idPrefix="new-tag-"
            maxLength={80}
            hint="The URL is /tag/<slug>. Leave empty to make one from the name."
          />
        </>
      )}
    </StatefulForm>
  );
}

export function EditTagForm({ tag }: { tag: TagFormValues }) {
  const prefix = `tag-${tag.id}-`;
  return (
    <StatefulForm action={updateTagAction} submitLabel="Save tag">
      {(state) => (
        <>
          <input type="hidden" name="id" value={tag.id} />
          <Field
            label="Name"
            name="name"
            state={state}
            idPrefix={prefix}
            defaultValue={tag.name}
            required
            maxLength={60}
          />
          <Field
            label="Slug"
            name="slug"
            state={state}
            idPrefix={prefix}
            defaultValue={tag.slug}
            maxLength={80}
            hint="Changing it moves the tag page; the old URL answers with a 301 redirect."
          />
          <TextArea
            label="Description"
            name="description"
            state={state}
            idPrefix={prefix}
            defaultValue={tag.description}
            rows={2}
            maxLength={300}
          />
        </>
      )}
    </StatefulForm>
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
    <ButtonForm
      action={deleteTagAction}
      fields={{ id: tag.id }}
      label="Delete"
      accessibleLabel={`Delete ${tag.name}`}
      confirm={`Delete the tag “${tag.name}”? Articles keep their other tags.`}
      danger
    />
  );
}
