"use client";

import { useEffect, useState } from "react";

/**
 * "Reading: <title>" — a slim bar that appears once the article's h1 has scrolled out of view,
 * with a Share button (the system share sheet where there is one, otherwise copy the link).
 */
export function ReadingBar({
  title,
  url,
  headingId,
}: {
  title: string;
  url: string;
  headingId: string;
}) {
  const [visible, setVisible] = useState(false);
  const [note, setNote] = useState("");

  useEffect(() => {
    const heading = document.getElementById(headingId);
    if (!heading) return;
    const observer = new IntersectionObserver(([entry]) => {
      if (entry) setVisible(!entry.isIntersecting && entry.boundingClientRect.top < 0);
    });
    observer.observe(heading);
    return () => observer.disconnect();
  }, [headingId]);

  const share = async () => {
    if (navigator.share) {
      try {
        await navigator.share({ title, url });
      } catch {
        // the reader closed the share sheet
      }
      return;
    }
    try {
      await navigator.clipboard.writeText(url);
      setNote("Link copied");
      setTimeout(() => setNote(""), 2500);
    } catch {
      window.prompt("Copy this link:", url);
    }
  };

  return (
    <div
      data-testid="reading-bar"
      aria-hidden={!visible}
      inert={!visible}
      className={`fixed inset-x-0 top-0 z-30 border-b border-neutral-200 bg-white/95 shadow-sm backdrop-blur transition-transform dark:border-neutral-800 dark:bg-neutral-950/95 ${visible ? "translate-y-0" : "-translate-y-full"}`}
    >
      <div className="mx-auto flex max-w-7xl items-center gap-3 px-4 py-2 text-sm">
        <p className="min-w-0 flex-1 truncate">
          <span className="font-semibold">Reading:</span> {title}
        </p>
        <span role="status" className="text-xs text-neutral-600 dark:text-neutral-400">
          {note}
        </span>
        <button type="button" onClick={share} className="chrome-button px-3 font-semibold">
          Share
        </button>
      </div>
    </div>
  );
}
