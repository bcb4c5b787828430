// The start-up script refuses bad configuration with a plain message and a non-zero exit.
import { spawn } from "node:child_process";
import net from "node:net";
import { describe, expect, it } from "vitest";
import { findFreePort } from "../../scripts/lib/ports";

function runApp(env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    // Run as an operator would: not under Vitest (src/env.ts only prints and exits outside it).
    const { VITEST: _vitest, ...outside } = process.env;
    const child = spawn(process.execPath, ["--import", "tsx", "scripts/run-app.ts", "start"], {
      env: { ...outside, DATABASE_URL: "", ...env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (chunk) => (output += chunk));
    child.stderr.on("data", (chunk) => (output += chunk));
    child.on("exit", (code) => resolve({ code, output }));
  });
}

describe("npm start refuses to start", () => {
  it("on a malformed variable, naming it and what it expects", async () => {
    const { code, output } = await runApp({ PORT: "eighty" });
    expect(code).toBe(1);
    expect(output).toContain("PORT: expected a whole number between 1 and 65535");
    expect(output).not.toContain("    at "); // a message, not a stack trace
  });

  it("when the database cannot be reached", async () => {
    const { code, output } = await runApp({
      DATABASE_URL: "postgresql://u:p@127.0.0.1:1/none",
      PORT: String(await findFreePort()),
    });
    expect(code).toBe(1);
    expect(output).toContain("Cannot connect to PostgreSQL at 127.0.0.1:1");
  });

  it("when the port is taken", async () => {
    const blocker = net.createServer();
    await new Promise<void>((resolve) => blocker.listen(0, resolve));
    const port = (blocker.address() as net.AddressInfo).port;
    try {
      const { code, output } = await runApp({ PORT: String(port) });
      expect(code).toBe(1);
      expect(output).toContain(`Port ${port} is already in use`);
    } finally {
      blocker.close();
    }
  });
});
