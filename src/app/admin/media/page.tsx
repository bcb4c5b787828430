import type { Metadata } from "next";
import { AdminPage, AdminSection, ListPagination } from "@/components/ui/admin-list";
import { UploadForm } from "@/features/media/components/media-forms";
import { MediaLibrary } from "@/features/media/components/media-library";
import { listMedia } from "@/features/media/queries";
import { mediaListQuerySchema } from "@/features/media/schemas";
import { maxUploadText } from "@/features/media/upload";
import { getSiteSettings } from "@/features/settings/data";
import { requirePagePermission } from "@/lib/admin-guard";
import { can } from "@/lib/permissions";

export const metadata: Metadata = { title: "Media" };

export default async function AdminMediaPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requirePagePermission("media.upload");
  const { page } = mediaListQuerySchema.parse(await searchParams);
  const [library, settings] = await Promise.all([listMedia(page), getSiteSettings()]);
  return (
    <AdminPage title="Media" gap="gap-8">
      <AdminSection
        id="upload-heading"
        title="Upload an image"
        boxed
        className="max-w-xl flex flex-col gap-3"
      >
        <UploadForm maxText={maxUploadText()} />
      </AdminSection>
      <AdminSection
        id="library-heading"
        className=""
        title={
          <>
            Library{" "}
            <span className="text-neutral-600 dark:text-neutral-400">
              ({library.total.toLocaleString("en-US")} {library.total === 1 ? "image" : "images"})
            </span>
          </>
        }
      >
        <MediaLibrary
          items={library.items}
          manages={can(user.role, "media.manage")}
          timeZone={settings.timeZone}
        />
        <ListPagination
          basePath="/admin/media"
          page={page}
          pages={library.pages}
          label="Media pages"
        />
      </AdminSection>
    </AdminPage>
  );
}
