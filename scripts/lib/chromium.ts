// End-to-end tests and the Lighthouse bench use Debian's Chromium (Playwright cannot download its own
// browser here).
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { ExpectedError } from "./expected-error";

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/** Headless, and nothing that phones home: our machines reach no network but the local one. */
export const CHROMIUM_HEADLESS_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** Installs Debian's chromium package when it is missing and we may (root, apt available). */
export function ensureChromium(log: (line: string) => void = console.log): void {
  if (existsSync(CHROMIUM_PATH)) return;
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
  const hasApt = spawnSync("sh", ["-c", "command -v apt-get"]).status === 0;
  if (!isRoot || !hasApt) {
    throw new ExpectedError(
      `Chromium is needed for the end-to-end tests but ${CHROMIUM_PATH} does not exist. Install it ` +
        "(Debian/Ubuntu: sudo apt-get install -y chromium) or set CHROMIUM_PATH.",
    );
  }
  log("Installing Chromium from Debian's packages (apt-get install chromium)…");
  const aptEnv = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  execFileSync("apt-get", ["update", "-q"], { stdio: "inherit", env: aptEnv });
  execFileSync("apt-get", ["install", "-y", "-q", "--no-install-recommends", "chromium"], {
    stdio: "inherit",
    env: aptEnv,
  });
  if (!existsSync(CHROMIUM_PATH))
    throw new ExpectedError(`apt-get installed chromium, but ${CHROMIUM_PATH} is still missing.`);
}
