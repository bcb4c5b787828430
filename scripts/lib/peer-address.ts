import { fileURLToPath } from "node:url";

/** Node arguments that preload peer-address.mjs into the Next.js server (see that file for why). */
export const PEER_ADDRESS_PRELOAD = [
  "--import",
  fileURLToPath(new URL("./peer-address.mjs", import.meta.url)),
];
