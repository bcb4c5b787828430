// Every environment variable the site reads, validated once at start-up. A missing or
// malformed value stops the process with a message naming the variable and what it expects.
// Documented one by one in .env.example.
import { z } from "zod";

const postgresUrl = z
  .string()
  .trim()
  .refine((value) => /^postgres(ql)?:\/\/[^\s]+$/.test(value) && URL.canParse(value), {
    message:
      "expected a PostgreSQL connection string such as postgresql://user:password@host:5432/dbname",
  });

/** A whole number within [min, max]; anything else is answered with `message`. */
const integerIn = (min: number, max: number, message: string) =>
  z.coerce.number({ message }).int(message).min(min, message).max(max, message);

/** A whole number (of `unit`, when given) within [min, max]. */
const wholeNumber = (min: number, max: number, unit?: string) =>
  integerIn(
    min,
    max,
    `expected a whole number${unit ? ` of ${unit}` : ""} between ${min} and ${max}`,
  );

const port = wholeNumber(1, 65535);
const milliseconds = (min: number, max: number) => wholeNumber(min, max, "milliseconds");

const secret = z.string().min(32, "expected a random secret of at least 32 characters");

/** An absolute http(s) URL; `message` gives an example. */
const httpUrl = (message: string) => z.url({ protocol: /^https?$/, message });

/** An empty variable counts as unset, as in most deployment tools. */
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (value === "" ? undefined : value), schema.optional());

/** "true" or "false" (unset: false), read as a boolean. */
const flag = optional(z.enum(["true", "false"], { message: "expected true or false" }))
  .default("false")
  .transform((value) => value === "true");

