import { apiRoute } from "@/lib/api/route";
import { listConnections } from "@/lib/api/read/estate";

export const GET = apiRoute({ operationId: "listConnections" }, async ({ db, viewer, url }) => ({ body: await listConnections(db, viewer, url) }));
