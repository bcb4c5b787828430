"use client";

import { useRef, useState } from "react";
import { FieldNotes, Labelled } from "@/components/ui/field-notes";

export interface PickableMedia {
  id: number;
  path: string;
  alt: string;
  width: number;
  height: number;
}

/**
 * The featured image: one of the recent images of the media library, or a new upload (sent to
 * the media library's route, POST /api/admin/media, which answers {id, url, width, height, alt}).
 */
export function ImagePicker({
  media,
  selectedId,
  error,
  onSelect,
}: {
  media: PickableMedia[];
  selectedId: number | null;
  error?: string;
  onSelect: (id: number | null) => void;
}) {
  const [uploaded, setUploaded] = useState<PickableMedia[]>([]);
  const [alt, setAlt] = useState("");
  const [upload, setUpload] = useState<{ busy: boolean; error?: string; field?: string }>({
    busy: false,
  });
  const fileRef = useRef<HTMLInputElement>(null);
  const all = [...uploaded, ...media.filter((m) => !uploaded.some((u) => u.id === m.id))];

  async function send() {
    const file = fileRef.current?.files?.[0];
    if (!file) {
      setUpload({ busy: false, error: "Choose an image file first.", field: "file" });
      return;
    }
    if (!alt.trim()) {
      setUpload({
        busy: false,
        error: "Describe the image for readers who cannot see it.",
        field: "alt",
      });
      return;
    }
    setUpload({ busy: true });
    try {
      const body = new FormData();
      body.set("file", file);
      body.set("alt", alt.trim());
      const response = await fetch("/api/admin/media", { method: "POST", body });
      const json = (await response.json().catch(() => null)) as
        | { id: number; url: string; width: number; height: number; alt: string }
        | { error?: string; field?: string }
        | null;
      if (!response.ok || !json || !("id" in json)) {
        const problem = json && "error" in json ? json : null;
        setUpload({
          busy: false,
          error:
            problem?.error ??
            (response.status === 404
              ? "Uploading is not available on this site yet."
              : `The upload failed (${response.status}).`),
          field: problem?.field,
        });
        return;
      }
      const item = {
        id: json.id,
        path: json.url,
        alt: json.alt,
        width: json.width,
        height: json.height,
      };
      setUploaded((list) => [item, ...list]);
      onSelect(item.id);
      setAlt("");
      if (fileRef.current) fileRef.current.value = "";
      setUpload({ busy: false });
    } catch {
      setUpload({ busy: false, error: "The upload did not reach the server. Try again." });
    }
  }

  return (
    <fieldset>
      <legend className="form-label">Featured image</legend>
      <div
        role="radiogroup"
        aria-describedby={error ? "featuredImageId-error" : undefined}
        className="mt-1 grid max-h-80 grid-cols-3 gap-2 overflow-y-auto sm:grid-cols-4"
      >
        <label className="flex cursor-pointer flex-col items-center justify-center rounded border border-neutral-300 p-2 text-sm has-[:checked]:ring-2 has-[:checked]:ring-brand-700 has-[:focus-visible]:outline has-[:focus-visible]:outline-2 dark:border-neutral-700">
          <input
            type="radio"
            name="featuredImage"
            className="sr-only"
            checked={selectedId === null}
            onChange={() => onSelect(null)}
          />
          No image
        </label>
        {all.map((item) => (
          <label
            key={item.id}
            className="cursor-pointer rounded border border-neutral-300 p-1 has-[:checked]:ring-2 has-[:checked]:ring-brand-700 has-[:focus-visible]:outline has-[:focus-visible]:outline-2 dark:border-neutral-700"
          >
            <input
              type="radio"
              name="featuredImage"
              className="sr-only"
              checked={selectedId === item.id}
              onChange={() => onSelect(item.id)}
            />
            {/* eslint-disable-next-line @next/next/no-img-element -- small thumbnails of library files, any size */}
            <img
              src={item.path}
              alt={item.alt}
              loading="lazy"
              className="aspect-video w-full object-cover"
            />
            <span className="sr-only">{item.alt}</span>
          </label>
        ))}
      </div>
      <FieldNotes id="featuredImageId" error={error} />
      <details className="mt-2">
        <summary className="cursor-pointer text-sm font-semibold">Upload image</summary>
        <div className="mt-2 flex flex-col gap-2">
          <Labelled id="upload-file" label="Image file">
            <input
              id="upload-file"
              ref={fileRef}
              type="file"
              accept="image/jpeg,image/png,image/webp,image/avif,image/gif"
              aria-invalid={upload.field === "file" ? true : undefined}
              className="mt-1 block text-sm"
            />
          </Labelled>
          <Labelled id="upload-alt" label="Alt text">
            <input
              id="upload-alt"
              value={alt}
              onChange={(event) => setAlt(event.target.value)}
              aria-invalid={upload.field === "alt" ? true : undefined}
              className="form-input"
            />
          </Labelled>
          <button
            type="button"
            className="chrome-button self-start px-3"
            disabled={upload.busy}
            onClick={send}
          >
            {upload.busy ? "Uploading…" : "Upload and use"}
          </button>
          <p role="status" className="form-error">
            {upload.error}
          </p>
        </div>
      </details>
    </fieldset>
  );
}
