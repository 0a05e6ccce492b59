"use server";

import { notFound, redirect } from "next/navigation";
import { z } from "zod";
import { requireViewer } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import type { FormState } from "@/lib/catalogue/publishing/form";
import { serviceCall } from "@/lib/catalogue/publishing/interrupts";
import { idSchema } from "@/lib/catalogue/publishing/fields";
import { attachSpec, type AttachResult } from "@/lib/openapi/attach";
import { attachSpecByUrl, refreshSourceNow, sourceConfig, specUrlSchema } from "@/lib/openapi/sources";

const NOTHING = "Choose a file, give a web address, or paste the OpenAPI description";

const slugOf = async (apiId: string) => (await getDb().api.findUniqueOrThrow({ where: { id: apiId }, select: { slug: true } })).slug;

/** "Add an OpenAPI description": a file, a web address to fetch it from, or pasted text. The service checks the policy. */
export async function attachSpecAction(previous: FormState, formData: FormData): Promise<FormState> {
  const viewer = await requireViewer("/publish");
  const id = idSchema.safeParse(formData.get("apiId"));
  if (!id.success) notFound();
  const apiId = id.data;
  const file = formData.get("file");
  const pasted = z.string().max(20 * 1024 * 1024).catch("").parse(formData.get("source") ?? "");
  const address = z.string().catch("").parse(formData.get("url")).trim();
  const fail = (field: "file" | "url" | "source", message: string): FormState => ({ values: { source: pasted, url: address }, errors: { [field]: message }, attempt: (previous.attempt ?? 0) + 1 });

  const uploaded = file instanceof File && file.size > 0;
  let result: AttachResult;
  if (uploaded) {
    const bytes = new Uint8Array(await file.arrayBuffer());
    result = await serviceCall(() => attachSpec(getDb(), viewer, apiId, { bytes, arrivedVia: "upload", origin: file.name.slice(0, 200) }));
  } else if (address) {
    const config = sourceConfig();
    const url = specUrlSchema(config).safeParse(address);
    if (!url.success) return fail("url", url.error.issues[0]!.message);
    result = await serviceCall(() => attachSpecByUrl(getDb(), viewer, apiId, url.data, config));
  } else if (pasted.trim()) {
    result = await serviceCall(() => attachSpec(getDb(), viewer, apiId, { bytes: new TextEncoder().encode(pasted), arrivedVia: "paste" }));
  } else return fail("file", NOTHING);
  if (!result.ok) return fail(uploaded ? "file" : address ? "url" : "source", result.error);
  redirect(`/apis/${await slugOf(apiId)}?spec=${result.unchanged ? "unchanged" : "added"}`);
}

/** "Check for changes now" on an API page: fetch its spec's web address again at once. The service checks the policy. */
export async function refreshSpecSourceAction(formData: FormData): Promise<void> {
  const viewer = await requireViewer("/publish");
  const id = idSchema.safeParse(formData.get("apiId"));
  if (!id.success) notFound();
  const result = await serviceCall(() => refreshSourceNow(getDb(), viewer, id.data));
  redirect(`/apis/${await slugOf(id.data)}?source=${result.outcome}#spec-source`);
}
