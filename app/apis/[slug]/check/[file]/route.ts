import type { NextRequest } from "next/server";
import { getViewer } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { privateAttachment } from "@/lib/openapi/download";
import { findProblems, problemsBody, problemsInput } from "@/lib/openapi/problems";

type Context = { params: Promise<{ slug: string; file: string }> };

const notFound = () => new Response("Page not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8", "X-Content-Type-Options": "nosniff" } });

/**
 * Every problem the check of an API's OpenAPI description found, as CSV or JSON: the latest
 * checked revision unless ?revision= names another of the same API. Anyone who can see the API
 * may download it; to anyone else it does not exist.
 */
export async function GET(request: NextRequest, context: Context): Promise<Response> {
  const { slug, file } = await context.params;
  const input = problemsInput.safeParse({ file, revision: request.nextUrl.searchParams.get("revision") ?? undefined });
  if (!input.success) return notFound();
  const found = await findProblems(getDb(), await getViewer(), slug, input.data.revision);
  if (!found) return notFound();
  return privateAttachment(problemsBody(found, input.data.file));
}
