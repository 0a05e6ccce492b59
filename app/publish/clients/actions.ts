"use server";

import { redirect } from "next/navigation";
import { createClient, revokeClient, rotateClient } from "@/lib/api/clients";
import { requireViewer } from "@/lib/auth/session";
import { serviceCall } from "@/lib/catalogue/publishing/interrupts";
import { idSchema } from "@/lib/catalogue/publishing/fields";
import { getDb } from "@/lib/db";
import { notFound } from "next/navigation";

export type ClientFormState = {
  values: { organisationId?: string; name?: string; scopes?: string[] };
  errors: Record<string, string>;
  /** the new client and its secret: shown this once, never stored in the clear */
  created?: { id: string; name: string; secret: string };
  attempt?: number;
};

const idOf = (formData: FormData) => {
  const parsed = idSchema.safeParse(formData.get("id"));
  if (!parsed.success) notFound();
  return parsed.data;
};

/** "Create a client": its organisation, name and scopes; answers with its secret, once. */
export async function createClientAction(previous: ClientFormState, formData: FormData): Promise<ClientFormState> {
  const viewer = await requireViewer("/publish/clients/new");
  const values = { organisationId: String(formData.get("organisationId") ?? ""), name: String(formData.get("name") ?? ""), scopes: formData.getAll("scopes").map(String) };
  const result = await serviceCall(() => createClient(getDb(), viewer, values));
  const attempt = (previous.attempt ?? 0) + 1;
  if (!result.ok) return { values, errors: result.errors, attempt };
  return { values: {}, errors: {}, attempt, created: { id: result.client.id, name: result.client.name, secret: result.secret } };
}

/** "Give it a new secret": the old secret and its tokens stop working; the new one is shown once. */
export async function rotateClientAction(previous: ClientFormState, formData: FormData): Promise<ClientFormState> {
  const viewer = await requireViewer("/publish/clients");
  const result = await serviceCall(() => rotateClient(getDb(), viewer, idOf(formData)));
  const attempt = (previous.attempt ?? 0) + 1;
  if (!result.ok) return { values: {}, errors: { rotate: "This client has been revoked, so it cannot be given a new secret" }, attempt };
  return { values: {}, errors: {}, attempt, created: { id: result.client.id, name: result.client.name, secret: result.secret } };
}

/** "Revoke": for good; its tokens stop working at once. */
export async function revokeClientAction(formData: FormData): Promise<void> {
  const viewer = await requireViewer("/publish/clients");
  const id = idOf(formData);
  await serviceCall(() => revokeClient(getDb(), viewer, id));
  redirect(`/publish/clients/${encodeURIComponent(id)}?revoked=1`);
}
