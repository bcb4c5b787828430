import type { Metadata } from "next";
import { formatInZone } from "@/features/admin/format";
import { can } from "@/lib/permissions";
import {
  DeleteMediaForm,
  EditMediaForm,
  UploadForm,
} from "@/features/media/components/media-forms";
import { listMedia } from "@/features/media/queries";
import { formatBytes, pickVariant } from "@/features/media/rules";
import { mediaListQuerySchema } from "@/features/media/schemas";
import { maxUploadText } from "@/features/media/upload";
import { getSiteSettings } from "@/features/settings/data";
import { QueryPagination } from "@/components/ui/query-pagination";
import { requirePagePermission } from "@/lib/admin-guard";

export const metadata: Metadata = { title: "Media" };

export default async function AdminMediaPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requirePagePermission("media.upload");
  const { page } = mediaListQuerySchema.parse(await searchParams);
  const manages = can(user.role, "media.manage");
  const [library, settings] = await Promise.all([listMedia(page), getSiteSettings()]);
  return (
    <div className="flex flex-col gap-8">
      <h1 className="text-2xl font-extrabold tracking-tight">Media</h1>
      <section
        aria-labelledby="upload-heading"
        className="max-w-xl rounded border border-neutral-200 p-4 dark:border-neutral-800"
      >
        <h2 id="upload-heading" className="mb-3 text-lg font-bold">
          Upload an image
        </h2>
        <UploadForm maxText={maxUploadText()} />
      </section>
      <section aria-labelledby="library-heading">
        <h2 id="library-heading" className="text-lg font-bold">
          Library{" "}
          <span className="text-neutral-600 dark:text-neutral-400">
            ({library.total.toLocaleString("en-US")} {library.total === 1 ? "image" : "images"})
          </span>
        </h2>
        {library.items.length === 0 ? (
          <p className="mt-2 text-sm text-neutral-600 dark:text-neutral-400">
            No images yet. Uploaded images appear here.
          </p>
        ) : (
          <ul className="mt-4 grid gap-4 sm:grid-cols-2 xl:grid-cols-3">
            {library.items.map((item) => {
              const thumbnail = pickVariant(item.variants, 480)?.path ?? item.path;
              return (
                <li
                  key={item.id}
                  className="flex flex-col gap-3 rounded border border-neutral-200 p-3 dark:border-neutral-800"
                >
                  {/* A plain img: the thumbnail variant is already the right size. */}
                  {/* eslint-disable-next-line @next/next/no-img-element */}
                  <img
                    src={thumbnail}
                    alt={item.alt}
                    width={item.width}
                    height={item.height}
                    loading="lazy"
                    className="aspect-video w-full rounded bg-neutral-200 object-contain dark:bg-neutral-800"
                  />
                  <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
                    <dt className="font-semibold">Alt</dt>
                    <dd className="break-words">{item.alt}</dd>
                    {item.caption && (
                      <>
                        <dt className="font-semibold">Caption</dt>
                        <dd className="break-words">{item.caption}</dd>
                      </>
                    )}
                    <dt className="font-semibold">Size</dt>
                    <dd>
                      {item.width}×{item.height} px, {formatBytes(item.sizeBytes)}
                    </dd>
                    <dt className="font-semibold">File</dt>
                    <dd className="break-all">
                      <a href={item.path} className="underline">
                        {item.originalName}
                      </a>
                    </dd>
                    <dt className="font-semibold">Uploaded</dt>
                    <dd>
                      <time dateTime={item.createdAt.toISOString()}>
                        {formatInZone(item.createdAt, settings.timeZone)}
                      </time>{" "}
                      by {item.uploadedBy?.name ?? "a removed account"}
                    </dd>
                    <dt className="font-semibold">Used by</dt>
                    <dd>
                      {item.usedBy === 0
                        ? "no article"
                        : `${item.usedBy} article${item.usedBy === 1 ? "" : "s"}`}
                    </dd>
                  </dl>
                  {manages && (
                    <details className="text-sm">
                      <summary className="cursor-pointer font-semibold">Edit or delete</summary>
                      <div className="mt-2 flex flex-col gap-3">
                        <EditMediaForm
                          mediaId={item.id}
                          alt={item.alt}
                          caption={item.caption ?? ""}
                        />
                        <DeleteMediaForm mediaId={item.id} alt={item.alt} />
                      </div>
                    </details>
                  )}
                </li>
              );
            })}
          </ul>
        )}
        <QueryPagination
          basePath="/admin/media"
          params={{}}
          page={page}
          pages={library.pages}
          label="Media pages"
        />
      </section>
    </div>
  );
}
