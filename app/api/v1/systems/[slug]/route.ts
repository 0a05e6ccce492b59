import { apiRoute } from "@/lib/api/route";
import { oneSystem } from "@/lib/api/read/estate";

export const GET = apiRoute({ operationId: "getSystem" }, async ({ db, viewer, params }) => ({ body: await oneSystem(db, viewer, params.slug!) }));
