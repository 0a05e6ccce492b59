import type { NextRequest } from "next/server";
import { getViewer } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { downloadBody, downloadEtag, downloadHeaders, downloadInput, findDownloadRevision } from "@/lib/openapi/download";

type Context = { params: Promise<{ slug: string; file: string }> };

const notFound = () => new Response("Page not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8", "X-Content-Type-Options": "nosniff" } });

/**
 * An API's OpenAPI description as a file: the original source, or the bundled document as JSON or
 * YAML; the latest checked revision unless ?revision= names another of the same API. Anyone who
 * can see the API may download it; to anyone else it does not exist.
 */
export async function GET(request: NextRequest, context: Context): Promise<Response> {
  const { slug, file } = await context.params;
  const input = downloadInput.safeParse({ file, revision: request.nextUrl.searchParams.get("revision") ?? undefined });
  if (!input.success) return notFound();
  const revision = await findDownloadRevision(getDb(), await getViewer(), slug, input.data.file, input.data.revision);
  if (!revision) return notFound();
  const etag = downloadEtag(revision.id, input.data.file);
  if (request.headers.get("if-none-match") === etag && revision.text !== null) {
    return new Response(null, { status: 304, headers: { ETag: etag, "Cache-Control": "private, no-cache" } });
  }
  const download = downloadBody(revision, input.data.file);
  if (!download) return notFound();
  return new Response(download.body, { headers: downloadHeaders(revision.id, input.data.file, download) });
}
