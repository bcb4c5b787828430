// Password hashing: argon2id with the library's defaults (19 MiB memory, 2 passes), which meet
// OWASP's current minimum. The hash string carries its own parameters, so they can be raised
// later without breaking existing hashes.
import { hash, verify } from "@node-rs/argon2";

/** @node-rs/argon2's Algorithm.Argon2id; its enum is declared `const` and cannot be imported here. */
const ARGON2ID = 2;

export function hashPassword(password: string): Promise<string> {
  return hash(password, { algorithm: ARGON2ID });
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false; // malformed hash: treat as a failed sign-in, never as an error page
  }
}
