import { apiRoute } from "@/lib/api/route";
import { listRevisions } from "@/lib/api/read/spec-revisions";
import { pushSpec } from "@/lib/api/write";

export const GET = apiRoute({ operationId: "listSpecRevisions" }, async ({ db, viewer, params, url }) => ({ body: await listRevisions(db, viewer, params.slug!, url) }));

export const POST = apiRoute({ operationId: "pushSpecRevision", write: true }, async ({ db, caller, params, request, url }) => pushSpec(db, caller!, params.slug!, request, url));
