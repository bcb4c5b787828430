import { cacheTags } from "@/lib/cache-tags";

// Pure rules of the tag admin.

export type TagView = { slug: string; name: string; description: string };

/**
 * Cache tags a tag change affects. `before` null: created; `after` null: deleted (or merged
 * away). `publicArticleSlugs`: the public articles that show the tag (their pages list it).
 */
export function tagsForTagChange(
  before: TagView | null,
  after: TagView | null,
  publicArticleSlugs: readonly string[],
): string[] {
  const tags = new Set<string>();
  for (const state of [before, after]) if (state) tags.add(cacheTags.tag(state.slug));
  const slugChanged = before?.slug !== after?.slug;
  if (slugChanged) tags.add(cacheTags.tagList);
  if (before && after && slugChanged) tags.add(cacheTags.redirects);
  const shownChanged = slugChanged || before?.name !== after?.name;
  if (shownChanged) {
    for (const slug of publicArticleSlugs) tags.add(cacheTags.article(slug));
    // The sitemap lists tags that have public articles.
    if (slugChanged && publicArticleSlugs.length > 0) tags.add(cacheTags.sitemaps);
  }
  return [...tags].sort();
}

/**
 * Merging `source` into `target`: the source's articles get the target (those that had both keep
 * one link), the source disappears and its URL redirects to the target's.
 */
export function tagsForTagMerge(
  source: TagView,
  target: TagView,
  movedPublicArticleSlugs: readonly string[],
): string[] {
  const tags = new Set(tagsForTagChange(source, null, movedPublicArticleSlugs));
  tags.add(cacheTags.tag(target.slug));
  tags.add(cacheTags.redirects);
  return [...tags].sort();
}
