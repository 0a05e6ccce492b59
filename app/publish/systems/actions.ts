"use server";

import { redirect } from "next/navigation";
import { guard } from "@/lib/auth/guard";
import { requireViewer } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { readForm, type FormState } from "@/lib/catalogue/publishing/form";
import { failed, formTarget, serviceCall, wantsPublish } from "@/lib/catalogue/publishing/interrupts";
import { SYSTEM_FIELDS } from "@/lib/catalogue/publishing/schemas";
import { createSystem, deleteDraftSystem, publishSystem, retireSystem, updateSystem } from "@/lib/catalogue/publishing/systems";

// Every action: who is this (sign in if nobody), then the service, which checks the policy
// against the stored record inside its transaction. Hiding a button is never the protection.

/** "Register a system": saved as a draft, or published straight away. */
export async function createSystemAction(previous: FormState, formData: FormData): Promise<FormState> {
  const values = readForm(formData, SYSTEM_FIELDS);
  const publish = wantsPublish(formData);
  const returnTo = "/publish/systems/new";
  const organisationId = values.organisationId?.trim();
  const viewer = organisationId ? await guard("system.create", { organisationId }, returnTo) : await requireViewer(returnTo);
  const result = await serviceCall(() => createSystem(getDb(), viewer, values, { publish }));
  if (!result.ok) return failed(previous, values, result);
  redirect(`/systems/${result.system.slug}?${publish ? "published" : "drafted"}=1`);
}

/** The edit form; "Save and publish" on a draft publishes it too. */
export async function updateSystemAction(previous: FormState, formData: FormData): Promise<FormState> {
  const viewer = await requireViewer("/publish");
  const { id, version } = formTarget(formData);
  const values = readForm(formData, SYSTEM_FIELDS);
  const publish = wantsPublish(formData);
  const result = await serviceCall(() => updateSystem(getDb(), viewer, id, version, values, { publish }));
  if (!result.ok) return failed(previous, values, result);
  redirect(`/systems/${result.system.slug}?${publish ? "published" : "saved"}=1`);
}

/** "Publish" on a draft system's page. */
export async function publishSystemAction(previous: FormState, formData: FormData): Promise<FormState> {
  const viewer = await requireViewer("/publish");
  const { id, version } = formTarget(formData);
  const result = await serviceCall(() => publishSystem(getDb(), viewer, id, version));
  if (!result.ok) return failed(previous, {}, result);
  redirect(`/systems/${result.system.slug}?published=1`);
}

/** The retire confirmation page. */
export async function retireSystemAction(previous: FormState, formData: FormData): Promise<FormState> {
  const viewer = await requireViewer("/publish");
  const { id, version } = formTarget(formData);
  const result = await serviceCall(() => retireSystem(getDb(), viewer, id, version));
  if (!result.ok) return failed(previous, {}, result);
  redirect(`/systems/${result.system.slug}?retired=1`);
}

/** The delete confirmation page (drafts only). */
export async function deleteSystemAction(previous: FormState, formData: FormData): Promise<FormState> {
  const viewer = await requireViewer("/publish");
  const { id, version } = formTarget(formData);
  const result = await serviceCall(() => deleteDraftSystem(getDb(), viewer, id, version));
  if (!result.ok) return failed(previous, {}, result);
  redirect("/publish?deleted=system");
}
