import { apiRoute } from "@/lib/api/route";
import { listOrganisations } from "@/lib/api/read/organisations";

export const GET = apiRoute({ operationId: "listOrganisations" }, async ({ db, url }) => ({ body: await listOrganisations(db, url) }));
