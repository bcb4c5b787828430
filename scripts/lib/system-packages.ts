// Debian packages the edge, shared-cache and load tests run (varnishd, varnishtest, the xkey
// vmod, redis-server, wrk). Our machines and CI start without them; like Chromium
// (./chromium.ts) they are installed with apt-get when we are root, and named in a clear error
// otherwise.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { ExpectedError } from "./expected-error";

export type SystemPackage = "varnish" | "varnish-modules" | "redis-server" | "wrk";

/** Where Debian's vmods live: the multiarch directory (/usr/lib/x86_64-linux-gnu/varnish/vmods)
 * or, on older layouts, /usr/lib/varnish/vmods. */
export function findVmod(name: string): string | undefined {
  const file = `libvmod_${name}.so`;
  const candidates = [path.join("/usr/lib/varnish/vmods", file)];
  try {
    for (const entry of readdirSync("/usr/lib", { withFileTypes: true })) {
      if (entry.isDirectory() && entry.name.includes("-linux-"))
        candidates.push(path.join("/usr/lib", entry.name, "varnish/vmods", file));
    }
  } catch {
    // no /usr/lib at all: nothing installed
  }
  return candidates.find((candidate) => existsSync(candidate));
}

/** What each package must have put on disk for our scripts to work. */
const installedCheck: Record<SystemPackage, () => boolean> = {
  varnish: () => existsSync("/usr/sbin/varnishd") && existsSync("/usr/bin/varnishtest"),
  "varnish-modules": () => findVmod("xkey") !== undefined,
  "redis-server": () => existsSync("/usr/bin/redis-server"),
  wrk: () => existsSync("/usr/bin/wrk"),
};

export function missingSystemPackages(packages: readonly SystemPackage[]): SystemPackage[] {
  return packages.filter((name) => !installedCheck[name]());
}

/** Installs whichever of the packages are missing (root with apt-get only); throws an
 * ExpectedError naming them otherwise. */
export function ensureSystemPackages(
  packages: readonly SystemPackage[],
  log: (line: string) => void = console.log,
): void {
  const missing = missingSystemPackages(packages);
  if (missing.length === 0) return;
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
  const hasApt = spawnSync("sh", ["-c", "command -v apt-get"]).status === 0;
  if (!isRoot || !hasApt) {
    throw new ExpectedError(
      `These system packages are needed but missing: ${missing.join(", ")}. Install them ` +
        `(Debian/Ubuntu: sudo apt-get install -y ${missing.join(" ")}) and run again.`,
    );
  }
  log(`Installing ${missing.join(", ")} from Debian's packages (apt-get install)…`);
  const aptEnv = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  execFileSync("apt-get", ["update", "-q"], { stdio: "inherit", env: aptEnv });
  execFileSync("apt-get", ["install", "-y", "-q", "--no-install-recommends", ...missing], {
    stdio: "inherit",
    env: aptEnv,
  });
  const stillMissing = missingSystemPackages(missing);
  if (stillMissing.length > 0)
    throw new ExpectedError(
      `apt-get installed ${stillMissing.join(", ")}, but their files are still missing ` +
        "(varnishd, varnishtest, the xkey vmod, redis-server or wrk).",
    );
}
