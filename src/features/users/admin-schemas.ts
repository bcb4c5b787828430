import { z } from "zod";
import { ROLES } from "@/lib/permissions";

const id = z.coerce.number().int().positive().max(2_147_483_647);

export const usersQuerySchema = z.object({
  q: z.string().trim().max(100).optional().catch(undefined),
  role: z.enum(ROLES).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
});
export type UsersQuery = z.infer<typeof usersQuerySchema>;

export const changeRoleSchema = z.object({
  userId: id,
  role: z.enum(ROLES, { message: "Choose one of the roles." }),
});

export const setBanSchema = z.object({
  userId: id,
  banned: z.enum(["true", "false"]).transform((value) => value === "true"),
  spamPending: z.preprocess((value) => value === "on", z.boolean()),
});

export const userIdSchema = z.object({ userId: id });
