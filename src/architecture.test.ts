import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

// The layout rules of README "Where things live", checked on every test run:
//  - no two features import each other (in either direction, tests aside);
//  - src/lib and src/components import no feature;
//  - every server action is built by the action chain and every API route by apiRoute.

const SRC = path.resolve(import.meta.dirname);

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return name === "generated" ? [] : filesUnder(full);
    return /\.(ts|tsx)$/.test(name) && !/\.test\.tsx?$/.test(name) ? [full] : [];
  });
}

const sources = filesUnder(SRC).map((file) => ({
  file: path.relative(SRC, file),
  text: readFileSync(file, "utf8"),
}));

/** The "@/…" and relative modules a file imports, as paths under src/ (no extension). */
function importsOf(file: string, text: string): string[] {
  return ts.preProcessFile(text, true, true).importedFiles.flatMap(({ fileName }) => {
    if (fileName.startsWith("@/")) return [fileName.slice(2)];
    if (fileName.startsWith(".")) return [path.join(path.dirname(file), fileName)];
    return [];
  });
}

const featureOf = (module: string) => /^features\/([^/]+)/.exec(module)?.[1];

describe("layout", () => {
  it("no two features import each other", () => {
    const edges = new Map<string, Set<string>>();
    for (const { file, text } of sources) {
      const from = featureOf(file);
      if (!from) continue;
      for (const target of importsOf(file, text)) {
        const to = featureOf(target);
        if (to && to !== from) edges.set(from, (edges.get(from) ?? new Set()).add(to));
      }
    }
    const bothWays = [...edges].flatMap(([from, targets]) =>
      [...targets]
        .filter((to) => from < to && edges.get(to)?.has(from))
        .map((to) => `${from} ↔ ${to}`),
    );
    expect(bothWays).toEqual([]);
  });

  it("src/lib and src/components import no feature", () => {
    const offending = sources.flatMap(({ file, text }) =>
      /^(lib|components)\//.test(file)
        ? importsOf(file, text)
            .filter((target) => featureOf(target))
            .map((target) => `${file} → ${target}`)
        : [],
    );
    expect(offending).toEqual([]);
  });
  it("only queries and mutations modules (and src/lib) use the Prisma client", () => {
    const holdsQueries = (file: string) =>
      /^lib\//.test(file) || /(^|\/)(queries|mutations|[a-z-]+-queries)\.ts$/.test(file);
    const offending = sources
      .filter(
        ({ file, text }) =>
          !holdsQueries(file) && /import \{[^}]*\bdb\b[^}]*\} from "@\/lib\/db"/.test(text),
      )
      .map(({ file }) => file);
    expect(offending).toEqual([]);
  });
});

describe("the action chain", () => {
  const exported = (text: string) =>
    [...text.matchAll(/^export (?:async function|const|function|let) (\w+)/gm)].map((m) => m[1]!);

  it("builds every server action", () => {
    const actionFiles = sources.filter(({ text }) => /^["']use server["'];/m.test(text));
    expect(actionFiles.length).toBeGreaterThan(10);
    const handBuilt = actionFiles.flatMap(({ file, text }) =>
      exported(text)
        .filter(
          (name) =>
            !new RegExp(`^export const ${name} = (formAction|typedAction)\\b`, "m").test(text),
        )
        .map((name) => `${file}: ${name}`),
    );
    expect(handBuilt).toEqual([]);
  });

  it("builds every API route", () => {
    // next-auth's own handler is the one route that is not ours to build.
    const routes = sources.filter(
      ({ file }) => /^app\/api\/.*route\.ts$/.test(file) && !file.includes("[...nextauth]"),
    );
    expect(routes.length).toBeGreaterThan(5);
    const handBuilt = routes.flatMap(({ file, text }) =>
      exported(text)
        .filter((name) => /^(GET|POST|PUT|PATCH|DELETE)$/.test(name))
        .filter((name) => !new RegExp(`^export const ${name} = apiRoute\\b`, "m").test(text))
        .map((name) => `${file}: ${name}`),
    );
    expect(handBuilt).toEqual([]);
  });
});
