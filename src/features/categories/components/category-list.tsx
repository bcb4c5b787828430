import { CardList, Disclosure, ItemHeader, plural } from "@/components/ui/admin-list";
import type { AdminCategory } from "../admin-queries";
import { CategoryOrderButtons, DeleteCategoryButton, EditCategoryForm } from "./category-forms";

/** The categories in navigation order, each with its move and delete buttons and edit form. */
export function CategoryList({ categories }: { categories: readonly AdminCategory[] }) {
  return (
    <CardList
      ordered
      label="Categories in navigation order"
      items={categories}
      empty={<p>No categories yet.</p>}
      render={(category, index) => (
        <>
          <ItemHeader
            title={
              <p className="font-semibold">
                <span className="text-neutral-600 dark:text-neutral-400">{index + 1}. </span>
                {category.name}
              </p>
            }
            detail={`/category/${category.slug} · ${plural(category._count.articles, "article")}`}
            actions={
              <div className="flex flex-wrap items-start gap-2">
                <CategoryOrderButtons
                  category={category}
                  first={index === 0}
                  last={index === categories.length - 1}
                />
                <DeleteCategoryButton category={category} />
              </div>
            }
          />
          <Disclosure summary={`Edit ${category.name}`}>
            <EditCategoryForm category={category} />
          </Disclosure>
        </>
      )}
    />
  );
}
