"use server";

import { redirect } from "next/navigation";
import { guard } from "@/lib/auth/guard";
import { requireViewer } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { createApi, deleteDraftApi, publishApi, retireApi, updateApi } from "@/lib/catalogue/publishing/apis";
import { readForm, type FormState } from "@/lib/catalogue/publishing/form";
import { failed, formTarget, serviceCall, wantsPublish } from "@/lib/catalogue/publishing/interrupts";
import { API_FIELDS } from "@/lib/catalogue/publishing/schemas";

// Every action: who is this (sign in if nobody), then the service, which checks the policy
// against the stored record inside its transaction. Hiding a button is never the protection.

/** "Register an API": saved as a draft, or published straight away. */
export async function createApiAction(previous: FormState, formData: FormData): Promise<FormState> {
  const values = readForm(formData, API_FIELDS);
  const publish = wantsPublish(formData);
  const returnTo = "/publish/apis/new";
  const organisationId = values.organisationId?.trim();
  const viewer = organisationId ? await guard("api.create", { organisationId }, returnTo) : await requireViewer(returnTo);
  const result = await serviceCall(() => createApi(getDb(), viewer, values, { publish }));
  if (!result.ok) return failed(previous, values, result);
  redirect(`/apis/${result.api.slug}?${publish ? "published" : "drafted"}=1`);
}

/** The edit form; "Save and publish" on a draft publishes it too. */
export async function updateApiAction(previous: FormState, formData: FormData): Promise<FormState> {
  const viewer = await requireViewer("/publish");
  const { id, version } = formTarget(formData);
  const values = readForm(formData, API_FIELDS);
  const publish = wantsPublish(formData);
  const result = await serviceCall(() => updateApi(getDb(), viewer, id, version, values, { publish }));
  if (!result.ok) return failed(previous, values, result);
  redirect(`/apis/${result.api.slug}?${publish ? "published" : "saved"}=1`);
}

/** "Publish" on a draft API's page. */
export async function publishApiAction(previous: FormState, formData: FormData): Promise<FormState> {
  const viewer = await requireViewer("/publish");
  const { id, version } = formTarget(formData);
  const result = await serviceCall(() => publishApi(getDb(), viewer, id, version));
  if (!result.ok) return failed(previous, {}, result);
  redirect(`/apis/${result.api.slug}?published=1`);
}

/** The retire confirmation page, with the sunset date (blank for today). */
export async function retireApiAction(previous: FormState, formData: FormData): Promise<FormState> {
  const viewer = await requireViewer("/publish");
  const { id, version } = formTarget(formData);
  const values = readForm(formData, ["sunsetAt"]);
  const result = await serviceCall(() => retireApi(getDb(), viewer, id, version, values));
  if (!result.ok) return failed(previous, values, result);
  redirect(`/apis/${result.api.slug}?retired=1`);
}

/** The delete confirmation page (drafts only). */
export async function deleteApiAction(previous: FormState, formData: FormData): Promise<FormState> {
  const viewer = await requireViewer("/publish");
  const { id, version } = formTarget(formData);
  const result = await serviceCall(() => deleteDraftApi(getDb(), viewer, id, version));
  if (!result.ok) return failed(previous, {}, result);
  redirect("/publish?deleted=api");
}
