import { describe, expect, it } from "vitest";
import { highlightToHtml, MARK_END, MARK_START } from "./highlight";

describe("highlightToHtml", () => {
  it("turns markers into <mark> and escapes everything else", () => {
    const snippet = `a <script>alert("x")</script> ${MARK_START}bitcoin${MARK_END} & more`;
    expect(highlightToHtml(snippet)).toBe(
      "a &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; <mark>bitcoin</mark> &amp; more",
    );
  });
});
