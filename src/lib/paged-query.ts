import type { Prisma } from "@/generated/prisma/client";
import { type Paged, pageTotal } from "./pagination";

// One page of a Prisma model's rows with the count of all that match, for every paged admin
// list: the list states its where, order and select once, as it would for findMany.

/** The two calls a paged read needs, as any Prisma model delegate has them. */
interface Countable {
  count(args: { where?: unknown }): Promise<number>;
  findMany(args: object): Promise<unknown[]>;
}

/**
 * Counts the rows matching `args.where` and reads page `page` (1-based, `perPage` a page) of
 * them, at once. Rows come typed by `args`' select, as findMany's would.
 */
export async function findPage<Model, Args>(
  model: Model,
  args: Prisma.Exact<Args, Prisma.Args<Model, "findMany">>,
  page: number,
  perPage: number,
): Promise<Paged<Prisma.Result<Model, Args, "findMany">[number]>> {
  const delegate = model as unknown as Countable;
  const { where } = args as { where?: unknown };
  const [total, items] = await Promise.all([
    delegate.count({ where }),
    delegate.findMany({ ...(args as object), skip: (page - 1) * perPage, take: perPage }),
  ]);
  return {
    total,
    pages: pageTotal(total, perPage),
    items: items as Prisma.Result<Model, Args, "findMany">[number][],
  };
}
