import { healthResponse } from "@/lib/db/health";

/**
 * Liveness: the process is up and serving requests. It asks nothing of the database, so a
 * database outage never makes a load balancer restart every instance at once.
 */
export function GET(): Response {
  return healthResponse(200, "Live");
}
