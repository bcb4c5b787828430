// Markdown → the HTML readers see. Everything an editor writes goes through here, and the output
// is sanitized against an allowlist, so a pasted <script> or javascript: link never reaches a page.
import { Marked } from "marked";
import sanitizeHtml from "sanitize-html";

const marked = new Marked({ gfm: true, breaks: false, async: false });

const ALLOWED_TAGS = [
  "h2",
  "h3",
  "h4",
  "p",
  "br",
  "hr",
  "ul",
  "ol",
  "li",
  "blockquote",
  "strong",
  "em",
  "del",
  "code",
  "pre",
  "a",
  "img",
  "figure",
  "figcaption",
  "table",
  "thead",
  "tbody",
  "tr",
  "th",
  "td",
  "sup",
  "sub",
];

const SANITIZE_OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: ALLOWED_TAGS,
  allowedAttributes: {
    a: ["href", "title", "rel"],
    img: ["src", "alt", "title", "width", "height", "loading"],
    th: ["align", "scope"],
    td: ["align"],
    ol: ["start"],
  },
  allowedSchemes: ["http", "https", "mailto"],
  allowedSchemesByTag: { img: ["http", "https"] },
  allowProtocolRelative: false,
  transformTags: {
    a: (tagName, attribs) => {
      const href = attribs.href ?? "";
      const external = /^https?:\/\//i.test(href);
      return {
        tagName,
        attribs: external ? { ...attribs, rel: "noopener noreferrer" } : omit(attribs, "rel"),
      };
    },
    img: (tagName, attribs) => ({ tagName, attribs: { ...attribs, loading: "lazy" } }),
    th: (tagName, attribs) => ({ tagName, attribs: { ...attribs, scope: attribs.scope ?? "col" } }),
  },
};

function omit(attribs: sanitizeHtml.Attributes, key: string): sanitizeHtml.Attributes {
  const copy = { ...attribs };
  delete copy[key];
  return copy;
}

export interface RenderedBody {
  html: string;
  /** Plain text for search and descriptions. */
  text: string;
}

/**
 * Headings inside an article sit below its h1 title, without skipped levels: the body's top
 * heading level becomes h2 (a Markdown "#" never makes a second h1, and a body that starts at
 * "###" does not jump from h1 to h3), and deeper ones follow, down to h4.
 */
function headingTransforms(raw: string): sanitizeHtml.IOptions["transformTags"] {
  const levels = [...raw.matchAll(/<h([1-6])[\s>]/g)].map((match) => Number(match[1]));
  if (levels.length === 0) return {};
  const shift = Math.min(...levels) - 2;
  return Object.fromEntries(
    [1, 2, 3, 4, 5, 6].map((level) => [`h${level}`, `h${Math.min(Math.max(level - shift, 2), 4)}`]),
  );
}

export function renderMarkdown(source: string): RenderedBody {
  const raw = marked.parse(source) as string;
  const html = sanitizeHtml(raw, {
    ...SANITIZE_OPTIONS,
    transformTags: { ...SANITIZE_OPTIONS.transformTags, ...headingTransforms(raw) },
  }).trim();
  return { html, text: htmlToText(html) };
}

export function htmlToText(html: string): string {
  const spaced = html.replace(/<\/(p|h[1-6]|li|blockquote|tr|figcaption|pre)>/g, "$& ");
  return sanitizeHtml(spaced, { allowedTags: [], allowedAttributes: {} })
    .replace(/&(nbsp|amp|lt|gt|quot|#39);/g, (_, name: string) => ENTITIES[name] ?? "")
    .replace(/\s+/g, " ")
    .trim();
}

const ENTITIES: Record<string, string> = {
  nbsp: " ",
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  "#39": "'",
};
