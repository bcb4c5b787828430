import type { ActionResult } from "./action-chain";

/**
 * A chain-built action that takes the submitted FormData (a `typedAction` whose schema is
 * `z.instanceof(FormData)`), for a plain <form action={…}> of a server component. Such forms
 * answer by redirecting; React types a form's action as answering nothing, the chain's actions
 * answer a result, which a plain form ignores.
 */
export function plainForm(
  action: (formData: FormData) => Promise<ActionResult<unknown>>,
): (formData: FormData) => Promise<void> {
  return action as unknown as (formData: FormData) => Promise<void>;
}
