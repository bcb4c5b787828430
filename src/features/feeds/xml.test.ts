import { describe, expect, it } from "vitest";
import { cdata, escapeXml } from "./xml";

describe("xml helpers", () => {
  it("escapes markup characters and drops forbidden control characters", () => {
    expect(escapeXml(`S&P <500> "x" 'y'\u0001`)).toBe(
      "S&amp;P &lt;500&gt; &quot;x&quot; &apos;y&apos;",
    );
  });

  it("keeps CDATA closed only where we close it", () => {
    expect(cdata("a]]>b")).toBe("<![CDATA[a]]]]><![CDATA[>b]]>");
  });
});
