import type { Metadata } from "next";
import { AdminList, AdminPage, HeadingLink, Muted } from "@/components/ui/admin-list";
import { articleFilterChoices, listAdminArticles } from "@/features/articles/admin-queries";
import {
  ArticleTable,
  articleFilterFields,
} from "@/features/articles/components/admin/article-table";
import { articleListFiltersSchema } from "@/features/articles/schemas";
import { getSiteSettings } from "@/features/settings/data";
import { requirePagePermission } from "@/lib/admin-guard";
import { firstParams } from "@/lib/pagination";
import { can } from "@/lib/permissions";

export const metadata: Metadata = { title: "Articles" };

interface Props {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export default async function AdminArticlesPage({ searchParams }: Props) {
  const user = await requirePagePermission("article.list");
  const filters = articleListFiltersSchema.parse(firstParams(await searchParams));
  const [{ items, total, pages }, settings, choices] = await Promise.all([
    listAdminArticles(filters, user),
    getSiteSettings(),
    articleFilterChoices(),
  ]);
  const creates = can(user.role, "article.create");
  return (
    <AdminPage
      title="Articles"
      aside={creates && <HeadingLink href="/admin/articles/new">New article</HeadingLink>}
      intro={
        user.role === "CONTRIBUTOR" && <Muted>You see the articles you are an author of.</Muted>
      }
    >
      <AdminList
        basePath="/admin/articles"
        searchLabel="Filter articles"
        formClassName="grid gap-3 rounded border border-neutral-200 p-4 sm:grid-cols-2 lg:grid-cols-5 dark:border-neutral-800"
        submitLabel="Filter"
        submitClassName="primary-button"
        clear="Clear filters"
        filters={articleFilterFields(filters, choices)}
        page={Math.min(filters.page, pages)}
        pages={pages}
        total={total}
        noun={["article", "articles"]}
        paginationLabel="Pages of articles"
      >
        <ArticleTable articles={items} timeZone={settings.timeZone} />
      </AdminList>
    </AdminPage>
  );
}
