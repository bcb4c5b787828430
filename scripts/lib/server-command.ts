import { fileURLToPath } from "node:url";
import { PEER_ADDRESS_PRELOAD } from "./peer-address";

/** Node arguments that run the production server (scripts/next-server.ts: Next behind the page
 * fast path) with the peer-address preload. */
export function productionServerArgs(options: {
  port: number;
  hostname?: string;
  keepAliveTimeout?: number;
}): string[] {
  return [
    "--import",
    "tsx",
    ...PEER_ADDRESS_PRELOAD,
    fileURLToPath(new URL("../next-server.ts", import.meta.url)),
    "--port",
    String(options.port),
    ...(options.hostname ? ["--hostname", options.hostname] : []),
    ...(options.keepAliveTimeout !== undefined
      ? ["--keepAliveTimeout", String(options.keepAliveTimeout)]
      : []),
  ];
}
