import type { Probes } from "./types";

export const probes: Probes = {
  async "user.manage"({ prisma, unique }) {
    const { changeRoleAction } = await import("@/features/users/admin-actions");
    const target = await prisma.user.create({
      data: { username: `probe-${unique}`, email: `probe-${unique}@example.com`, name: "Probe" },
      select: { id: true },
    });
    try {
      const form = new FormData();
      form.set("userId", String(target.id));
      form.set("role", "CONTRIBUTOR");
      const outcome = await changeRoleAction({ status: "idle" }, form);
      const { role } = await prisma.user.findUniqueOrThrow({
        where: { id: target.id },
        select: { role: true },
      });
      if (outcome.status === "ok" && role === "CONTRIBUTOR") return "allowed";
      if (outcome.status === "error" && role === "READER") return "refused";
      throw new Error(`unexpected: ${JSON.stringify(outcome)}, role ${role}`);
    } finally {
      await prisma.user.delete({ where: { id: target.id } });
    }
  },
};
