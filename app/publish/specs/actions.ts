"use server";

import { notFound, redirect } from "next/navigation";
import { requireViewer } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { serviceCall } from "@/lib/catalogue/publishing/interrupts";
import { idSchema } from "@/lib/catalogue/publishing/fields";
import { refreshSourceNow } from "@/lib/openapi/sources";

const slugOf = async (apiId: string) => (await getDb().api.findUniqueOrThrow({ where: { id: apiId }, select: { slug: true } })).slug;

/** "Check for changes now" on an API page: fetch its spec's web address again at once. The service checks the policy. */
export async function refreshSpecSourceAction(formData: FormData): Promise<void> {
  const viewer = await requireViewer("/publish");
  const id = idSchema.safeParse(formData.get("apiId"));
  if (!id.success) notFound();
  const result = await serviceCall(() => refreshSourceNow(getDb(), viewer, id.data));
  redirect(`/apis/${await slugOf(id.data)}?source=${result.outcome}#spec-source`);
}
