"use client";

import {
  type FieldSpec,
  type FormAction,
  SpecFields,
  StatefulForm,
} from "@/components/ui/action-forms";

// The create and edit forms of the admin's named things with a URL slug (categories, tags):
// name, slug and (optionally) description, the same limits everywhere.

export interface SlugEntity {
  id: number;
  name: string;
  slug: string;
  description: string;
}

/**
 * A create form (no `entity`: starts empty again after success) or an edit form (`entity`: its
 * id travels as a hidden field, its values fill the fields).
 */
export function SlugEntityForm({
  action,
  submitLabel,
  idPrefix,
  entity,
  slugHint,
  withDescription = true,
}: {
  action: FormAction;
  submitLabel: string;
  /** Keeps the ids of several forms on one page apart ("new-", "tag-12-"). */
  idPrefix: string;
  entity?: SlugEntity;
  slugHint: string;
  withDescription?: boolean;
}) {
  const fields: FieldSpec[] = [
    { name: "name", label: "Name", required: true, maxLength: 60 },
    { name: "slug", label: "Slug", maxLength: 80, hint: slugHint },
    ...(withDescription
      ? [
          {
            name: "description",
            label: "Description",
            as: "textarea",
            rows: 2,
            maxLength: 300,
          } as const,
        ]
      : []),
  ];
  return (
    <StatefulForm action={action} submitLabel={submitLabel} resetOnSuccess={!entity}>
      {(state) => (
        <>
          {entity && <input type="hidden" name="id" value={entity.id} />}
          <SpecFields
            fields={fields}
            state={state}
            idPrefix={idPrefix}
            values={entity ? { ...entity, id: String(entity.id) } : {}}
          />
        </>
      )}
    </StatefulForm>
  );
}
