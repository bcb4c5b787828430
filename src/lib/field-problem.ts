import { INVALID_MESSAGE, invalid } from "./errors";

// Input refused by a check the schema cannot make (it needs the database: a taken path, a loop,
// an unknown slug, an upload's bytes): answered like the schema's own errors (422), the message
// next to its field and none above the form.

export function fieldProblem(field: string, message: string) {
  return invalid(INVALID_MESSAGE, { [field]: message });
}
