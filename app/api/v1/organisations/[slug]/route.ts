import { apiRoute } from "@/lib/api/route";
import { oneOrganisation } from "@/lib/api/read/organisations";

export const GET = apiRoute({ operationId: "getOrganisation" }, async ({ db, params }) => ({ body: await oneOrganisation(db, params.slug!) }));
