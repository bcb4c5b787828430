import { EnvError } from "../../src/env";

/** Runs a script's body; known failures print their message alone, anything else its stack. */
export function runMain(main: () => Promise<void>): void {
  main().then(
    () => process.exit(0),
    (error: unknown) => {
      if (error instanceof EnvError || (error instanceof Error && error.name === "MigrationError")) {
        console.error(error.message);
      } else if (error instanceof Error && error.message.startsWith("Cannot connect to PostgreSQL")) {
        console.error(error.message);
      } else {
        console.error(error);
      }
      process.exit(1);
    },
  );
}
