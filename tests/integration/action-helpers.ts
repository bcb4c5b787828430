// Small helpers for calling server actions and admin pages directly, shared by the integration
// files and the permission probes.
import type { FormState } from "@/lib/forms";

/** The state a form starts in (useActionState's first `previous`). */
export const idle: FormState = { status: "idle" };

/** FormData as a browser would send it; an array value becomes one entry per item. */
export function form(fields: Record<string, string | number | readonly string[]>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) {
    for (const item of Array.isArray(value) ? value : [value]) data.append(key, String(item));
  }
  return data;
}

/** Runs an action that answers by redirecting; returns where it sent the browser. */
export async function redirectTarget(action: () => Promise<unknown>): Promise<URL> {
  try {
    await action();
  } catch (error) {
    const match = error instanceof Error ? /^NEXT_REDIRECT (.+)$/.exec(error.message) : null;
    if (match) return new URL(match[1]!, "http://localhost");
    throw error;
  }
  throw new Error("the action did not redirect");
}

/**
 * Renders an admin page: "allowed" when it renders, "refused" when it answers 403 (forbidden())
 * or sends the visitor to the sign-in page.
 */
export async function pageOutcome(render: () => Promise<unknown>): Promise<"allowed" | "refused"> {
  try {
    return (await render()) ? "allowed" : "refused";
  } catch (error) {
    if (error instanceof Error && /^NEXT_(FORBIDDEN|REDIRECT \/signin)/.test(error.message)) {
      return "refused";
    }
    throw error;
  }
}
