import type { ReactNode } from "react";
import { CardList, When } from "@/components/ui/admin-list";
import type { MediaListItem } from "../queries";
import { formatBytes, pickVariant } from "../rules";
import { DeleteMediaForm, EditMediaForm } from "./media-forms";

/** The media library's images, newest first; those who manage media edit or delete them here. */
export function MediaLibrary({
  items,
  manages,
  timeZone,
}: {
  items: readonly MediaListItem[];
  manages: boolean;
  timeZone: string;
}) {
  return (
    <CardList
      items={items}
      className="mt-4 grid gap-4 sm:grid-cols-2 xl:grid-cols-3"
      itemClassName="flex flex-col gap-3 p-3"
      empty={
        <p className="mt-2 text-sm text-neutral-600 dark:text-neutral-400">
          No images yet. Uploaded images appear here.
        </p>
      }
      render={(item) => (
        <>
          {/* A plain img: the thumbnail variant is already the right size. */}
          {/* eslint-disable-next-line @next/next/no-img-element */}
          <img
            src={pickVariant(item.variants, 480)?.path ?? item.path}
            alt={item.alt}
            width={item.width}
            height={item.height}
            loading="lazy"
            className="aspect-video w-full rounded bg-neutral-200 object-contain dark:bg-neutral-800"
          />
          <MediaFacts item={item} timeZone={timeZone} />
          {manages && (
            <details className="text-sm">
              <summary className="cursor-pointer font-semibold">Edit or delete</summary>
              <div className="mt-2 flex flex-col gap-3">
                <EditMediaForm mediaId={item.id} alt={item.alt} caption={item.caption ?? ""} />
                <DeleteMediaForm mediaId={item.id} alt={item.alt} />
              </div>
            </details>
          )}
        </>
      )}
    />
  );
}

function MediaFacts({ item, timeZone }: { item: MediaListItem; timeZone: string }) {
  const facts: [string, ReactNode][] = [
    ["Alt", item.alt],
    ...(item.caption ? [["Caption", item.caption] as [string, string]] : []),
    ["Size", `${item.width}×${item.height} px, ${formatBytes(item.sizeBytes)}`],
    [
      "File",
      <a key="file" href={item.path} className="break-all underline">
        {item.originalName}
      </a>,
    ],
    [
      "Uploaded",
      <>
        <When date={item.createdAt} timeZone={timeZone} /> by{" "}
        {item.uploadedBy?.name ?? "a removed account"}
      </>,
    ],
    [
      "Used by",
      item.usedBy === 0 ? "no article" : `${item.usedBy} article${item.usedBy === 1 ? "" : "s"}`,
    ],
  ];
  return (
    <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
      {facts.map(([term, value]) => (
        <div key={term} className="contents">
          <dt className="font-semibold">{term}</dt>
          <dd className="break-words">{value}</dd>
        </div>
      ))}
    </dl>
  );
}
