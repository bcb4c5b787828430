import type { Metadata } from "next";
import {
  AdminPagination,
  adminPageParam,
  queryParam,
} from "@/features/categories/components/admin-pagination";
import { articleUrl } from "@/features/articles/urls";
import { redirectsForAdmin } from "@/features/redirects/admin-queries";
import {
  CreateRedirectForm,
  DeleteRedirectButton,
  EditRedirectForm,
} from "@/features/redirects/components/redirect-forms";
import { requirePagePermission } from "@/lib/admin-guard";

export const metadata: Metadata = { title: "Redirects" };

interface Props {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export default async function AdminRedirectsPage({ searchParams }: Props) {
  await requirePagePermission("redirect.manage");
  const params = await searchParams;
  const q = queryParam(params.q, 200);
  const page = adminPageParam(params.page);
  const { total, pages, redirects } = await redirectsForAdmin({ q, page });
  return (
    <div className="flex flex-col gap-8">
      <h1 className="text-2xl font-extrabold tracking-tight">Redirects</h1>
      <section aria-labelledby="new-redirect" className="flex max-w-xl flex-col gap-3">
        <h2 id="new-redirect" className="text-lg font-bold">
          Add a redirect
        </h2>
        <CreateRedirectForm />
      </section>
      <section aria-labelledby="redirect-list" className="flex flex-col gap-3">
        <h2 id="redirect-list" className="text-lg font-bold">
          All redirects
        </h2>
        <form role="search" action="/admin/redirects" className="flex flex-wrap items-end gap-2">
          <div>
            <label htmlFor="redirect-search" className="form-label">
              Search paths
            </label>
            <input
              id="redirect-search"
              type="search"
              name="q"
              defaultValue={q ?? ""}
              maxLength={200}
              className="form-input"
            />
          </div>
          <button type="submit" className="chrome-button px-3">
            Search
          </button>
        </form>
        {redirects.length === 0 ? (
          <p>{q ? `No redirect matches “${q}”.` : "No redirects yet."}</p>
        ) : (
          <ul className="flex flex-col gap-3">
            {redirects.map((redirect) => {
              const target = redirect.article
                ? articleUrl(redirect.article)
                : (redirect.toPath ?? "");
              return (
                <li
                  key={redirect.id}
                  className="rounded border border-neutral-200 p-3 dark:border-neutral-800"
                >
                  <div className="flex flex-wrap items-start justify-between gap-3">
                    <p className="break-all text-sm">
                      <code className="font-semibold">{redirect.fromPath}</code> →{" "}
                      <code>{target}</code>{" "}
                      {redirect.article && (
                        <>
                          (article “{redirect.article.title}”
                          {redirect.article.status === "PUBLISHED"
                            ? ""
                            : ", not live: the old URL answers 404"}
                          ){" "}
                        </>
                      )}
                      <span className="text-neutral-600 dark:text-neutral-400">
                        ({redirect.statusCode})
                      </span>
                    </p>
                    <DeleteRedirectButton redirect={redirect} />
                  </div>
                  <details className="mt-2">
                    <summary className="cursor-pointer text-sm font-semibold underline">
                      Edit the redirect from {redirect.fromPath}
                    </summary>
                    <div className="mt-3 max-w-xl">
                      <EditRedirectForm
                        redirect={{
                          id: redirect.id,
                          fromPath: redirect.fromPath,
                          targetKind: redirect.article ? "article" : "path",
                          articleSlug: redirect.article?.slug ?? "",
                          toPath: redirect.toPath ?? "",
                          statusCode: String(redirect.statusCode),
                        }}
                      />
                    </div>
                  </details>
                </li>
              );
            })}
          </ul>
        )}
        <AdminPagination
          basePath="/admin/redirects"
          query={{ q }}
          page={page}
          pages={pages}
          total={total}
          noun={total === 1 ? "redirect" : "redirects"}
        />
      </section>
    </div>
  );
}
