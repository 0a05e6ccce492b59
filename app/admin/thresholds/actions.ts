"use server";

import { redirect } from "next/navigation";
import { guard } from "@/lib/auth/guard";
import { getDb } from "@/lib/db";
import { readForm, type FormState } from "@/lib/catalogue/publishing/form";
import { failed, serviceCall } from "@/lib/catalogue/publishing/interrupts";
import { ADJUSTABLE, percentField, setThresholds } from "@/lib/maturity/thresholds";

const FIELDS = ADJUSTABLE.map((c) => percentField(c.id));

/** An admin changes the shares the maturity criteria ask for, then sees them in force. */
export async function setThresholdsAction(previous: FormState, formData: FormData): Promise<FormState> {
  const viewer = await guard("maturity.manage-thresholds", undefined, "/admin/thresholds");
  const values = readForm(formData, FIELDS);
  const result = await serviceCall(() => setThresholds(getDb(), viewer, values));
  if (!result.ok) return failed(previous, values, result);
  redirect(`/admin/thresholds?saved=${result.changed.length}`);
}
