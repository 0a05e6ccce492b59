import { apiRoute } from "@/lib/api/route";
import { openApiDocument } from "@/lib/api/openapi";

export const GET = apiRoute({ operationId: "getOpenApiDocument" }, async () => ({ body: openApiDocument() }));
