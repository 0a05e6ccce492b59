"use server";

import { redirect } from "next/navigation";
import { requireViewer } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { readForm, type FormState } from "@/lib/catalogue/publishing/form";
import { failed, formTarget, serviceCall } from "@/lib/catalogue/publishing/interrupts";
import { confirmConnection, declareConnection, disputeConnection, retireConnection, updateConnection } from "@/lib/estate/connections";
import { CONNECTION_FIELDS } from "@/lib/estate/connections-form";

// Every action: who is this (sign in if nobody), then the service, which asks the policy about
// either end of the stored connection. Hiding a link is never the protection.

/** "Add a connection", from either end's system page. */
export async function declareConnectionAction(previous: FormState, formData: FormData): Promise<FormState> {
  const viewer = await requireViewer("/systems");
  const values = readForm(formData, CONNECTION_FIELDS);
  const result = await serviceCall(() => declareConnection(getDb(), viewer, values));
  if (!result.ok) return failed(previous, values, result);
  redirect(`/connections/${result.connection.id}?${result.connection.confirmation === "confirmed" ? "added-confirmed" : "added"}=1`);
}

export async function updateConnectionAction(previous: FormState, formData: FormData): Promise<FormState> {
  const viewer = await requireViewer("/systems");
  const { id, version } = formTarget(formData);
  const values = readForm(formData, CONNECTION_FIELDS);
  const result = await serviceCall(() => updateConnection(getDb(), viewer, id, version, values));
  if (!result.ok) return failed(previous, values, result);
  redirect(`/connections/${id}?${result.reconfirm ? "reconfirm" : "saved"}=1`);
}

export async function retireConnectionAction(previous: FormState, formData: FormData): Promise<FormState> {
  const viewer = await requireViewer("/systems");
  const { id, version } = formTarget(formData);
  const result = await serviceCall(() => retireConnection(getDb(), viewer, id, version));
  if (!result.ok) return failed(previous, {}, result);
  redirect(`/connections/${id}?retired=1`);
}

export async function confirmConnectionAction(previous: FormState, formData: FormData): Promise<FormState> {
  const viewer = await requireViewer("/systems");
  const { id, version } = formTarget(formData);
  const result = await serviceCall(() => confirmConnection(getDb(), viewer, id, version));
  if (!result.ok) return failed(previous, {}, result);
  redirect(`/connections/${id}?confirmed=1`);
}

export async function disputeConnectionAction(previous: FormState, formData: FormData): Promise<FormState> {
  const viewer = await requireViewer("/systems");
  const { id, version } = formTarget(formData);
  const values = readForm(formData, ["disputeReason"]);
  const result = await serviceCall(() => disputeConnection(getDb(), viewer, id, version, values));
  if (!result.ok) return failed(previous, values, result);
  redirect(`/connections/${id}?disputed=1`);
}
