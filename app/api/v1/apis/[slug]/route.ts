import { apiRoute } from "@/lib/api/route";
import { oneApi } from "@/lib/api/read/apis";
import { replaceApi } from "@/lib/api/write";

export const GET = apiRoute({ operationId: "getApi" }, async ({ db, viewer, params }) => ({ body: await oneApi(db, viewer, params.slug!) }));

export const PUT = apiRoute({ operationId: "replaceApi", write: true }, async ({ db, caller, params, request }) => replaceApi(db, caller!, params.slug!, request));
