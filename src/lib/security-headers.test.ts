import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import {
  contentSecurityPolicy,
  inlineScriptHashes,
  RESOURCE_POLICY,
  staticSecurityHeaders,
} from "./security-headers";

const sha256 = (text: string) =>
  `sha256-${createHash("sha256").update(text, "utf8").digest("base64")}`;

describe("inlineScriptHashes", () => {
  it("hashes each executable inline script's raw text, once, in document order", () => {
    const flight = 'self.__next_f.push([1,"a \\u003c/script> b"])';
    const html = `<!DOCTYPE html><html><head><script>${flight}</script>
      <script src="/_next/static/chunks/main.js" async></script>
      <script type="module">import "/x.js"</script></head>
      <body><script>${flight}</script><SCRIPT Type="text/javascript">$RC("B:0","S:0")</SCRIPT></body></html>`;
    expect(inlineScriptHashes(html)).toEqual([
      sha256(flight),
      sha256('import "/x.js"'),
      sha256('$RC("B:0","S:0")'),
    ]);
  });

  it("leaves out data blocks (JSON-LD) and scripts with a src", () => {
    const html =
      '<script type="application/ld+json">{"@type":"NewsArticle"}</script>' +
      '<script type="application/json">{}</script><script src="/a.js"></script>';
    expect(inlineScriptHashes(html)).toEqual([]);
  });

  it("hashes the text as the browser sees it: entities undecoded, CRLF and CR as LF, NUL as U+FFFD", () => {
    expect(inlineScriptHashes('<script>a("&amp;", "<b>")</script>')).toEqual([
      sha256('a("&amp;", "<b>")'),
    ]);
    expect(inlineScriptHashes("<script>a()\r\nb()\rc()\0</script>")).toEqual([
      sha256("a()\nb()\nc()\uFFFD"),
    ]);
  });

  it("hashes non-ASCII text as UTF-8 and keeps an attribute's '>' out of the script", () => {
    expect(inlineScriptHashes('<script data-x="a>b">x("€ ₿")</script>')).toEqual([
      sha256('x("€ ₿")'),
    ]);
  });

  it("hashes an empty inline script (the browser checks it too)", () => {
    expect(inlineScriptHashes("<script></script>")).toEqual([sha256("")]);
  });
});

describe("contentSecurityPolicy", () => {
  it("allows our own scripts and exactly the given hashes: no unsafe-inline or unsafe-eval", () => {
    const policy = contentSecurityPolicy({ scriptHashes: ["sha256-AAA=", "sha256-BBB="] });
    const directives = Object.fromEntries(
      policy.split("; ").map((part) => [part.split(" ")[0], part.split(" ").slice(1).join(" ")]),
    );
    expect(directives["script-src"]).toBe("'self' 'sha256-AAA=' 'sha256-BBB='");
    expect(directives["object-src"]).toBe("'none'");
    expect(directives["base-uri"]).toBe("'self'");
    expect(directives["frame-ancestors"]).toBe("'none'");
    expect(directives["form-action"]).toBe("'self'");
    expect(directives["connect-src"]).toBe("'self'");
    expect(directives["default-src"]).toBe("'self'");
    expect(policy).not.toMatch(/unsafe-eval/);
    expect(directives["script-src"]).not.toMatch(/unsafe-inline/);
  });

  it("is relaxed for next dev only", () => {
    const policy = contentSecurityPolicy({ scriptHashes: [], dev: true });
    expect(policy).toMatch(/script-src 'self' 'unsafe-inline' 'unsafe-eval'/);
    expect(policy).toMatch(/frame-ancestors 'none'/);
  });

  it("gives other responses a policy that loads nothing and cannot be framed", () => {
    expect(RESOURCE_POLICY).toMatch(/^default-src 'none';/);
    expect(RESOURCE_POLICY).toMatch(/frame-ancestors 'none'/);
  });
});

describe("staticSecurityHeaders", () => {
  it("names the fixed set, with HSTS only for an HTTPS site", () => {
    const plain = Object.fromEntries(staticSecurityHeaders({ hsts: false }));
    expect(plain).toEqual({
      "X-Content-Type-Options": "nosniff",
      "Referrer-Policy": "strict-origin-when-cross-origin",
      "X-Frame-Options": "DENY",
      "Cross-Origin-Opener-Policy": "same-origin",
      "Permissions-Policy": expect.stringMatching(
        /camera=\(\), .*geolocation=\(\), .*microphone=\(\)/,
      ),
    });
    expect(Object.fromEntries(staticSecurityHeaders({ hsts: true }))).toMatchObject({
      "Strict-Transport-Security": "max-age=63072000; includeSubDomains",
    });
  });
});
