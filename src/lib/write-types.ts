import type { Prisma } from "@/generated/prisma/client";
import type { ActionContext } from "./action-chain";

// Types the features' write functions (mutations.ts) take from the action that calls them.

/** A database transaction's client. */
export type Tx = Prisma.TransactionClient;

/** The action chain's ctx.audit: an entry by the acting user, inside `tx` when one is given. */
export type Audit = ActionContext<unknown>["audit"];
