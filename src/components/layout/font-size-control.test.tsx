import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { FontSizeControl, STEPS } from "./font-size-control";

// WCAG 2.5.3 (axe: label-content-name-mismatch): a button's accessible name must contain the
// text it shows. With no aria-label, the name is the button's text: glyph plus hidden meaning.
describe("FontSizeControl", () => {
  const html = renderToStaticMarkup(<FontSizeControl />);
  const buttons = [...html.matchAll(/<button\b([^>]*)>(.*?)<\/button>/g)];

  it("names each button with its visible label first", () => {
    expect(buttons).toHaveLength(STEPS.length);
    for (const [index, [, attributes, content]] of buttons.entries()) {
      const step = STEPS[index]!;
      expect(attributes).not.toContain("aria-label");
      const text = content!.replace(/<[^>]+>/g, "");
      expect(text).toBe(`${step.glyph} ${step.label}`);
    }
    expect(buttons.map(([, , content]) => content!.replace(/<[^>]+>/g, ""))).toEqual([
      "A− Smaller text",
      "Aa Default text size",
      "A+ Larger text",
    ]);
  });
});
