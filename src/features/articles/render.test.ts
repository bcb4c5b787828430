import { describe, expect, it } from "vitest";
import { htmlToText, renderMarkdown } from "./render";

describe("renderMarkdown", () => {
  it("renders headings, lists, quotes, tables and links", () => {
    const { html } = renderMarkdown(
      [
        "### The valuation gap",
        "",
        "Small caps **lag**, see [the market](/market).",
        "",
        "- one",
        "- two",
        "",
        "> a quote",
        "",
        "| Index | P/E |",
        "| --- | --- |",
        "| S&P 500 | 28 |",
      ].join("\n"),
    );
    expect(html).toContain("<h2>The valuation gap</h2>");
    expect(html).toContain("<strong>lag</strong>");
    expect(html).toContain('<a href="/market">the market</a>');
    expect(html).toContain("<li>one</li>");
    expect(html).toContain("<blockquote>");
    expect(html).toContain('<th scope="col">Index</th>');
    expect(html).toContain("<td>S&amp;P 500</td>");
  });

  it("never emits a second h1", () => {
    expect(renderMarkdown("# Big").html).toBe("<h2>Big</h2>");
  });

  it("starts the body's headings at h2 and never skips a level below the title", () => {
    expect(renderMarkdown("### A\n\n#### B\n\n### C").html).toBe(
      "<h2>A</h2>\n<h3>B</h3>\n<h2>C</h2>",
    );
    expect(renderMarkdown("# A\n\n## B\n\n###### F").html).toBe(
      "<h2>A</h2>\n<h3>B</h3>\n<h4>F</h4>",
    );
  });

  it("marks external links noopener and drops rel on internal ones", () => {
    const { html } = renderMarkdown("[x](https://example.com) [y](/news)");
    expect(html).toContain('<a href="https://example.com" rel="noopener noreferrer">x</a>');
    expect(html).toContain('<a href="/news">y</a>');
  });

  it.each([
    ["<script>alert(1)</script>hello", "<script"],
    ['<img src="x" onerror="alert(1)">', "onerror"],
    ["[click](javascript:alert(1))", "javascript:"],
    ['<a href="JAVASCRIPT:alert(1)">x</a>', "JAVASCRIPT:"],
    ["<svg><script>alert(1)</script></svg>", "<svg"],
    ['<iframe src="https://evil.example"></iframe>', "<iframe"],
    ['<p style="background:url(javascript:alert(1))">x</p>', "style="],
    ["<div onclick=alert(1)>broken <b>markup", "onclick"],
  ])("removes dangerous markup: %s", (source, forbidden) => {
    const { html } = renderMarkdown(source);
    expect(html.toLowerCase()).not.toContain(forbidden.toLowerCase());
  });

  it("produces plain text for search", () => {
    const { text } = renderMarkdown("### Title\n\nFirst *para*.\n\n- item & more");
    expect(text).toBe("Title First para. item & more");
  });
});

describe("htmlToText", () => {
  it("separates block elements and decodes entities", () => {
    expect(htmlToText("<p>a&amp;b</p><p>c</p>")).toBe("a&b c");
    expect(htmlToText("<p>&amp;lt;tag&amp;gt;</p>")).toBe("&lt;tag&gt;");
  });
});
