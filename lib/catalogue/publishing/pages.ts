import { headers } from "next/headers";
import { forbidden, notFound } from "next/navigation";
import { signedIn } from "@/lib/auth/guard";
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
  const viewer = await signedIn(`/systems/${encodeURIComponent(slug)}/${page}`);
  const system = isSlug(slug) ? await getSystem(getDb(), viewer, slug) : null;
  if (!system) notFound();
  if (!can(viewer, permission, { organisationId: system.organisationId })) forbidden();
  return { viewer, system };
}

export async function apiToManage(slug: string, permission: Permission, page: string) {
  const viewer = await signedIn(`/apis/${encodeURIComponent(slug)}/${page}`);
  const api = isSlug(slug) ? await getApi(getDb(), viewer, slug) : null;
  if (!api) notFound();
  if (!can(viewer, permission, { organisationId: api.organisationId })) forbidden();
  return { viewer, api };
}

/**
 * The page title, starting "Error: " when the page is the answer to a form submitted without
 * JavaScript. Our server actions redirect whenever they succeed, so a page rendered in answer
 * to a form POST is always showing that form's problems. (With JavaScript on, the form itself
 * renders the title: see FormProblems.)
 */
export async function formPageTitle(title: string): Promise<string> {
  const type = (await headers()).get("content-type") ?? "";
  const submitted = type.startsWith("multipart/form-data") || type.startsWith("application/x-www-form-urlencoded");
  return submitted ? `Error: ${title}` : title;
}
