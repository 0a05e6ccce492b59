// Runs once as a server starts, before it takes requests (Node.js only: the check uses process.exit).
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs" && process.env.NEXT_PHASE !== "phase-production-build") {
    const { refuseToStartWithoutSecret } = await import("./lib/auth/startup-check");
    refuseToStartWithoutSecret();
  }
}
