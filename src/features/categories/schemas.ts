import { z } from "zod";
import { namedFields, withSlug } from "@/lib/slugs";

// Input of the category admin's forms: the one definition of valid, shared by actions and tests.

const id = z.coerce.number().int().positive();

export const createCategorySchema = z.object(namedFields).transform(withSlug);

export const updateCategorySchema = z.object({ id, ...namedFields }).transform(withSlug);

export const moveCategorySchema = z.object({ id, direction: z.enum(["up", "down"]) });

export const deleteCategorySchema = z.object({ id });
