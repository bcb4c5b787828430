// ts_headline marks matches with control characters no article contains; everything else is
// escaped, then the markers become <mark>. So the snippet is safe HTML whatever the text holds.
export const MARK_START = "\u0002";
export const MARK_END = "\u0003";

const ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

export function highlightToHtml(snippet: string): string {
  return snippet
    .replace(/[&<>"']/g, (char) => ESCAPES[char] ?? char)
    .replaceAll(MARK_START, "<mark>")
    .replaceAll(MARK_END, "</mark>");
}
