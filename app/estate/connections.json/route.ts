import { getViewer } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { exportResponse } from "@/lib/estate/export";

export const dynamic = "force-dynamic";

/** The connections of the map's view in the query string, as JSON, as the viewer may see them. */
export async function GET(request: Request) {
  return exportResponse(getDb(), await getViewer(), new URL(request.url), "connections.json");
}
