import { apiRoute } from "@/lib/api/route";
import { listChanges } from "@/lib/api/read/changes";

export const GET = apiRoute({ operationId: "listChanges" }, async ({ db, viewer, request, url }) => ({ body: await listChanges(db, viewer, request, url) }));
