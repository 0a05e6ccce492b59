import { apiRoute } from "@/lib/api/route";
import { revisionDocument } from "@/lib/api/read/spec-revisions";

export const GET = apiRoute({ operationId: "getSpecRevisionBundled" }, async ({ db, viewer, params }) => revisionDocument(db, viewer, params.slug!, params.id!, "bundled.json"));
