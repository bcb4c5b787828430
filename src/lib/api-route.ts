import "server-only";
import { NextResponse, type NextRequest } from "next/server";
import type { z } from "zod";
import {
  type Access,
  type ActionContext,
  authenticate,
  contextFor,
  isNextSignal,
  reported,
  type UserFor,
} from "./action-chain";
import { ActionError, type Failure, toFailure, type UniqueMessages } from "./errors";

// Every app/api route handler is built here, on the same chain as the server actions
// (src/lib/action-chain.ts): parse the query, the route params and the JSON body with zod →
// authenticate → authorize → run → expire cache tags → answer, with every failure answered by
// the one error map (src/lib/errors.ts) as JSON `{ error, issues? }` and the matching status.

export interface RouteInput<Q, B, P> {
  query: Q;
  body: B;
  params: P;
}

export interface RouteContext<U> extends ActionContext<U> {
  request: NextRequest;
}

type Schema = z.ZodType;
type Out<S> = S extends z.ZodType ? z.output<S> : undefined;

interface RouteOptions<A extends Access, Q, B, P> {
  /** For the logs, e.g. "comments.post". */
  name: string;
  access: A;
  query?: Q;
  params?: P;
  body?: B;
  /** Refuse bodies not sent as application/json (415): a cross-site form cannot send JSON. */
  jsonOnly?: boolean;
  unique?: UniqueMessages;
  run: (
    input: RouteInput<Out<Q>, Out<B>, Out<P>>,
    ctx: RouteContext<UserFor<A>>,
  ) => Promise<Response | object> | Response | object;
}

const NO_STORE = { "Cache-Control": "private, no-store" };

/** A failure from the error map as the JSON answer. */
export function failureResponse(failure: Failure): Response {
  const headers: Record<string, string> = { ...NO_STORE };
  if (failure.retryAfterSeconds) headers["Retry-After"] = String(failure.retryAfterSeconds);
  if (failure.code === 503) headers["Cache-Control"] = "no-store";
  const issues = failure.fieldErrors
    ? Object.entries(failure.fieldErrors).map(([field, message]) => ({ field, message }))
    : undefined;
  return NextResponse.json({ error: failure.message, issues }, { status: failure.code, headers });
}

function invalid(message: string, error: z.ZodError): ActionError {
  const fieldErrors: Record<string, string> = {};
  for (const issue of error.issues) fieldErrors[issue.path.join(".") || "body"] ??= issue.message;
  return new ActionError({ code: 422, message, fieldErrors });
}

async function readBody(request: NextRequest, jsonOnly: boolean): Promise<unknown> {
  if (jsonOnly && !request.headers.get("content-type")?.startsWith("application/json")) {
    throw new ActionError({ code: 415, message: "Send JSON (Content-Type: application/json)." });
  }
  const text = await request.text();
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new ActionError({ code: 422, message: "The body must be JSON." });
  }
}

async function parse(schema: unknown, value: unknown, what: string): Promise<unknown> {
  if (!schema) return undefined;
  const parsed = (schema as Schema).safeParse(value);
  if (!parsed.success) throw invalid(`Invalid ${what}`, parsed.error);
  return parsed.data;
}

/** A route handler (GET, POST, …) built on the chain. */
export function apiRoute<
  A extends Access,
  Q extends Schema | undefined = undefined,
  B extends Schema | undefined = undefined,
  P extends Schema | undefined = undefined,
>(
  options: RouteOptions<A, Q, B, P>,
): (
  request: NextRequest,
  context: { params: Promise<Record<string, string | string[]>> },
) => Promise<Response> {
  return async (request, routeContext) => {
    try {
      const query = options.query
        ? await parse(options.query, Object.fromEntries(new URL(request.url).searchParams), "query")
        : undefined;
      const params = await parse(options.params, await routeContext?.params, "address");
      const body = options.body
        ? await parse(options.body, await readBody(request, options.jsonOnly ?? false), "body")
        : undefined;
      const chain = contextFor(await authenticate(options.access));
      const answer = await options.run(
        { query, body, params } as RouteInput<Out<Q>, Out<B>, Out<P>>,
        { ...chain.context, request },
      );
      await chain.flush();
      return answer instanceof Response ? answer : NextResponse.json(answer, { headers: NO_STORE });
    } catch (error) {
      if (isNextSignal(error)) throw error;
      return failureResponse(reported(options.name, error, toFailure(error, options.unique)));
    }
  };
}
