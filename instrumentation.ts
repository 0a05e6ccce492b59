// Runs once as a server starts, before it takes requests (Node.js only: the check uses
// process.exit, the client's address comes from the socket, and the spec refresh schedule needs
// timers and the database).
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs" && process.env.NEXT_PHASE !== "phase-production-build") {
    const { refuseToStartWithoutSecret } = await import("./lib/auth/startup-check");
    refuseToStartWithoutSecret();
    const { appendSocketAddresses } = await import("./lib/security/client-address");
    appendSocketAddresses();
    const { startRefreshSchedule } = await import("./lib/openapi/sources/schedule");
    const { getDb } = await import("./lib/db");
    startRefreshSchedule(getDb);
  }
}
