import { CardList, Disclosure, ItemHeader } from "@/components/ui/admin-list";
import { articleUrl } from "@/features/articles/urls";
import type { AdminRedirect } from "../admin-queries";
import { DeleteRedirectButton, EditRedirectForm } from "./redirect-forms";

/** The redirects of the admin's list: where each leads, its delete button and its edit form. */
export function RedirectList({
  redirects,
  q,
}: {
  redirects: readonly AdminRedirect[];
  q?: string;
}) {
  return (
    <CardList
      items={redirects}
      empty={<p>{q ? `No redirect matches “${q}”.` : "No redirects yet."}</p>}
      render={(redirect) => (
        <>
          <ItemHeader
            title={<RedirectSummary redirect={redirect} />}
            actions={<DeleteRedirectButton redirect={redirect} />}
          />
          <Disclosure summary={`Edit the redirect from ${redirect.fromPath}`}>
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
          </Disclosure>
        </>
      )}
    />
  );
}

function RedirectSummary({ redirect }: { redirect: AdminRedirect }) {
  const target = redirect.article ? articleUrl(redirect.article) : (redirect.toPath ?? "");
  return (
    <p className="break-all text-sm">
      <code className="font-semibold">{redirect.fromPath}</code> → <code>{target}</code>{" "}
      {redirect.article && (
        <>
          (article “{redirect.article.title}”
          {redirect.article.status === "PUBLISHED" ? "" : ", not live: the old URL answers 404"}
          ){" "}
        </>
      )}
      <span className="text-neutral-600 dark:text-neutral-400">({redirect.statusCode})</span>
    </p>
  );
}
