import { notFound } from "@/lib/api/errors";
import { apiRoute } from "@/lib/api/route";

// Any other path under /api/v1 is answered in JSON like the rest of the API, not with the site's HTML page.
const nothingHere = apiRoute({ operationId: "notFound" }, async () => {
  throw notFound("operation at this path (see /api/v1/openapi.json)");
});

export const GET = nothingHere;
export const POST = nothingHere;
export const PUT = nothingHere;
export const PATCH = nothingHere;
export const DELETE = nothingHere;
