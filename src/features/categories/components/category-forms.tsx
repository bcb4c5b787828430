"use client";

import { ButtonForm, DeleteButton } from "@/components/ui/action-forms";
import { type SlugEntity, SlugEntityForm } from "@/components/ui/slug-entity-form";
import {
  createCategoryAction,
  deleteCategoryAction,
  moveCategoryAction,
  updateCategoryAction,
} from "../actions";

export type CategoryFormValues = SlugEntity;

export function CreateCategoryForm() {
  return (
    <SlugEntityForm
      action={createCategoryAction}
      submitLabel="Create category"
      idPrefix="new-"
      slugHint="The URL is /category/<slug>. Leave empty to make one from the name."
    />
  );
}

export function EditCategoryForm({ category }: { category: CategoryFormValues }) {
  return (
    <SlugEntityForm
      action={updateCategoryAction}
      submitLabel="Save category"
      idPrefix={`category-${category.id}-`}
      entity={category}
      slugHint="Changing it moves the category page; the old URL answers with a 301 redirect. Article URLs do not change."
    />
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
    <DeleteButton
      action={deleteCategoryAction}
      id={category.id}
      what={category.name}
      confirm={`Delete the category “${category.name}”?`}
    />
  );
}
