"use client";

import { useState } from "react";
import {
  DeleteButton,
  type FieldSpec,
  SpecFields,
  StatefulForm,
} from "@/components/ui/action-forms";
import type { FormState } from "@/lib/forms";
import { createRedirectAction, deleteRedirectAction, updateRedirectAction } from "../actions";

export interface RedirectFormValues {
  id?: number;
  fromPath: string;
  targetKind: "article" | "path";
  articleSlug: string;
  toPath: string;
  statusCode: string;
}

const STATUS_OPTIONS = [
  { value: "301", label: "301 Moved permanently" },
  { value: "308", label: "308 Permanent (keeps the method)" },
  { value: "302", label: "302 Found (temporary)" },
];

const FROM: FieldSpec[] = [
  {
    name: "fromPath",
    label: "From path",
    required: true,
    maxLength: 500,
    hint: "The old URL's path on this site, starting with “/”, e.g. /category/old-name.",
  },
];

const TARGET: FieldSpec[] = [
  {
    name: "toPath",
    label: "Target path",
    maxLength: 500,
    hint: "Used when it goes to a fixed path, e.g. /category/bitcoin.",
  },
  {
    name: "articleSlug",
    label: "Article slug",
    maxLength: 200,
    hint: "Used when it goes to an article: it always leads to the article's current URL.",
  },
  { name: "statusCode", label: "Status code", as: "select", options: STATUS_OPTIONS },
];

function RedirectFields({ state, initial }: { state: FormState; initial: RedirectFormValues }) {
  const prefix = initial.id ? `redirect-${initial.id}-` : "new-redirect-";
  const [kind, setKind] = useState(state.values?.targetKind ?? initial.targetKind);
  const values = { ...initial, id: String(initial.id ?? "") };
  return (
    <>
      {initial.id && <input type="hidden" name="id" value={initial.id} />}
      <SpecFields fields={FROM} state={state} idPrefix={prefix} values={values} />
      <fieldset>
        <legend className="form-label">Goes to</legend>
        <div className="mt-1 flex flex-wrap gap-4 text-sm">
          {(["path", "article"] as const).map((option) => (
            <label key={option} className="inline-flex items-center gap-2">
              <input
                type="radio"
                name="targetKind"
                value={option}
                checked={kind === option}
                onChange={() => setKind(option)}
              />
              {option === "path" ? "A fixed path" : "An article (follows its slug)"}
            </label>
          ))}
        </div>
      </fieldset>
      <SpecFields fields={TARGET} state={state} idPrefix={prefix} values={values} />
    </>
  );
}

export function CreateRedirectForm() {
  return (
    <StatefulForm action={createRedirectAction} submitLabel="Add redirect" resetOnSuccess>
      {(state) => (
        <RedirectFields
          state={state}
          initial={{
            fromPath: "",
            targetKind: "path",
            articleSlug: "",
            toPath: "",
            statusCode: "301",
          }}
        />
      )}
    </StatefulForm>
  );
}

export function EditRedirectForm({ redirect }: { redirect: RedirectFormValues }) {
  return (
    <StatefulForm action={updateRedirectAction} submitLabel="Save redirect">
      {(state) => <RedirectFields state={state} initial={redirect} />}
    </StatefulForm>
  );
}

export function DeleteRedirectButton({ redirect }: { redirect: { id: number; fromPath: string } }) {
  return (
    <DeleteButton
      action={deleteRedirectAction}
      id={redirect.id}
      what={`the redirect from ${redirect.fromPath}`}
      confirm={`Delete the redirect from ${redirect.fromPath}?`}
    />
  );
}
