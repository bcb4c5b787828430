/** A failure whose message says everything the operator needs; scripts print it without a stack. */
export class ExpectedError extends Error {
  override name = "ExpectedError";
}
