"use client";

import { useSyncExternalStore } from "react";

/** Exported for its test: each button's accessible name is `${glyph} ${label}`. */
export const STEPS = [
  { value: "-1", label: "Smaller text", glyph: "A−" },
  { value: "0", label: "Default text size", glyph: "Aa" },
  { value: "1", label: "Larger text", glyph: "A+" },
] as const;

function currentStep(): string {
  return document.documentElement.dataset.fontStep ?? "0";
}

function subscribe(onChange: () => void) {
  const observer = new MutationObserver(onChange);
  observer.observe(document.documentElement, {
    attributes: true,
    attributeFilter: ["data-font-step"],
  });
  return () => observer.disconnect();
}

/** Three reading sizes; scales article text, not the site chrome. Remembered per browser. */
export function FontSizeControl() {
  const step = useSyncExternalStore(subscribe, currentStep, () => "0");
  return (
    <div role="group" aria-label="Text size" className="flex items-center gap-0.5">
      {STEPS.map((option) => (
        <button
          key={option.value}
          type="button"
          className="chrome-button px-1.5 text-xs font-semibold"
          aria-pressed={step === option.value}
          title={option.label}
          onClick={() => {
            document.documentElement.dataset.fontStep = option.value;
            try {
              localStorage.setItem("font-step", option.value);
            } catch {
              // storage unavailable: applies to this page only
            }
          }}
        >
          {/* The name is the visible glyph followed by its meaning ("A+ Larger text"), so it
              contains what sighted voice-control users see and say (WCAG 2.5.3). */}
          {option.glyph}
          <span className="sr-only">{` ${option.label}`}</span>
        </button>
      ))}
    </div>
  );
}
