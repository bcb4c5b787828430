// Runs once when the server starts: validating the environment here makes a bad variable stop
// the server at start-up with a message, instead of failing on the first request.
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    await import("./env");
  }
}
