// A process and its descendants, read from Linux's /proc: what the bench and the soak measure
// (resident memory of a server with its children) and what the soak freezes (a PostgreSQL cluster
// is its postmaster and the backends it forked).
import { readdir, readFile } from "node:fs/promises";

/** The parent's pid from the text of /proc/<pid>/stat. */
export function parentPidFromStat(stat: string): number {
  // Field 4 is the parent, after the command name in parentheses (which may hold spaces).
  return Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
}

/** `pid` first, then every descendant alive now (breadth first). */
export async function processTree(pid: number): Promise<number[]> {
  const children = new Map<number, number[]>();
  for (const entry of await readdir("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = await readFile(`/proc/${entry}/stat`, "utf8").catch(() => "");
    if (!stat) continue;
    const parent = parentPidFromStat(stat);
    children.set(parent, [...(children.get(parent) ?? []), Number(entry)]);
  }
  const tree: number[] = [];
  const queue = [pid];
  while (queue.length) {
    const current = queue.shift()!;
    tree.push(current);
    queue.push(...(children.get(current) ?? []));
  }
  return tree;
}

/** VmRSS in kB from the text of /proc/<pid>/status (0 when absent: a zombie, a kernel thread). */
export function residentKbFromStatus(status: string): number {
  return Number(/^VmRSS:\s+(\d+) kB/m.exec(status)?.[1] ?? 0);
}

/** Resident memory of a process and its descendants, in MB. */
export async function residentMb(pid: number): Promise<number> {
  let kb = 0;
  for (const member of await processTree(pid)) {
    const status = await readFile(`/proc/${member}/status`, "utf8").catch(() => "");
    kb += residentKbFromStatus(status);
  }
  return kb / 1024;
}
