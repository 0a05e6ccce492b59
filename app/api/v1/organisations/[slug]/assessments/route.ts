import { apiRoute } from "@/lib/api/route";
import { publishedAssessments } from "@/lib/api/read/estate";

export const GET = apiRoute({ operationId: "listPublishedAssessments" }, async ({ db, params, url }) => ({ body: await publishedAssessments(db, params.slug!, url) }));
