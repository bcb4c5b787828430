import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { ListPagination } from "./admin-list";
import { countText, PaginationNav, pagesAround } from "./pagination-nav";

const hrefs = (html: string) =>
  [...html.matchAll(/href="([^"]*)"/g)].map((m) => m[1]!.replace(/&amp;/g, "&"));

describe("PaginationNav", () => {
  it("renders nothing for a single page without a count", () => {
    expect(renderToStaticMarkup(<PaginationNav basePath="/news" page={1} pages={1} />)).toBe("");
  });

  it("links the previous, the numbered pages around the current one and the next", () => {
    const html = renderToStaticMarkup(<PaginationNav basePath="/news" page={5} pages={9} />);
    expect(html).toContain('aria-label="Pagination"');
    expect(hrefs(html)).toEqual([
      "/news?page=4",
      "/news",
      "/news?page=4",
      "/news?page=6",
      "/news?page=9",
      "/news?page=6",
    ]);
    expect(html).toMatch(/rel="prev"[^>]*>← Newer</);
    expect(html).toMatch(/rel="next"[^>]*>Older →</);
    expect(html).toMatch(/aria-current="page"[^>]*>5</);
    expect(html).toContain('aria-label="Page 9"');
    // Gaps between 1 and 4 and between 6 and 9 are marked.
    expect(html.match(/…/g)).toHaveLength(2);
  });

  it("has no previous link on the first page and no next link on the last", () => {
    const first = renderToStaticMarkup(<PaginationNav basePath="/news" page={1} pages={2} />);
    expect(first).not.toContain('rel="prev"');
    expect(first).toContain('rel="next"');
    const last = renderToStaticMarkup(<PaginationNav basePath="/news" page={2} pages={2} />);
    expect(last).toContain('rel="prev"');
    expect(last).not.toContain('rel="next"');
  });

  it("keeps the list's filters on every link, and a query already in the path", () => {
    const html = renderToStaticMarkup(
      <PaginationNav basePath="/admin/users" params={{ q: "ann", role: "" }} page={2} pages={3} />,
    );
    expect(hrefs(html)).toEqual([
      "/admin/users?q=ann",
      "/admin/users?q=ann",
      "/admin/users?q=ann&page=3",
      "/admin/users?q=ann&page=3",
    ]);
    const search = renderToStaticMarkup(
      <PaginationNav basePath="/search?q=btc" page={1} pages={2} />,
    );
    expect(hrefs(search)).toContain("/search?q=btc&page=2");
  });

  it("shows the count when given a total, even on a single page", () => {
    const one = renderToStaticMarkup(
      <PaginationNav basePath="/admin/tags" page={1} pages={1} total={1} noun={["tag", "tags"]} />,
    );
    expect(one).toContain("1 tag</p>");
    expect(one).not.toContain("<ul");
    const many = renderToStaticMarkup(
      <PaginationNav
        basePath="/admin/tags"
        page={2}
        pages={3}
        total={1234}
        noun={["tag", "tags"]}
      />,
    );
    expect(many).toContain("1,234 tags, page 2 of 3");
  });

  it("words the admin's lists Previous / Next under their own label", () => {
    const html = renderToStaticMarkup(
      <ListPagination basePath="/admin/media" page={2} pages={3} label="Media pages" />,
    );
    expect(html).toContain('aria-label="Media pages"');
    expect(html).toMatch(/rel="prev"[^>]*>← Previous</);
    expect(html).toMatch(/rel="next"[^>]*>Next →</);
  });
});

describe("pagesAround and countText", () => {
  it("picks the first, the neighbours and the last page, once each", () => {
    expect(pagesAround(1, 1)).toEqual([1]);
    expect(pagesAround(1, 5)).toEqual([1, 2, 5]);
    expect(pagesAround(3, 5)).toEqual([1, 2, 3, 4, 5]);
    expect(pagesAround(10, 10)).toEqual([1, 9, 10]);
  });

  it("counts in the singular and the plural", () => {
    expect(countText(0, ["entry", "entries"], 1, 1)).toBe("0 entries");
    expect(countText(1, ["entry", "entries"], 1, 1)).toBe("1 entry");
    expect(countText(31, ["entry", "entries"], 2, 2)).toBe("31 entries, page 2 of 2");
  });
});
