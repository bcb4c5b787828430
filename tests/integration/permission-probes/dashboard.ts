import type { Probes } from "./types";

export const probes: Probes = {
  // The dashboard page itself: renders for staff, forbidden() for anyone else.
  async "admin.access"() {
    const { default: AdminDashboard } = await import("@/app/admin/page");
    try {
      await AdminDashboard();
      return "allowed";
    } catch (error) {
      // 403 for signed-in users without the role, the sign-in page for anonymous visitors.
      if (error instanceof Error && /^NEXT_(FORBIDDEN|REDIRECT \/signin)/.test(error.message)) {
        return "refused";
      }
      throw error;
    }
  },
};
