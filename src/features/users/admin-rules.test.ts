import { describe, expect, it } from "vitest";
import { selfChangeProblem } from "./admin-rules";

describe("selfChangeProblem", () => {
  const admin = { id: 1, role: "ADMIN" };
  it("refuses banning or demoting oneself", () => {
    expect(selfChangeProblem(1, admin, { kind: "ban" })).toMatch(/cannot ban yourself/);
    expect(selfChangeProblem(1, admin, { kind: "role", role: "EDITOR" })).toMatch(/own role/);
  });
  it("lets a no-op on oneself through, and anything on others", () => {
    expect(selfChangeProblem(1, admin, { kind: "role", role: "ADMIN" })).toBeNull();
    expect(selfChangeProblem(1, admin, { kind: "unban" })).toBeNull();
    expect(selfChangeProblem(1, { id: 2, role: "ADMIN" }, { kind: "ban" })).toBeNull();
    expect(
      selfChangeProblem(1, { id: 2, role: "ADMIN" }, { kind: "role", role: "READER" }),
    ).toBeNull();
  });
});
