// The secret next-auth encrypts session cookies with. A configured NEXTAUTH_SECRET always wins.
// Without one, a development/demo run on the embedded database gets a random secret kept under
// .data/ (so sessions survive a restart); a run against a configured DATABASE_URL — production —
// refuses to start, because a per-start secret would sign everyone out on every deploy and a
// guessable one would let anyone forge a session.
import { randomBytes } from "node:crypto";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { ExpectedError } from "./expected-error";

export const DEV_SECRET_FILE = path.join(".data", "nextauth-secret");

export async function resolveAuthSecret(
  configured: string | undefined,
  embeddedDatabase: boolean,
  file = DEV_SECRET_FILE,
): Promise<string> {
  if (configured) return configured;
  if (!embeddedDatabase) {
    throw new ExpectedError(
      "NEXTAUTH_SECRET is not set. With DATABASE_URL configured the site runs as production and " +
        "needs a fixed secret of at least 32 characters, e.g. from `openssl rand -hex 32`.",
    );
  }
  try {
    const stored = (await readFile(file, "utf8")).trim();
    if (stored.length >= 32) return stored;
  } catch {
    // no secret yet
  }
  const secret = randomBytes(32).toString("hex");
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, `${secret}\n`, { mode: 0o600 });
  console.log(`NEXTAUTH_SECRET is not set: using a development secret kept in ${file}.`);
  return secret;
}
