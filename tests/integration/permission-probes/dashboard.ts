import { pageOutcome } from "../action-helpers";
import type { Probes } from "./types";

export const probes: Probes = {
  // The dashboard page itself: renders for staff, forbidden() for anyone else.
  async "admin.access"() {
    const { default: AdminDashboard } = await import("@/app/admin/page");
    // 403 for signed-in users without the role, the sign-in page for anonymous visitors.
    return pageOutcome(() => AdminDashboard());
  },
};
