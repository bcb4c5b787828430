import "server-only";
import { ADMIN_ACTIONS, can } from "@/lib/permissions";
import { env } from "@/env";
import { getSiteSettings } from "@/features/settings/data";
import type { StaffUser } from "@/lib/admin-guard";
import { type EditorArticle, editorChoices, mediaById } from "./admin-queries";
import { type ArticleFields, BLANK_FIELDS } from "./schemas";

/** Everything the editor page hands the editor, for a new article (null) or an existing one. */
export async function editorPageProps(user: StaffUser, article: EditorArticle | null) {
  const [choices, settings] = await Promise.all([editorChoices(), getSiteSettings()]);
  // The chosen image may be older than the recent ones listed: list it too.
  const chosen = article?.fields.featuredImageId ?? null;
  if (chosen !== null && !choices.media.some((m) => m.id === chosen)) {
    const media = await mediaById(chosen);
    if (media) choices.media.unshift(media);
  }
  const defaults: ArticleFields = {
    ...BLANK_FIELDS,
    categoryId: choices.categories[0]?.id ?? 0,
    authorIds: [user.id],
  };
  return {
    initial: article,
    defaults,
    choices,
    permissions: ADMIN_ACTIONS.filter((action) => can(user.role, action)),
    timeZone: settings.timeZone,
    siteUrl: env.SITE_URL,
  };
}
