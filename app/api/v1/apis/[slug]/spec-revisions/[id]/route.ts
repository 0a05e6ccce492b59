import { apiRoute } from "@/lib/api/route";
import { oneRevision } from "@/lib/api/read/spec-revisions";

export const GET = apiRoute({ operationId: "getSpecRevision" }, async ({ db, viewer, params }) => ({ body: await oneRevision(db, viewer, params.slug!, params.id!) }));
