import { forbidden, notFound } from "next/navigation";
import { getViewer, requireViewer } from "@/lib/auth/session";
import type { Permission } from "@/lib/auth/policy";
import { idSchema } from "@/lib/catalogue/publishing/fields";
import { getDb } from "@/lib/db";
import { mayActOn } from "./connections";
import { getConnection } from "./connections-queries";

/** A connection's page: the connection if the viewer may see it, else 404 (hidden looks the same as missing). */
export async function connectionToShow(id: string) {
  const viewer = await getViewer();
  const connection = idSchema.safeParse(id).success ? await getConnection(getDb(), viewer, id) : null;
  if (!connection) notFound();
  return { viewer, connection };
}

/**
 * For the edit, retire, confirm and dispute pages: sign in, find the connection among those the
 * viewer may see (404 otherwise), then 403 unless they may do this to either end. The server
 * action checks again; this only decides what the page shows.
 */
export async function connectionToManage(id: string, permission: Permission, page: string) {
  const viewer = await requireViewer(`/connections/${encodeURIComponent(id)}/${page}`);
  const connection = idSchema.safeParse(id).success ? await getConnection(getDb(), viewer, id) : null;
  if (!connection) notFound();
  if (!mayActOn(viewer, permission, connection)) forbidden();
  return { viewer, connection };
}
