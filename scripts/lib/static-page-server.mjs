// The reference for `npm run bench`: the smallest Node server that can serve one page, run as
// its own process so it competes with wrk exactly as an app instance does. It answers every GET
// with the bytes of one file, or the file's pre-gzipped bytes to clients that accept gzip (what
// a framework or edge with the page already rendered and compressed could do at best).
// Usage: node static-page-server.mjs <page.html> <page.html.gz>; prints the port it listens on.
import { readFileSync } from "node:fs";
import { createServer } from "node:http";

const raw = readFileSync(process.argv[2]);
const gzip = readFileSync(process.argv[3]);

const server = createServer((request, response) => {
  const wantsGzip = /\bgzip\b/.test(request.headers["accept-encoding"] ?? "");
  const body = wantsGzip ? gzip : raw;
  response.writeHead(200, {
    "Content-Type": "text/html; charset=utf-8",
    "Content-Length": body.length,
    Vary: "Accept-Encoding",
    ...(wantsGzip ? { "Content-Encoding": "gzip" } : {}),
  });
  response.end(body);
});
server.keepAliveTimeout = 65_000;
server.listen(0, "127.0.0.1", () => console.log(String(server.address().port)));
process.on("SIGTERM", () => server.close(() => process.exit(0)));
