import { apiRoute } from "@/lib/api/route";
import { listSystems } from "@/lib/api/read/estate";

export const GET = apiRoute({ operationId: "listSystems" }, async ({ db, viewer, url }) => ({ body: await listSystems(db, viewer, url) }));
