"use server";

import { formAction } from "@/lib/action-chain";
import { cacheTags } from "@/lib/cache-tags";
import { NEEDS_A_LOOK, saveSettings } from "./mutations";
import { settingsFormSchema } from "./schemas";

// Site settings on the action chain (src/lib/action-chain.ts): validate the whole form (nothing
// is stored unless all of it is valid) → authorize → resolve the ad image and write every key in
// one transaction with an audit entry (mutations.ts) → expire `site`, the tag of every page's
// chrome (header, footer, sidebar, dates in the site's time zone): no cached read's data depends
// on settings, so that tag is exactly what changes.

export const saveSettingsAction = formAction({
  name: "settings.update",
  access: "settings.manage",
  schema: settingsFormSchema,
  invalid: NEEDS_A_LOOK,
  run: async (input, ctx) => {
    await saveSettings(input, ctx.audit);
    ctx.expire([cacheTags.site]);
    return { message: "Settings saved. Every page shows them on its next request." };
  },
});
