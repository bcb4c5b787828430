import { describe, expect, it } from "vitest";
import { can } from "@/lib/permissions";
import type { Role } from "@/generated/prisma/enums";
import {
  type ArticleStatus,
  availableSteps,
  permissionForStep,
  publicationDates,
  scheduleProblem,
  statusAfterStep,
  stepProblem,
} from "./workflow-rules";

const STATUSES: ArticleStatus[] = ["DRAFT", "IN_REVIEW", "SCHEDULED", "PUBLISHED", "ARCHIVED"];
const as = (role: Role) => (action: Parameters<typeof can>[1]) => can(role, action);

describe("steps and permissions", () => {
  it("asks for create on a first save and editOwn on later saves", () => {
    expect(permissionForStep("save", true)).toBe("article.create");
    expect(permissionForStep("save", false)).toBe("article.editOwn");
    expect(permissionForStep("publish", false)).toBe("article.publish");
    expect(permissionForStep("delete", false)).toBe("article.delete");
  });

  it("never offers a contributor publish, schedule, unpublish, archive or delete", () => {
    for (const status of [null, ...STATUSES]) {
      const steps = availableSteps(status, as("CONTRIBUTOR"));
      for (const step of ["publish", "schedule", "unpublish", "archive", "delete"] as const) {
        expect(steps).not.toContain(step);
      }
    }
    expect(availableSteps("DRAFT", as("CONTRIBUTOR"))).toEqual(["save", "submit"]);
  });

  it("offers editors the steps that make sense from each status", () => {
    expect(availableSteps(null, as("EDITOR"))).toEqual(["save", "submit", "publish", "schedule"]);
    expect(availableSteps("PUBLISHED", as("EDITOR"))).toEqual([
      "save",
      "publish",
      "unpublish",
      "archive",
      "delete",
    ]);
    expect(availableSteps("ARCHIVED", as("ADMIN"))).toEqual([
      "save",
      "publish",
      "schedule",
      "delete",
    ]);
    expect(availableSteps("DRAFT", as("READER"))).toEqual([]);
  });
});

describe("transitions", () => {
  it("leads each step to its status", () => {
    expect(statusAfterStep("save", "PUBLISHED")).toBe("PUBLISHED");
    expect(statusAfterStep("submit", "DRAFT")).toBe("IN_REVIEW");
    expect(statusAfterStep("unpublish", "PUBLISHED")).toBe("DRAFT");
    expect(statusAfterStep("unpublish", "SCHEDULED")).toBe("DRAFT");
    expect(statusAfterStep("schedule", "IN_REVIEW")).toBe("SCHEDULED");
    expect(statusAfterStep("archive", "PUBLISHED")).toBe("ARCHIVED");
  });

  it("refuses steps that make no sense from a status", () => {
    expect(stepProblem("submit", "PUBLISHED")).toMatch(/Only drafts/);
    expect(stepProblem("schedule", "PUBLISHED")).toMatch(/live already/);
    expect(stepProblem("unpublish", "DRAFT")).toMatch(/Only published or scheduled/);
    expect(stepProblem("archive", "ARCHIVED")).toMatch(/archived already/);
    for (const status of STATUSES) expect(stepProblem("save", status)).toBeNull();
  });
});

describe("publicationDates", () => {
  const now = new Date("2026-12-01T12:00:00Z");
  const earlier = new Date("2026-11-01T12:00:00Z");
  const draft = {
    status: "DRAFT" as const,
    publishedAt: null,
    contentUpdatedAt: null,
    scheduledFor: null,
  };

  it("sets publishedAt on the first publication only", () => {
    expect(
      publicationDates({ before: draft, nextStatus: "PUBLISHED", contentChanged: true, now }),
    ).toEqual({ publishedAt: now, contentUpdatedAt: null, scheduledFor: null });
    const republished = publicationDates({
      before: { ...draft, publishedAt: earlier },
      nextStatus: "PUBLISHED",
      contentChanged: true,
      now,
    });
    expect(republished.publishedAt).toEqual(earlier);
    expect(republished.contentUpdatedAt).toBeNull();
  });

  it("sets contentUpdatedAt when a live article's content changes, not otherwise", () => {
    const live = { ...draft, status: "PUBLISHED" as const, publishedAt: earlier };
    expect(
      publicationDates({ before: live, nextStatus: "PUBLISHED", contentChanged: true, now })
        .contentUpdatedAt,
    ).toEqual(now);
    expect(
      publicationDates({ before: live, nextStatus: "PUBLISHED", contentChanged: false, now })
        .contentUpdatedAt,
    ).toBeNull();
  });

  it("keeps scheduledFor only while scheduled", () => {
    const when = new Date("2026-12-02T09:00:00Z");
    expect(
      publicationDates({
        before: draft,
        nextStatus: "SCHEDULED",
        contentChanged: false,
        scheduledFor: when,
        now,
      }).scheduledFor,
    ).toEqual(when);
    expect(
      publicationDates({
        before: { ...draft, status: "SCHEDULED", scheduledFor: when },
        nextStatus: "DRAFT",
        contentChanged: false,
        now,
      }).scheduledFor,
    ).toBeNull();
  });
});

describe("scheduleProblem", () => {
  const now = new Date("2026-12-01T12:00:00Z");
  it("wants a time in the future", () => {
    expect(scheduleProblem(new Date("2026-12-01T12:01:00Z"), now)).toBeNull();
    expect(scheduleProblem(now, now)).toMatch(/future/);
    expect(scheduleProblem(new Date("2026-11-30T12:00:00Z"), now)).toMatch(/future/);
    expect(scheduleProblem(new Date(Number.NaN), now)).toMatch(/valid/);
  });
});
