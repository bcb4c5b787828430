import { logger } from "./logger";

// The site's event bus: how one feature tells others that something happened without importing
// them. A feature that emits declares its events by merging into `SiteEvents`:
//
//   declare module "@/lib/events" { interface SiteEvents { articleChanged: ArticleChange } }
//
// and calls `emit("articleChanged", change)`; features that care call `on("articleChanged", …)`
// from their `subscriptions.ts`, which src/features/wiring.ts loads once per process (the server's
// instrumentation hook, the background runner and the tests all load it). Handlers run in order
// and are awaited; one that throws is logged and does not stop the others or the emitter, whose
// change is already committed.

// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled by declaration merging
export interface SiteEvents {}

export type EventName = keyof SiteEvents;
type Handler<K extends EventName> = (payload: SiteEvents[K]) => Promise<void> | void;

interface Registry {
  handlers: Map<string, Map<string, Handler<never>>>;
}

// On globalThis: the server script, the instrumentation hook and the app's bundles may each load
// their own copy of this module, and they must share one set of subscribers.
const KEY = Symbol.for("coinmela.events");
function registry(): Registry {
  const holder = globalThis as { [KEY]?: Registry };
  return (holder[KEY] ??= { handlers: new Map() });
}

/**
 * Subscribes `handler` to `name` under `id` (feature.purpose): subscribing the same id again
 * replaces the handler, so a module loaded twice does not run twice.
 */
export function on<K extends EventName>(name: K, id: string, handler: Handler<K>): void {
  const handlers = registry().handlers;
  const forEvent = handlers.get(name) ?? new Map<string, Handler<never>>();
  forEvent.set(id, handler as Handler<never>);
  handlers.set(name, forEvent);
}

/** The subscriber ids of `name`, in the order they run. */
export function subscribers(name: EventName): string[] {
  return [...(registry().handlers.get(name)?.keys() ?? [])];
}

/** Runs every handler of `name` with `payload`, in order; failures are logged, never thrown. */
export async function emit<K extends EventName>(name: K, payload: SiteEvents[K]): Promise<void> {
  for (const [id, handler] of registry().handlers.get(name) ?? []) {
    try {
      await (handler as Handler<K>)(payload);
    } catch (error) {
      logger().error({ err: error, event: name, subscriber: id }, `[events] ${id} failed`);
    }
  }
}
