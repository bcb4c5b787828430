import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { CommentBody } from "./comment-body";

const render = (body: string) => renderToStaticMarkup(<CommentBody body={body} />);

const PAYLOADS = [
  "<script>alert(1)</script>",
  '<img src=x onerror="alert(1)">',
  "<svg onload=alert(1)><circle/></svg>",
  '<a href="javascript:alert(1)">click</a>',
  "javascript:alert(1)",
  "<iframe src=//evil.example></iframe",
  '"><b onmouseover=alert(1)>x',
  "https://x.org/<script>alert(1)</script>",
];

describe("CommentBody", () => {
  it.each(PAYLOADS)("renders %s as inert text", (payload) => {
    const html = render(payload);
    expect(html).not.toMatch(/<(script|img|svg|iframe|b)\b/i);
    // Every "<" left in the output opens a real element: none may carry an event handler.
    expect(html).not.toMatch(/<[^>]*\son\w+=/i);
    expect(html).not.toContain('href="javascript:');
  });

  it("turns URLs into nofollow ugc links and paragraphs into <p>", () => {
    const html = render("Read https://example.com/report please.\n\nSecond thought.");
    expect(html).toContain(
      '<a href="https://example.com/report" rel="nofollow ugc noopener" target="_blank"',
    );
    expect(html.match(/<p>/g)).toHaveLength(2);
  });

  it("keeps single line breaks", () => {
    expect(render("one\ntwo")).toContain("<br/>");
  });
});
