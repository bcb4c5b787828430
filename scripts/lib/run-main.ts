import { EnvError } from "../../src/env";
import { ExpectedError } from "./expected-error";
import { MigrationError } from "./migrations";

/** Runs a script's body; known failures print their message alone, anything else its stack. */
export function runMain(main: () => Promise<void>): void {
  main().then(
    () => process.exit(0),
    (error: unknown) => {
      if (
        error instanceof EnvError ||
        error instanceof ExpectedError ||
        error instanceof MigrationError
      ) {
        console.error(error.message);
      } else {
        console.error(error);
      }
      process.exit(1);
    },
  );
}
