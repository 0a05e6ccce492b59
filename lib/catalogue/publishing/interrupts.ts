import { forbidden, notFound } from "next/navigation";
import { ForbiddenError } from "@/lib/auth/policy";
import { z } from "zod";
import { NotFoundError, type Invalid, type Stale } from "./common";
import { idSchema, versionSchema } from "./fields";
import type { FormState } from "./form";

/**
 * Runs a publishing service for a page or server action: a refusal becomes the 403 page and a
 * record the viewer may not see becomes the 404 page, exactly as a missing one would.
 */
export async function serviceCall<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof ForbiddenError) forbidden();
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
}

const target = z.object({ id: idSchema, version: versionSchema });

/** The record a form acts on and the version it was loaded with (hidden fields `id` and `version`); 404 if they are not sensible. */
export function formTarget(formData: FormData): { id: string; version: number } {
  const parsed = target.safeParse({ id: formData.get("id"), version: formData.get("version") });
  if (!parsed.success) notFound();
  return parsed.data;
}

/** Which button was pressed: "Publish" / "Save and publish", or a save that keeps the status. */
export const wantsPublish = (formData: FormData) => formData.get("intent") === "publish";

/** The form again, with what was typed and what went wrong. */
export function failed(previous: FormState, values: Record<string, string>, result: Invalid | Stale): FormState {
  return { values, errors: result.stale ? {} : result.errors, stale: Boolean(result.stale), attempt: (previous.attempt ?? 0) + 1 };
}