export const envSchema = z
  .object({
    NODE_ENV: optional(
      z.enum(["development", "production", "test"], {
        message: "expected development, production or test",
      }),
    ).default("development"),
    DATABASE_URL: optional(postgresUrl),
    PORT: optional(port).default(3000),
    SITE_URL: optional(
      httpUrl("expected an absolute http(s) URL such as https://news.example.com"),
    ),
    EMBEDDED_PG_DIR: optional(z.string().trim().min(1)).default(".data/postgres"),
    TRUSTED_PROXY_HOPS: optional(
      integerIn(0, 10, "expected a whole number of proxies, 0 to 10"),
    ).default(0),
    REVALIDATE_SECRET: optional(secret),
    PRICE_PROVIDER: optional(
      z.enum(["offline", "coingecko"], { message: "expected offline or coingecko" }),
    ).default("offline"),
    PRICE_REFRESH_SECONDS: optional(wholeNumber(1, 3600, "seconds")).default(60),
    COINGECKO_PLAN: optional(z.enum(["demo", "pro"], { message: "expected demo or pro" })).default(
      "demo",
    ),
    COINGECKO_API_KEY: optional(
      z
        .string()
        .trim()
        .regex(/^[\w-]{8,100}$/, "expected the API key from your CoinGecko dashboard"),
    ),
    COINGECKO_BASE_URL: optional(
      httpUrl("expected an absolute http(s) URL such as https://api.coingecko.com/api/v3"),
    ),
    COINGECKO_TIMEOUT_MS: optional(milliseconds(100, 60_000)).default(5000),
    // next-auth: the secret that encrypts session cookies, and the public origin of the site.
    // `npm start` / `npm run dev` generate a development secret when it is unset and the database
    // is the embedded one; with DATABASE_URL set (production) it must be configured.
    NEXTAUTH_SECRET: optional(secret),
    NEXTAUTH_URL: optional(
      httpUrl("expected the site's absolute http(s) origin, e.g. https://news.example.com"),
    ),
    // Outgoing email (password-reset links). Unset SMTP_HOST: mail goes to a development outbox
    // of files under MAIL_OUTBOX_DIR (in development the link is also printed to the server log).
    SMTP_HOST: optional(z.string().trim().min(1)),
    SMTP_PORT: optional(port).default(587),
    SMTP_SECURE: flag,
    SMTP_USER: optional(z.string().min(1)),
    SMTP_PASSWORD: optional(z.string().min(1)),
    MAIL_FROM: optional(z.string().trim().min(3)).default("CoinMela <no-reply@localhost>"),
    MAIL_OUTBOX_DIR: optional(z.string().trim().min(1)).default(".data/outbox"),
    // Uploaded images (the admin's media library): where originals and their resized variants are
    // written, and the largest upload accepted, in megabytes.
    MEDIA_DIR: optional(z.string().trim().min(1)).default(".data/uploads"),
    MEDIA_MAX_UPLOAD_MB: optional(
      z.coerce
        .number({ message: "expected a number of megabytes between 1 and 100" })
        .min(1, "expected a number of megabytes between 1 and 100")
        .max(100, "expected a number of megabytes between 1 and 100"),
    ).default(10),
    // The in-process scheduler (src/features/scheduling): how often it publishes scheduled
    // articles whose time has come and sends queued webhook deliveries.
    SCHEDULER_INTERVAL_SECONDS: optional(wholeNumber(1, 3600, "seconds")).default(15),
    // How long a webhook receiver may take to answer before the attempt counts as failed.
    WEBHOOK_TIMEOUT_MS: optional(milliseconds(100, 60_000)).default(10_000),
    // Webhook receivers on loopback, private or link-local addresses are refused (the form refuses
    // such URLs; the sender refuses any name that resolves to one). "true" allows them, for
    // receivers on the same private network (on-premise) and for the tests' loopback receivers.
    WEBHOOK_ALLOW_PRIVATE: flag,
    // Several instances share Next's page and data cache through Redis (src/lib/cache/), and
    // count rate limits there (src/features/rate-limits/). Unset: each process keeps its own
    // cache, as a single instance does, and rate limits count in PostgreSQL.
    REDIS_URL: optional(
      z
        .string()
        .trim()
        .refine((value) => /^rediss?:\/\/[^\s]+$/.test(value) && URL.canParse(value), {
          message: "expected a Redis URL such as redis://cache.internal:6379/0",
        }),
    ),
    // The edge cache(s) in front of the site (Varnish with xkey, deploy/varnish/): every URL here
    // gets a PURGE naming the cache tags that changed. Unset: there is no edge to purge.
    EDGE_PURGE_URLS: optional(
      z
        .string()
        .trim()
        .transform((value, context) => {
          const urls = value.split(",").map((part) => part.trim());
          for (const url of urls) {
            if (!URL.canParse(url) || !/^https?:$/.test(new URL(url).protocol)) {
              context.addIssue({
                code: "custom",
                message: `expected comma-separated http(s) URLs of the edge caches, e.g. http://varnish-1:6081/,http://varnish-2:6081/ ("${url}" is not one)`,
              });
              return z.NEVER;
            }
          }
          return urls.map((url) => new URL(url).href);
        }),
    ),
    EDGE_PURGE_SECRET: optional(secret),
    // Every database use is bounded in time, so that a stalled PostgreSQL gives readers an error
    // page (503) instead of a hang (src/lib/db-pool.ts). CONNECT: waiting for a connection, a
    // free one from the pool or a new one (pg-pool applies one deadline to both). STATEMENT: the
    // server cancels a statement after this long. QUERY: the client gives up on an answer after
    // this long (a frozen server never enforces its own statement timeout) and drops that
    // connection. The admin, its API and background jobs get ADMIN_STATEMENT instead of both.
    DB_CONNECT_TIMEOUT_MS: optional(milliseconds(100, 60_000)).default(1000),
    DB_STATEMENT_TIMEOUT_MS: optional(milliseconds(100, 600_000)).default(1200),
    DB_QUERY_TIMEOUT_MS: optional(milliseconds(100, 600_000)).default(1500),
    DB_ADMIN_STATEMENT_TIMEOUT_MS: optional(milliseconds(100, 3_600_000)).default(8_000),
    // Bearer token that GET /metrics (Prometheus) requires. Unset: /metrics answers 404.
    METRICS_TOKEN: optional(
      z
        .string()
        .min(32, "expected a random token of at least 32 characters")
        .regex(/^[\x21-\x7e]+$/, "expected printable characters without spaces"),
    ),
    LOG_LEVEL: optional(
      z.enum(["debug", "info", "warn", "error"], {
        message: "expected debug, info, warn or error",
      }),
    ).default("info"),
  })
  .superRefine((env, context) => {
    if (env.DB_QUERY_TIMEOUT_MS <= env.DB_STATEMENT_TIMEOUT_MS) {
      context.addIssue({
        code: "custom",
        path: ["DB_QUERY_TIMEOUT_MS"],
        message:
          "must be longer than DB_STATEMENT_TIMEOUT_MS (a live server cancels first; the client's limit is for a server that does not answer at all)",
      });
    }
    if (env.EDGE_PURGE_URLS && !env.EDGE_PURGE_SECRET) {
      context.addIssue({
        code: "custom",
        path: ["EDGE_PURGE_SECRET"],
        message: "required when EDGE_PURGE_URLS is set (the edge refuses purges without it)",
      });
    }
  })
  .transform((env) => ({
    ...env,
    // Canonical URLs, feeds and sitemaps need an absolute origin; without one we use the local server.
    SITE_URL: (env.SITE_URL ?? `http://localhost:${env.PORT}`).replace(/\/+$/, ""),
    // The demo and pro plans live on different hosts; an explicit URL (a proxy, a test double) wins.
    COINGECKO_BASE_URL: (
      env.COINGECKO_BASE_URL ??
      (env.COINGECKO_PLAN === "pro"
        ? "https://pro-api.coingecko.com/api/v3"
        : "https://api.coingecko.com/api/v3")
    ).replace(/\/+$/, ""),
  }));

export type Env = z.infer<typeof envSchema>;

export class EnvError extends Error {
  override name = "EnvError";
  constructor(readonly problems: { variable: string; message: string }[]) {
    super(
      "Invalid environment configuration:\n" +
        problems.map((p) => `  - ${p.variable}: ${p.message}`).join("\n") +
        "\nSee .env.example for what each variable means.",
    );
  }
}

export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = envSchema.safeParse(source);
  if (!result.success) {
    throw new EnvError(
      result.error.issues.map((issue) => ({
        variable: String(issue.path[0] ?? "(environment)"),
        message: issue.message,
      })),
    );
  }
  return result.data;
}

function loadEnv(): Env {
  try {
    return parseEnv(process.env);
  } catch (error) {
    // Stop the process with the message alone: a stack trace would bury which variable is wrong.
    if (error instanceof EnvError && !process.env.VITEST && typeof process.exit === "function") {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
}

export const env: Env = loadEnv();
