import { z } from "zod";
import { slugProblem } from "./slug-rules";

// The one definition of valid article input in the admin, used by the server actions (and its
// types by the editor). The editor sends plain objects; nothing from the client is trusted.

export const SEO_TITLE_HINT = 60;
export const SEO_DESCRIPTION_HINT = 155;
const BODY_MAX = 200_000;

const id = z.number().int().positive();

export const articleFieldsSchema = z
  .object({
    title: z.string().trim().min(1, "Enter a title.").max(200, "Keep the title to 200 characters."),
    dek: z.string().trim().max(400, "Keep the dek to 400 characters."),
    slug: z
      .string()
      .trim()
      .superRefine((slug, context) => {
        const problem = slugProblem(slug);
        if (problem) context.addIssue({ code: "custom", message: problem });
      }),
    bodySource: z.string().max(BODY_MAX, "The body is too long."),
    kind: z.enum(["NEWS", "GUIDE"], { error: "Pick news or guide." }),
    categoryId: z.number({ error: "Pick a category." }).int().positive("Pick a category."),
    tagIds: z.array(id).max(30, "At most 30 tags."),
    /** Names of tags to create with this save (editors only). */
    newTags: z
      .array(z.string().trim().min(1).max(60, "Keep tag names to 60 characters."))
      .max(10, "At most 10 new tags at once."),
    /** In byline order: the first is the byline author. */
    authorIds: z.array(id).min(1, "Pick at least one author.").max(10, "At most 10 authors."),
    featuredImageId: id.nullable(),
    featuredImageCaption: z.string().trim().max(300, "Keep the caption to 300 characters."),
    seoTitle: z.string().trim().max(120, "Keep the SEO title to 120 characters."),
    seoDescription: z.string().trim().max(320, "Keep the SEO description to 320 characters."),
    sponsored: z.boolean(),
    sponsorName: z.string().trim().max(100, "Keep the sponsor name to 100 characters."),
  })
  .superRefine((fields, context) => {
    if (fields.sponsored && fields.sponsorName === "") {
      context.addIssue({
        code: "custom",
        path: ["sponsorName"],
        message: "Name the sponsor of a sponsored article.",
      });
    }
    if (new Set(fields.authorIds).size !== fields.authorIds.length) {
      context.addIssue({
        code: "custom",
        path: ["authorIds"],
        message: "An author is listed twice.",
      });
    }
  });

export type ArticleFields = z.input<typeof articleFieldsSchema>;

/** A new article's fields before anything is typed (it still needs a category and an author). */
export const BLANK_FIELDS: ArticleFields = {
  title: "",
  dek: "",
  slug: "",
  bodySource: "",
  kind: "NEWS",
  categoryId: 0,
  tagIds: [],
  newTags: [],
  authorIds: [],
  featuredImageId: null,
  featuredImageCaption: "",
  seoTitle: "",
  seoDescription: "",
  sponsored: false,
  sponsorName: "",
};

/**
 * `schema` with the problems under `fields` reported at the top level ("title", not
 * "fields.title"): the action chain keys field errors by the first step of their path, and the
 * editor shows each message next to its field.
 */
function fieldsAtTop<S extends z.ZodType>(schema: S): z.ZodType<z.output<S>, z.input<S>> {
  const flattened = z.unknown().transform((value, context) => {
    const parsed = schema.safeParse(value);
    if (parsed.success) return parsed.data;
    for (const issue of parsed.error.issues) {
      const path = issue.path[0] === "fields" ? issue.path.slice(1) : issue.path;
      context.addIssue({ code: "custom", message: issue.message, path });
    }
    return z.NEVER;
  });
  return flattened as unknown as z.ZodType<z.output<S>, z.input<S>>;
}

/** A save: the article (null id: a new one) and the version the editor started from. */
const saveShape = z.object({
  id: id.nullable(),
  version: z.number().int().min(1).nullable(),
  fields: articleFieldsSchema,
});
export const saveArticleSchema = fieldsAtTop(saveShape);
export type SaveArticleInput = z.input<typeof saveArticleSchema>;

/** Scheduling: a save plus a date and time read in the site's time zone. */
export const scheduleArticleSchema = fieldsAtTop(
  saveShape.extend({
    scheduleDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "Pick a date."),
    scheduleTime: z.string().regex(/^\d{2}:\d{2}$/, "Pick a time."),
  }),
);
export type ScheduleArticleInput = z.input<typeof scheduleArticleSchema>;

/** What the editor says above the fields when any of them has a problem. */
export const FIELDS_MESSAGE = "Some fields need attention.";

/** Steps that change only the status (unpublish, archive, delete). */
export const articleVersionSchema = z.object({ id, version: z.number().int().min(1) });
export type ArticleVersionInput = z.input<typeof articleVersionSchema>;

export const restoreRevisionSchema = z.object({
  articleId: id,
  revisionId: id,
  version: z.number().int().min(1),
});
export type RestoreRevisionInput = z.input<typeof restoreRevisionSchema>;

export const previewSchema = z.string().max(BODY_MAX, "The body is too long to preview.");

const STATUSES = ["DRAFT", "IN_REVIEW", "SCHEDULED", "PUBLISHED", "ARCHIVED"] as const;

/** The admin list's filters, from the query string; anything odd is ignored rather than an error. */
export const articleListFiltersSchema = z.object({
  status: z.enum(STATUSES).optional().catch(undefined),
  category: z.coerce.number().int().positive().optional().catch(undefined),
  author: z.coerce.number().int().positive().optional().catch(undefined),
  q: z.string().trim().max(200).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).catch(1).default(1),
});
export type ArticleListFilters = z.infer<typeof articleListFiltersSchema>;
