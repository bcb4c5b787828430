import type { Metadata } from "next";
import { categoriesForAdmin } from "@/features/categories/admin-queries";
import {
  CategoryOrderButtons,
  CreateCategoryForm,
  DeleteCategoryButton,
  EditCategoryForm,
} from "@/features/categories/components/category-forms";
import { requirePagePermission } from "@/lib/admin-guard";

export const metadata: Metadata = { title: "Categories" };

export default async function AdminCategoriesPage() {
  await requirePagePermission("category.manage");
  const categories = await categoriesForAdmin();
  return (
    <div className="flex flex-col gap-8">
      <h1 className="text-2xl font-extrabold tracking-tight">Categories</h1>
      <section aria-labelledby="nav-order" className="flex flex-col gap-3">
        <h2 id="nav-order" className="text-lg font-bold">
          Navigation order
        </h2>
        <p className="text-sm text-neutral-600 dark:text-neutral-400">
          The News menu and the footer&apos;s Quick Links list the categories in this order.
        </p>
        {categories.length === 0 ? (
          <p>No categories yet.</p>
        ) : (
          <ol className="flex flex-col gap-3" aria-label="Categories in navigation order">
            {categories.map((category, index) => (
              <li
                key={category.id}
                className="rounded border border-neutral-200 p-3 dark:border-neutral-800"
              >
                <div className="flex flex-wrap items-start justify-between gap-3">
                  <div>
                    <p className="font-semibold">
                      <span className="text-neutral-600 dark:text-neutral-400">{index + 1}. </span>
                      {category.name}
                    </p>
                    <p className="text-sm text-neutral-600 dark:text-neutral-400">
                      /category/{category.slug} · {category._count.articles}{" "}
                      {category._count.articles === 1 ? "article" : "articles"}
                    </p>
                  </div>
                  <div className="flex flex-wrap items-start gap-2">
                    <CategoryOrderButtons
                      category={category}
                      first={index === 0}
                      last={index === categories.length - 1}
                    />
                    <DeleteCategoryButton category={category} />
                  </div>
                </div>
                <details className="mt-2">
                  <summary className="cursor-pointer text-sm font-semibold underline">
                    Edit {category.name}
                  </summary>
                  <div className="mt-3">
                    <EditCategoryForm category={category} />
                  </div>
                </details>
              </li>
            ))}
          </ol>
        )}
      </section>
      <section aria-labelledby="new-category" className="flex max-w-xl flex-col gap-3">
        <h2 id="new-category" className="text-lg font-bold">
          New category
        </h2>
        <CreateCategoryForm />
      </section>
    </div>
  );
}
