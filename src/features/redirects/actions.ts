"use server";

import { formAction } from "@/lib/action-chain";
import { cacheTags } from "@/lib/cache-tags";
import { createRedirect, deleteRedirect, FROM_PATH_TAKEN, updateRedirect } from "./mutations";
import { tagsForRedirectPath } from "./rules";
import { createRedirectSchema, deleteRedirectSchema, updateRedirectSchema } from "./schemas";

// Redirect admin on the action chain (src/lib/action-chain.ts): validate (shape, then the
// database: the article, live URLs, loops) → authorize → save with an audit entry (mutations.ts)
// → the proxy and the article pages see it on the next request.

/** What every redirect action shares: who may call it, and what a taken from-path says. */
const redirectAdmin = { access: "redirect.manage", unique: { fromPath: FROM_PATH_TAKEN } } as const;

/** The redirect list, and the cached pages at the paths that start or stop redirecting. */
const expiring = (paths: string[]) => [cacheTags.redirects, ...paths.flatMap(tagsForRedirectPath)];

/** The typed values shown again (the kind of target and 301 unless another was chosen). */
function keep(fields: Record<string, string>) {
  return {
    fromPath: fields.fromPath ?? "",
    targetKind: fields.targetKind === "article" ? "article" : "path",
    articleSlug: fields.articleSlug ?? "",
    toPath: fields.toPath ?? "",
    statusCode: fields.statusCode ?? "301",
  };
}

export const createRedirectAction = formAction({
  ...redirectAdmin,
  name: "redirect.create",
  schema: createRedirectSchema,
  keep,
  run: async (input, ctx) => {
    ctx.expire(expiring(await createRedirect(input, ctx.audit)));
    return { message: `Redirect from ${input.fromPath} added.` };
  },
});

export const updateRedirectAction = formAction({
  ...redirectAdmin,
  name: "redirect.update",
  schema: updateRedirectSchema,
  keep,
  run: async ({ id, ...input }, ctx) => {
    ctx.expire(expiring(await updateRedirect(id, input, ctx.audit)));
    return { message: "Redirect saved." };
  },
});

export const deleteRedirectAction = formAction({
  ...redirectAdmin,
  name: "redirect.delete",
  schema: deleteRedirectSchema,
  invalid: "Choose a redirect to delete.",
  run: async ({ id }, ctx) => {
    ctx.expire(expiring(await deleteRedirect(id, ctx.audit)));
    return { message: "Redirect deleted." };
  },
});
