import { z } from "zod";

export const viewBeaconSchema = z.object({
  slug: z
    .string()
    .trim()
    .min(1)
    .max(200)
    .regex(/^[a-z0-9-]+$/, "slug has only lowercase letters, digits and hyphens"),
});
