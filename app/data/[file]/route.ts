import { getViewer } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { openDataFile, openDataResponseFor } from "@/lib/open-data/files";

export const dynamic = "force-dynamic";

/** One of the open-data files described on /data: bulk downloads, their metadata, the DCAT view and the change feed. */
export async function GET(request: Request, { params }: { params: Promise<{ file: string }> }) {
  const file = openDataFile.safeParse((await params).file);
  if (!file.success) return Response.json({ error: { code: "not_found", message: "There is no open-data file with that name. The files are listed at /data." } }, { status: 404 });
  return openDataResponseFor(getDb(), await getViewer(), request, file.data);
}
