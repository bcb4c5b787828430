import { plainForm } from "@/lib/plain-form";
import { signOutAction, signOutEverywhereAction } from "../actions";

/**
 * The "Sign out" button (a plain form: it works without JavaScript), or with `everywhere` the
 * one that ends every session of the account.
 */
export function SignOutForm({ everywhere = false }: { everywhere?: boolean }) {
  return (
    <form action={plainForm(everywhere ? signOutEverywhereAction : signOutAction)}>
      {!everywhere && <input type="hidden" name="callbackUrl" value="/" />}
      <button type="submit" className="chrome-button px-3">
        {everywhere ? "Sign out everywhere" : "Sign out"}
      </button>
    </form>
  );
}
