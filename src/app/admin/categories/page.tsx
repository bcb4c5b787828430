import type { Metadata } from "next";
import { AdminPage, AdminSection, Muted } from "@/components/ui/admin-list";
import { categoriesForAdmin } from "@/features/categories/admin-queries";
import { CreateCategoryForm } from "@/features/categories/components/category-forms";
import { CategoryList } from "@/features/categories/components/category-list";
import { requirePagePermission } from "@/lib/admin-guard";

export const metadata: Metadata = { title: "Categories" };

export default async function AdminCategoriesPage() {
  await requirePagePermission("category.manage");
  const categories = await categoriesForAdmin();
  return (
    <AdminPage title="Categories" gap="gap-8">
      <AdminSection id="nav-order" title="Navigation order">
        <Muted>
          The News menu and the footer&apos;s Quick Links list the categories in this order.
        </Muted>
        <CategoryList categories={categories} />
      </AdminSection>
      <AdminSection id="new-category" title="New category" className="flex max-w-xl flex-col gap-3">
        <CreateCategoryForm />
      </AdminSection>
    </AdminPage>
  );
}
