import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { AdminList, CardList, DataTable, plural, SearchForm } from "./admin-list";

describe("SearchForm", () => {
  it("is a GET form with labelled fields holding the current values", () => {
    const html = renderToStaticMarkup(
      <SearchForm
        action="/admin/users"
        hidden={{ status: "PENDING", article: undefined }}
        fields={[
          { id: "user-search", name: "q", label: "Search", type: "search", value: "ann" },
          {
            id: "role-filter",
            name: "role",
            label: "Role",
            value: "ADMIN",
            anyLabel: "All roles",
            options: [{ value: "ADMIN", label: "Admin" }],
          },
        ]}
        clear={{ href: "/admin/users", label: "Clear" }}
      />,
    );
    const form = html.slice(0, html.indexOf(">"));
    expect(form).toContain('role="search"');
    expect(form).toContain('action="/admin/users"');
    expect(form).toContain('method="get"');
    expect(html).toContain('<input type="hidden" name="status" value="PENDING"/>');
    expect(html).not.toContain('name="article"');
    expect(html).toContain('<label for="user-search" class="form-label">Search</label>');
    expect(html).toMatch(/<input id="user-search"[^>]*name="q" value="ann"/);
    expect(html).toContain('<option value="">All roles</option>');
    expect(html).toContain('<option value="ADMIN" selected="">Admin</option>');
    expect(html).toContain('href="/admin/users">Clear</a>');
  });
});

describe("AdminList", () => {
  const list = (q?: string) =>
    renderToStaticMarkup(
      <AdminList
        basePath="/admin/tags"
        filters={[{ id: "tag-search", name: "q", label: "Search tags", value: q }]}
        clear="Clear filters"
        page={1}
        pages={2}
        total={30}
        noun={["tag", "tags"]}
      >
        <p>the list</p>
      </AdminList>,
    );

  it("keeps the filters on the pagination and offers to clear them only when set", () => {
    expect(list("eth")).toContain('href="/admin/tags?q=eth&amp;page=2"');
    expect(list("eth")).toContain(">Clear filters</a>");
    expect(list()).toContain('href="/admin/tags?page=2"');
    expect(list()).not.toContain("Clear filters");
    expect(list()).toContain("30 tags, page 1 of 2");
    expect(list()).toContain("<p>the list</p>");
  });
});

describe("DataTable and CardList", () => {
  const rows = [
    { id: 1, name: "One" },
    { id: 2, name: "Two" },
  ];

  it("renders a header row and a row per item, or the empty text", () => {
    const html = renderToStaticMarkup(
      <DataTable
        caption="Things"
        rows={rows}
        columns={[
          { header: "Name", cell: (row) => row.name },
          { header: "Actions", hiddenHeader: true, cell: () => "…" },
        ]}
      />,
    );
    expect(html).toContain('<caption class="sr-only">Things</caption>');
    expect(html.match(/<tr/g)).toHaveLength(3);
    expect(html).toContain('<span class="sr-only">Actions</span>');
    expect(
      renderToStaticMarkup(<DataTable caption="x" rows={[]} columns={[]} empty={<p>None.</p>} />),
    ).toBe("<p>None.</p>");
  });

  it("lists items in an ordered, labelled list when asked", () => {
    const html = renderToStaticMarkup(
      <CardList
        ordered
        label="In order"
        items={rows}
        render={(row, index) => `${index + 1}. ${row.name}`}
        empty="none"
      />,
    );
    expect(html).toMatch(/^<ol class="[^"]*" aria-label="In order"><li/);
    expect(html).toContain("2. Two");
    expect(plural(1, "article")).toBe("1 article");
    expect(plural(2, "entry", "entries")).toBe("2 entries");
  });
});
