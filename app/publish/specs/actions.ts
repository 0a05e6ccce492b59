"use server";

import { notFound, redirect } from "next/navigation";
import { z } from "zod";
import { requireViewer } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import type { FormState } from "@/lib/catalogue/publishing/form";
import { serviceCall } from "@/lib/catalogue/publishing/interrupts";
import { idSchema } from "@/lib/catalogue/publishing/fields";
import { attachSpec } from "@/lib/openapi/attach";

const NOTHING = "Choose a file, or paste the OpenAPI description";

/** "Add an OpenAPI description": a file, or pasted text. The service checks the policy. */
export async function attachSpecAction(previous: FormState, formData: FormData): Promise<FormState> {
  const viewer = await requireViewer("/publish");
  const id = idSchema.safeParse(formData.get("apiId"));
  if (!id.success) notFound();
  const apiId = id.data;
  const file = formData.get("file");
  const pasted = z.string().max(20 * 1024 * 1024).catch("").parse(formData.get("source") ?? "");
  const fail = (field: "file" | "source", message: string): FormState => ({ values: { source: pasted }, errors: { [field]: message }, attempt: (previous.attempt ?? 0) + 1 });

  const uploaded = file instanceof File && file.size > 0;
  if (!uploaded && !pasted.trim()) return fail("file", NOTHING);
  const arrival = uploaded
    ? { bytes: new Uint8Array(await file.arrayBuffer()), arrivedVia: "upload" as const, origin: file.name.slice(0, 200) }
    : { bytes: new TextEncoder().encode(pasted), arrivedVia: "paste" as const };
  const result = await serviceCall(() => attachSpec(getDb(), viewer, apiId, arrival));
  if (!result.ok) return fail(uploaded ? "file" : "source", result.error);
  const api = await getDb().api.findUniqueOrThrow({ where: { id: apiId }, select: { slug: true } });
  redirect(`/apis/${api.slug}?spec=${result.unchanged ? "unchanged" : "added"}`);
}
