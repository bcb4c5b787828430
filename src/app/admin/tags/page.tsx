import type { Metadata } from "next";
import {
  AdminPagination,
  adminPageParam,
  queryParam,
} from "@/features/categories/components/admin-pagination";
import { tagsForAdmin } from "@/features/tags/admin-queries";
import {
  CreateTagForm,
  DeleteTagButton,
  EditTagForm,
  MergeTagForm,
} from "@/features/tags/components/tag-forms";
import { requirePagePermission } from "@/lib/admin-guard";

export const metadata: Metadata = { title: "Tags" };

interface Props {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export default async function AdminTagsPage({ searchParams }: Props) {
  await requirePagePermission("tag.manage");
  const params = await searchParams;
  const q = queryParam(params.q, 100);
  const page = adminPageParam(params.page);
  const { total, pages, tags } = await tagsForAdmin({ q, page });
  return (
    <div className="flex flex-col gap-8">
      <h1 className="text-2xl font-extrabold tracking-tight">Tags</h1>
      {params.merged === "1" && (
        <p
          role="status"
          className="rounded-md bg-green-50 p-3 text-sm text-green-800 dark:bg-green-950 dark:text-green-200"
        >
          Tags merged: the articles now carry the tag below, and the merged tag&apos;s URL redirects
          to it.
        </p>
      )}
      <section aria-labelledby="tag-list" className="flex flex-col gap-3">
        <h2 id="tag-list" className="text-lg font-bold">
          All tags
        </h2>
        <form role="search" action="/admin/tags" className="flex flex-wrap items-end gap-2">
          <div>
            <label htmlFor="tag-search" className="form-label">
              Search tags
            </label>
            <input
              id="tag-search"
              type="search"
              name="q"
              defaultValue={q ?? ""}
              maxLength={100}
              className="form-input"
            />
          </div>
          <button type="submit" className="chrome-button px-3">
            Search
          </button>
        </form>
        {tags.length === 0 ? (
          <p>{q ? `No tag matches “${q}”.` : "No tags yet."}</p>
        ) : (
          <ul className="flex flex-col gap-3">
            {tags.map((tag) => (
              <li
                key={tag.id}
                className="rounded border border-neutral-200 p-3 dark:border-neutral-800"
              >
                <div className="flex flex-wrap items-start justify-between gap-3">
                  <div>
                    <p className="font-semibold">{tag.name}</p>
                    <p className="text-sm text-neutral-600 dark:text-neutral-400">
                      /tag/{tag.slug} · {tag._count.articles}{" "}
                      {tag._count.articles === 1 ? "article" : "articles"}
                    </p>
                  </div>
                  <DeleteTagButton tag={tag} />
                </div>
                <details className="mt-2">
                  <summary className="cursor-pointer text-sm font-semibold underline">
                    Edit {tag.name}
                  </summary>
                  <div className="mt-3 max-w-xl">
                    <EditTagForm tag={tag} />
                  </div>
                </details>
                <details className="mt-2">
                  <summary className="cursor-pointer text-sm font-semibold underline">
                    Merge {tag.name} into another tag
                  </summary>
                  <div className="mt-3 max-w-xl">
                    <MergeTagForm tag={tag} />
                  </div>
                </details>
              </li>
            ))}
          </ul>
        )}
        <AdminPagination
          basePath="/admin/tags"
          query={{ q }}
          page={page}
          pages={pages}
          total={total}
          noun={total === 1 ? "tag" : "tags"}
        />
      </section>
      <section aria-labelledby="new-tag" className="flex max-w-xl flex-col gap-3">
        <h2 id="new-tag" className="text-lg font-bold">
          New tag
        </h2>
        <CreateTagForm />
      </section>
    </div>
  );
}
