"use client";

import { Field } from "@/components/ui/form-parts";
import {
  createCategoryAction,
  deleteCategoryAction,
  moveCategoryAction,
  updateCategoryAction,
} from "../actions";
import { ButtonForm, StatefulForm, TextArea } from "@/components/ui/action-forms";

export interface CategoryFormValues {
  id: number;
  name: string;
  slug: string;
  description: string;
}

export function CreateCategoryForm() {
  return (
    <StatefulForm action={createCategoryAction} submitLabel="Create category" resetOnSuccess>
      {(state) => (
        <>
          <Field label="Name" name="name" state={state} idPrefix="new-" required maxLength={60} />
          <Field
            label="Slug"
            name="slug"
            state={state}
            idPrefix="new-"
            maxLength={80}
            hint="The URL is /category/<slug>. Leave empty to make one from the name."
          />
          <TextArea
            label="Description"
            name="description"
            state={state}
            idPrefix="new-"
            rows={2}
            maxLength={300}
          />
        </>
      )}
    </StatefulForm>
  );
}

export function EditCategoryForm({ category }: { category: CategoryFormValues }) {
  const prefix = `category-${category.id}-`;
  return (
    <StatefulForm action={updateCategoryAction} submitLabel="Save category">
      {(state) => (
        <>
          <input type="hidden" name="id" value={category.id} />
          <Field
            label="Name"
            name="name"
            state={state}
            idPrefix={prefix}
            defaultValue={category.name}
            required
            maxLength={60}
          />
          <Field
            label="Slug"
            name="slug"
            state={state}
            idPrefix={prefix}
            defaultValue={category.slug}
            maxLength={80}
            hint="Changing it moves the category page; the old URL answers with a 301 redirect. Article URLs do not change."
          />
          <TextArea
            label="Description"
            name="description"
            state={state}
            idPrefix={prefix}
            defaultValue={category.description}
            rows={2}
            maxLength={300}
          />
        </>
      )}
    </StatefulForm>
  );
}

export function CategoryOrderButtons({
  category,
  first,
  last,
}: {
  category: { id: number; name: string };
  first: boolean;
  last: boolean;
}) {
  return (
    <div className="flex flex-wrap items-start gap-2">
      {!first && (
        <ButtonForm
          action={moveCategoryAction}
          fields={{ id: category.id, direction: "up" }}
          label="↑ Up"
          accessibleLabel={`Move ${category.name} up`}
        />
      )}
      {!last && (
        <ButtonForm
          action={moveCategoryAction}
          fields={{ id: category.id, direction: "down" }}
          label="↓ Down"
          accessibleLabel={`Move ${category.name} down`}
        />
      )}
    </div>
  );
}

export function DeleteCategoryButton({ category }: { category: { id: number; name: string } }) {
  return (
    <ButtonForm
      action={deleteCategoryAction}
      fields={{ id: category.id }}
      label="Delete"
      accessibleLabel={`Delete ${category.name}`}
      confirm={`Delete the category “${category.name}”?`}
      danger
    />
  );
}
