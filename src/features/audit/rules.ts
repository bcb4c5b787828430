// Pure rules of the audit log page: a readable field-by-field diff of two JSON snapshots.

export type JsonValue =
  string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

export interface FieldChange {
  /** Dotted path of the field, e.g. "ad.headline" or "tags[1]". */
  field: string;
  kind: "added" | "removed" | "changed" | "unchanged";
  before?: string;
  after?: string;
}

function isObject(value: unknown): value is Record<string, JsonValue> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Leaves of a JSON value by dotted path; arrays of scalars stay one leaf (they read better). */
function flatten(value: unknown, prefix: string, out: Map<string, string>): void {
  if (isObject(value)) {
    const keys = Object.keys(value);
    if (keys.length === 0 && prefix) out.set(prefix, "{}");
    for (const key of keys) flatten(value[key], prefix ? `${prefix}.${key}` : key, out);
    return;
  }
  if (Array.isArray(value) && value.some((item) => isObject(item) || Array.isArray(item))) {
    value.forEach((item, index) => flatten(item, `${prefix}[${index}]`, out));
    return;
  }
  out.set(prefix || "(value)", JSON.stringify(value));
}

/**
 * Compares two snapshots field by field. Changed, added and removed fields come first in field
 * order; unchanged ones are included only when asked (they give context for small records).
 */
export function diffSnapshots(
  before: unknown,
  after: unknown,
  options: { includeUnchanged?: boolean } = {},
): FieldChange[] {
  const left = new Map<string, string>();
  const right = new Map<string, string>();
  if (before !== null && before !== undefined) flatten(before, "", left);
  if (after !== null && after !== undefined) flatten(after, "", right);
  const fields = [...new Set([...left.keys(), ...right.keys()])].sort();
  const changes: FieldChange[] = [];
  for (const field of fields) {
    const was = left.get(field);
    const now = right.get(field);
    if (was === undefined) changes.push({ field, kind: "added", after: now });
    else if (now === undefined) changes.push({ field, kind: "removed", before: was });
    else if (was !== now) changes.push({ field, kind: "changed", before: was, after: now });
    else if (options.includeUnchanged) {
      changes.push({ field, kind: "unchanged", before: was, after: now });
    }
  }
  return changes;
}
