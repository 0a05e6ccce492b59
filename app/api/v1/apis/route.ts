import { apiRoute } from "@/lib/api/route";
import { listApis } from "@/lib/api/read/apis";
import { registerApi } from "@/lib/api/write";

export const GET = apiRoute({ operationId: "listApis" }, async ({ db, viewer, url }) => ({ body: await listApis(db, viewer, url) }));

export const POST = apiRoute({ operationId: "registerApi", write: true }, async ({ db, caller, request }) => registerApi(db, caller!, request));
