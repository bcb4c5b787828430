import http from "node:http";
import { expect, type Page, test } from "@playwright/test";
import sharp from "sharp";
import { signInAs, sql } from "./fixtures";

// Issue 12, finding 2: POST /api/admin/media with a valid admin session refuses other sites'
// pages (Origin), and stops reading a body as soon as it passes the upload limit, whether or not
// Content-Length says how long it is. Raw node:http requests against the running production
// build, with the session cookie of a real sign-in.

const LIMIT_BYTES = 10 * 1024 * 1024 + 64 * 1024; // MEDIA_MAX_UPLOAD_MB default + the envelope

async function sessionCookie(page: Page): Promise<string> {
  const cookies = await page.context().cookies();
  return cookies.map((cookie) => `${cookie.name}=${cookie.value}`).join("; ");
}

/** Signs in as the admin; answers the upload route and the session's Cookie header. */
async function signedInUpload(page: Page, baseURL: string | undefined) {
  await signInAs(page, "admin");
  return { cookie: await sessionCookie(page), url: new URL("/api/admin/media", baseURL) };
}

function multipart(boundary: string, alt: string, image: Buffer): Buffer {
  return Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="alt"\r\n\r\n${alt}\r\n` +
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="a.png"\r\n` +
        `Content-Type: image/png\r\n\r\n`,
    ),
    image,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
}

function post(
  url: URL,
  headers: Record<string, string>,
  body: Buffer,
): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const request = http.request(url, { method: "POST", headers }, (response) => {
      let text = "";
      response.setEncoding("utf8");
      response.on("data", (chunk: string) => (text += chunk));
      response.on("end", () => resolve({ status: response.statusCode ?? 0, body: text }));
    });
    request.on("error", reject);
    request.end(body);
  });
}

test("a cross-origin upload with an admin session is refused with 403 and stores nothing", async ({
  page,
  baseURL,
}) => {
  const { cookie, url } = await signedInUpload(page, baseURL);
  const alt = `cross-origin ${Date.now()} ${Math.random()}`;
  const image = await sharp({
    create: {
      width: 8,
      height: 8,
      channels: 3,
      background: { r: Math.floor(Math.random() * 256), g: 17, b: Date.now() % 256 },
    },
  })
    .png()
    .toBuffer();
  const boundary = `----e2e${Date.now()}`;
  const headers = {
    Cookie: cookie,
    "Content-Type": `multipart/form-data; boundary=${boundary}`,
  };

  const forged = await post(
    url,
    { ...headers, Origin: "https://evil.example" },
    multipart(boundary, alt, image),
  );
  expect(forged.status).toBe(403);
  expect(JSON.parse(forged.body)).toEqual({ error: expect.stringMatching(/this site/) });
  expect(await sql(`SELECT id FROM "Media" WHERE alt = $1`, [alt])).toEqual([]);

  // The same request from the site's own origin goes through: the session was good.
  const own = await post(url, { ...headers, Origin: url.origin }, multipart(boundary, alt, image));
  expect(own.status).toBe(201);
  expect(await sql(`SELECT id FROM "Media" WHERE alt = $1`, [alt])).toHaveLength(1);
});

test("an oversized chunked upload gets 413 before the client has finished sending it", async ({
  page,
  baseURL,
}) => {
  const { cookie, url } = await signedInUpload(page, baseURL);
  const boundary = `----e2e${Date.now()}`;
  // Four times the limit: a server that reads the whole body before checking would make us send
  // all of it, and could not answer before we end the request.
  const budget = LIMIT_BYTES * 4;
  const chunk = Buffer.alloc(64 * 1024, 0x61);
  const result = await new Promise<{ status: number; body: string; sent: number; ended: boolean }>(
    (resolve, reject) => {
      let sent = 0;
      let ended = false;
      let answered = false;
      const request = http.request(url, {
        method: "POST",
        headers: {
          Cookie: cookie,
          Origin: url.origin,
          "Content-Type": `multipart/form-data; boundary=${boundary}`,
          "Transfer-Encoding": "chunked",
        },
      });
      request.on("response", (response) => {
        answered = true;
        let text = "";
        response.setEncoding("utf8");
        response.on("data", (data: string) => (text += data));
        response.on("end", () => {
          resolve({ status: response.statusCode ?? 0, body: text, sent, ended });
          request.destroy();
        });
      });
      // Writes after the server closed the connection fail; only a failure before any answer counts.
      request.on("error", (error) => {
        if (!answered) reject(error);
      });
      request.write(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="big.png"\r\n` +
          `Content-Type: image/png\r\n\r\n`,
      );
      const pump = () => {
        while (!answered && sent < budget) {
          sent += chunk.length;
          if (!request.write(chunk)) {
            request.once("drain", pump);
            return;
          }
        }
        if (!answered && !ended) {
          ended = true;
          request.end(`\r\n--${boundary}--\r\n`);
        }
      };
      pump();
    },
  );
  expect(result.status).toBe(413);
  expect(JSON.parse(result.body)).toMatchObject({ field: "file" });
  // Answered while we were still sending: the server stopped reading near the limit.
  expect(result.ended, `sent ${result.sent} bytes before the answer`).toBe(false);
  expect(result.sent).toBeLessThan(budget);
});
