import { getViewer } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { parseMapQuery } from "@/lib/estate/map-query";
import { estateMap, mapPayload } from "@/lib/estate/map-view";

export const dynamic = "force-dynamic";

/** The map's positioned payload for the view in the query string, as the viewer may see it. */
export async function GET(request: Request) {
  const started = performance.now();
  const db = getDb();
  const map = await estateMap(db, await getViewer(), parseMapQuery(new URL(request.url).searchParams));
  const body = JSON.stringify(await mapPayload(db, map));
  return new Response(body, {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Cache-Control": "private, no-store",
      // Read by bench/map.ts: the server's own time, apart from the network.
      "Server-Timing": `estate;dur=${(performance.now() - started).toFixed(1)}`,
    },
  });
}
