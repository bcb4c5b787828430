import { instantToZonedTime } from "@/lib/zoned-time";
import { newArticleFields } from "../../fixtures/article-fields";
import { editorInput, makeArticle, makeAuthor, makeCategory } from "../article-fixtures";
import { pageOutcome } from "../action-helpers";
import type { ProbeContext, Probes } from "./types";

// The article admin's actions, called directly as each role. Each probe creates its own article
// (by the probing user where the action is about one's own work, so a refusal is the role's and
// not authorship's) and reports "allowed" only when the database shows the change.

const actions = () => import("@/features/articles/admin-actions");

type Outcome = { status: string; code?: number };

/** "refused" requires the action to have said so (401 or 403); anything else unexpected fails
 * the probe. */
function refusedOr(outcome: Outcome, changed: boolean) {
  if (changed) return "allowed" as const;
  if (outcome.status === "error" && (outcome.code === 401 || outcome.code === 403)) {
    return "refused" as const;
  }
  throw new Error(`Neither carried out nor refused: ${JSON.stringify(outcome)}`);
}

async function ownArticle(context: ProbeContext, status: "DRAFT" | "PUBLISHED" = "DRAFT") {
  return makeArticle(context.prisma, context.unique, { authorId: context.user.id, status });
}

async function statusOf(context: ProbeContext, id: number) {
  return (await context.prisma.article.findUnique({ where: { id }, select: { status: true } }))
    ?.status;
}

/** Removes what a probe created: the shared database must be left as found (the seed test
 * compares the category list, for one). Articles go first (they restrict their category). */
async function cleanUp({ prisma, unique }: ProbeContext) {
  await prisma.article.deleteMany({ where: { slug: { contains: unique } } });
  await prisma.category.deleteMany({ where: { slug: `cat-${unique}` } });
  await prisma.user.deleteMany({ where: { username: `author-${unique}` } });
}

/** Runs a workflow action on an article of the user's own: "allowed" when its status is `after`. */
async function changeStatus(
  context: ProbeContext,
  before: "DRAFT" | "PUBLISHED",
  after: string | undefined,
  act: (article: { id: number; version: number }) => Promise<Outcome>,
) {
  const article = await ownArticle(context, before);
  const outcome = await act(article);
  return refusedOr(outcome, (await statusOf(context, article.id)) === after);
}

/** A workflow action that takes the editor's input (submit, publish), on a draft of the user's. */
function withEditorInput(name: "submitArticleAction" | "publishArticleAction", after: string) {
  return async (context: ProbeContext) => {
    const action = (await actions())[name];
    return changeStatus(context, "DRAFT", after, async (article) =>
      action(await editorInput(context.prisma, article.id)),
    );
  };
}

/** Saves the article with a new title: "allowed" when the title changed. */
async function retitle(context: ProbeContext, id: number, title: string) {
  const { saveArticleAction } = await actions();
  const outcome = await saveArticleAction(await editorInput(context.prisma, id, { title }));
  const row = await context.prisma.article.findUnique({ where: { id } });
  return refusedOr(outcome, row?.title === title);
}

const articleProbes: Probes = {
  async "article.list"() {
    const { default: ArticlesPage } = await import("@/app/admin/articles/page");
    return pageOutcome(() => ArticlesPage({ searchParams: Promise.resolve({}) }));
  },

  async "article.create"(context) {
    const { saveArticleAction } = await actions();
    const category = await makeCategory(context.prisma, context.unique);
    const slug = `new-${context.unique}`;
    const outcome = await saveArticleAction({
      id: null,
      version: null,
      fields: newArticleFields({
        title: `New ${context.unique}`,
        slug,
        bodySource: "Hello.",
        categoryId: category.id,
        authorIds: [context.user.id],
      }),
    });
    const created = await context.prisma.article.count({ where: { slug } });
    return refusedOr(outcome, created === 1);
  },

  async "article.editOwn"(context) {
    const article = await ownArticle(context);
    return retitle(context, article.id, `Edited own ${context.unique}`);
  },

  "article.submit": withEditorInput("submitArticleAction", "IN_REVIEW"),

  async "article.editAny"(context) {
    const someoneElse = await makeAuthor(context.prisma, context.unique);
    const article = await makeArticle(context.prisma, context.unique, { authorId: someoneElse.id });
    return retitle(context, article.id, `Edited any ${context.unique}`);
  },

  "article.publish": withEditorInput("publishArticleAction", "PUBLISHED"),

  async "article.schedule"(context) {
    const { scheduleArticleAction } = await actions();
    const article = await ownArticle(context);
    // Tomorrow in UTC, the zone of an unseeded database's default settings or not: a day ahead
    // is in the future in every zone.
    const when = instantToZonedTime(new Date(Date.now() + 2 * 86_400_000), "UTC");
    const outcome = await scheduleArticleAction({
      ...(await editorInput(context.prisma, article.id)),
      scheduleDate: when.date,
      scheduleTime: when.time,
    });
    return refusedOr(outcome, (await statusOf(context, article.id)) === "SCHEDULED");
  },

  async "article.unpublish"(context) {
    const { unpublishArticleAction } = await actions();
    return changeStatus(context, "PUBLISHED", "DRAFT", (article) =>
      unpublishArticleAction({ id: article.id, version: article.version }),
    );
  },

  async "article.archive"(context) {
    const { archiveArticleAction } = await actions();
    return changeStatus(context, "DRAFT", "ARCHIVED", (article) =>
      archiveArticleAction({ id: article.id, version: article.version }),
    );
  },

  async "article.delete"(context) {
    const { deleteArticleAction } = await actions();
    return changeStatus(context, "DRAFT", undefined, (article) =>
      deleteArticleAction({ id: article.id, version: article.version }),
    );
  },
};

export const probes: Probes = Object.fromEntries(
  Object.entries(articleProbes).map(([action, probe]) => [
    action,
    async (context: ProbeContext) => {
      try {
        return await probe(context);
      } finally {
        await cleanUp(context);
      }
    },
  ]),
);
