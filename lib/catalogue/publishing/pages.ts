import { headers } from "next/headers";
import { forbidden, notFound } from "next/navigation";
import { requireViewer } from "@/lib/auth/session";
import { can, type Permission } from "@/lib/auth/policy";
import { getDb } from "@/lib/db";
import { getApi } from "@/lib/catalogue/apis";
import { getSystem } from "@/lib/catalogue/systems";
import { isSlug } from "./fields";

/**
 * For the edit, retire and delete pages: sign in, find the record among those the viewer may
 * see (404 otherwise, so hidden ones stay hidden), then 403 unless the policy allows `permission`
 * on its organisation. The server action checks again; this only decides what the page shows.
 */
export async function systemToManage(slug: string, permission: Permission, page: string) {
  const viewer = await requireViewer(`/systems/${encodeURIComponent(slug)}/${page}`);
  const system = isSlug(slug) ? await getSystem(getDb(), viewer, slug) : null;
  if (!system) notFound();
  if (!can(viewer, permission, { organisationId: system.organisationId })) forbidden();
  return { viewer, system };
}

export async function apiToManage(slug: string, permission: Permission, page: string) {
  const viewer = await requireViewer(`/apis/${encodeURIComponent(slug)}/${page}`);
  const api = isSlug(slug) ? await getApi(getDb(), viewer, slug) : null;
  if (!api) notFound();
  if (!can(viewer, permission, { organisationId: api.organisationId })) forbidden();
  return { viewer, api };
}

/**
 * The page title, starting "Error: " when the page is the answer to a form submitted without
 * JavaScript. Our server actions redirect whenever they succeed (and without JavaScript the
 * browser then fetches the new page with a GET), so a page rendered in answer to a plain form
 * POST is always showing that form's problems. With JavaScript the browser sends the action by
 * fetch, asking for the RSC payload (Accept: text/x-component), and the form renders the title
 * itself (see FormProblems); Next may render the redirect's target in that same request.
 */
export async function formPageTitle(title: string): Promise<string> {
  const request = await headers();
  const type = request.get("content-type") ?? "";
  const isForm = type.startsWith("multipart/form-data") || type.startsWith("application/x-www-form-urlencoded");
  const fromScript = (request.get("accept") ?? "").includes("text/x-component");
  return isForm && !fromScript ? `Error: ${title}` : title;
}
