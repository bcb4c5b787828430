"use client";

import { useActionState, useId } from "react";
import { Field, FormMessage } from "@/components/ui/form-parts";
import { type FormState, idleForm } from "@/lib/forms";
import { eventDescriptions, WEBHOOK_EVENTS } from "../events";

type Action<S extends FormState> = (previous: S, formData: FormData) => Promise<S>;

/** The signing secret, once: in a read-only field the admin can select and copy. */
function SecretBox({ secret, label }: { secret: string; label: string }) {
  const id = useId();
  return (
    <div className="rounded-md border border-amber-400 bg-amber-50 p-3 dark:border-amber-700 dark:bg-amber-950">
      <label htmlFor={id} className="form-label">
        {label}
      </label>
      <input
        id={id}
        readOnly
        value={secret}
        onFocus={(event) => event.currentTarget.select()}
        className="form-input font-mono text-sm"
      />
    </div>
  );
}

export function CreateWebhookForm({ action }: { action: Action<FormState> }) {
  const [state, formAction, pending] = useActionState(action, idleForm);
  const secret = state.values?.secret; // the new webhook's, shown once
  const eventsError = state.fieldErrors?.events;
  return (
    <div className="flex flex-col gap-4">
      <FormMessage state={state} />
      {secret && <SecretBox secret={secret} label="Signing secret (shown once)" />}
      {/* A new key after success empties the form for the next one. */}
      <form key={secret ?? "form"} action={formAction} className="flex flex-col gap-4" noValidate>
        <Field
          label="Receiver URL"
          name="url"
          type="url"
          state={state}
          required
          maxLength={2000}
          idPrefix="webhook-"
          hint="http:// or https:// address that accepts POST requests with a JSON body."
        />
        <Field
          label="Description (optional)"
          name="description"
          state={state}
          maxLength={200}
          idPrefix="webhook-"
        />
        <fieldset aria-describedby={eventsError ? "webhook-events-error" : undefined}>
          <legend className="form-label">Events</legend>
          <div className="mt-1 flex flex-col gap-1">
            {WEBHOOK_EVENTS.map((event) => (
              <label key={event} className="flex items-start gap-2 text-sm">
                <input
                  type="checkbox"
                  name="events"
                  value={event}
                  defaultChecked
                  aria-invalid={eventsError ? true : undefined}
                  className="mt-1"
                />
                <span>
                  <code className="font-semibold">{event}</code>: {eventDescriptions[event]}
                </span>
              </label>
            ))}
          </div>
          {eventsError && (
            <p id="webhook-events-error" className="form-error">
              {eventsError}
            </p>
          )}
        </fieldset>
        <button type="submit" className="primary-button self-start" disabled={pending}>
          {pending ? "Adding…" : "Add webhook"}
        </button>
      </form>
    </div>
  );
}

export function RevealSecret({
  action,
  webhookId,
}: {
  action: Action<FormState>;
  webhookId: number;
}) {
  const [state, formAction, pending] = useActionState(action, idleForm);
  const secret = state.values?.secret;
  if (secret) return <SecretBox secret={secret} label={`Secret of webhook ${webhookId}`} />;
  return (
    <form action={formAction} className="flex flex-col items-start gap-1">
      <input type="hidden" name="webhookId" value={webhookId} />
      <button type="submit" disabled={pending} className="chrome-button px-3 font-semibold">
        {pending ? "Revealing…" : "Reveal secret"}
      </button>
      {state.status === "error" && (
        <p role="alert" className="text-xs text-red-700 dark:text-red-300">
          {state.message}
        </p>
      )}
    </form>
  );
}
