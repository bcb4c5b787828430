import { diffSnapshots } from "../rules";

const LONG = 400;

function shown(value: string | undefined): string {
  if (value === undefined) return "—";
  return value.length > LONG ? `${value.slice(0, LONG)}… (${value.length} characters)` : value;
}

/** Before/after of one audit entry as a table of the fields that changed. */
/** The colours of a value before (removed) and after (added) the change. */
const SIDE = {
  before: "bg-red-50 text-red-900 dark:bg-red-950 dark:text-red-100",
  after: "bg-green-50 text-green-900 dark:bg-green-950 dark:text-green-100",
};

export function AuditDiff({ before, after }: { before: unknown; after: unknown }) {
  const changes = diffSnapshots(before, after);
  if (changes.length === 0) return <p className="text-sm">No recorded field changes.</p>;
  return (
    <table className="w-full table-fixed text-left text-xs">
      <thead>
        <tr>
          <th scope="col" className="w-1/5 py-1 pr-2">
            Field
          </th>
          <th scope="col" className="py-1 pr-2">
            Before
          </th>
          <th scope="col" className="py-1">
            After
          </th>
        </tr>
      </thead>
      <tbody>
        {changes.map((change) => (
          <tr
            key={change.field}
            className="border-t border-neutral-200 align-top dark:border-neutral-800"
          >
            <th scope="row" className="py-1 pr-2 font-mono font-semibold break-all">
              {change.field}
            </th>
            <td className="py-1 pr-2 font-mono break-all">
              {change.kind === "added" ? (
                <span className="italic">(none)</span>
              ) : (
                <del className={`${SIDE.before} no-underline`}>{shown(change.before)}</del>
              )}
            </td>
            <td className="py-1 font-mono break-all">
              {change.kind === "removed" ? (
                <span className="italic">(removed)</span>
              ) : (
                <ins className={`${SIDE.after} no-underline`}>{shown(change.after)}</ins>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
