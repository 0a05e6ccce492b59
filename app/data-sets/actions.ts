"use server";

import { redirect } from "next/navigation";
import { guard } from "@/lib/auth/guard";
import { requireViewer } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { readForm, type FormState } from "@/lib/catalogue/publishing/form";
import { failed, formTarget, serviceCall } from "@/lib/catalogue/publishing/interrupts";
import { DATA_SET_FIELDS, HOLDING_FIELDS } from "@/lib/estate/data-sets/form";
import { createDataSet, declareHolding, releaseHolding } from "@/lib/estate/data-sets/service";

// Every action: who is this (sign in if nobody), then the service, which asks the policy about
// the stored organisation or system. Hiding a link is never the protection.

/** "Add a core data set". */
export async function createDataSetAction(previous: FormState, formData: FormData): Promise<FormState> {
  const values = readForm(formData, DATA_SET_FIELDS);
  const returnTo = "/data-sets/new";
  const organisationId = values.organisationId?.trim();
  const viewer = organisationId ? await guard("dataset.create", { organisationId }, returnTo) : await requireViewer(returnTo);
  const result = await serviceCall(() => createDataSet(getDb(), viewer, values));
  if (!result.ok) return failed(previous, values, result);
  redirect(`/data-sets/${result.dataSet.slug}?added=1`);
}

/** "Declare a data set this system holds", from the system's page. */
export async function declareHoldingAction(previous: FormState, formData: FormData): Promise<FormState> {
  const viewer = await requireViewer("/data-sets");
  const values = readForm(formData, HOLDING_FIELDS);
  const result = await serviceCall(() => declareHolding(getDb(), viewer, values));
  if (!result.ok) return failed(previous, values, result);
  redirect(`/data-sets/${result.dataSet.slug}?declared=1`);
}

/** "Stop holding" a data set, from the confirmation page of a system's holding. */
export async function releaseHoldingAction(previous: FormState, formData: FormData): Promise<FormState> {
  const viewer = await requireViewer("/data-sets");
  const { id } = formTarget(formData);
  const result = await serviceCall(() => releaseHolding(getDb(), viewer, id));
  if (!result.ok) return failed(previous, {}, result);
  redirect(`/data-sets/${result.dataSet.slug}?released=1`);
}
