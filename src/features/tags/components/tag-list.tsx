import { CardList, Disclosure, ItemHeader, plural } from "@/components/ui/admin-list";
import type { AdminTag } from "../admin-queries";
import { DeleteTagButton, EditTagForm, MergeTagForm } from "./tag-forms";

/** The tags of the admin's list, each with its delete button and its edit and merge forms. */
export function TagList({ tags, q }: { tags: readonly AdminTag[]; q?: string }) {
  return (
    <CardList
      items={tags}
      empty={<p>{q ? `No tag matches “${q}”.` : "No tags yet."}</p>}
      render={(tag) => (
        <>
          <ItemHeader
            title={<p className="font-semibold">{tag.name}</p>}
            detail={`/tag/${tag.slug} · ${plural(tag._count.articles, "article")}`}
            actions={<DeleteTagButton tag={tag} />}
          />
          <Disclosure summary={`Edit ${tag.name}`}>
            <EditTagForm tag={tag} />
          </Disclosure>
          <Disclosure summary={`Merge ${tag.name} into another tag`}>
            <MergeTagForm tag={tag} />
          </Disclosure>
        </>
      )}
    />
  );
}
