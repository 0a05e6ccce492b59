"use server";

import { forbidden, notFound, redirect } from "next/navigation";
import { z } from "zod";
import { AdminInputError, UserNotFoundError } from "@/lib/admin/errors";
import { addMembership, removeMembership } from "@/lib/admin/memberships";
import { setRole } from "@/lib/admin/users";
import { guard } from "@/lib/auth/guard";
import { ForbiddenError } from "@/lib/auth/policy";
import { getDb } from "@/lib/db";

// Each action answers with a redirect (post/redirect/get): to the account's page with a
// message code on success, or an error code for the form, so everything works without JavaScript.

// Anything that is not a short string (a file, a missing field) reads as empty; services validate the rest.
const text = z.preprocess((v) => (typeof v === "string" && v.length <= 1000 ? v : ""), z.string());
const roleForm = z.object({ userId: text, role: text, expectedUpdatedAt: text });
const membershipForm = z.object({ userId: text, organisation: text });

function fields<T extends z.ZodType>(schema: T, formData: FormData): z.infer<T> {
  return schema.parse(Object.fromEntries(["userId", "role", "expectedUpdatedAt", "organisation"].map((k) => [k, formData.get(k)])));
}

function userPage(userId: string, query: Record<string, string> = {}): string {
  const search = new URLSearchParams(query).toString();
  return `/admin/users/${encodeURIComponent(userId)}${search ? `?${search}` : ""}`;
}

/** Runs a service call; a mistake the admin can correct goes back to the form. */
async function attempt(userId: string, work: () => Promise<unknown>): Promise<void> {
  try {
    await work();
  } catch (error) {
    if (error instanceof AdminInputError) redirect(userPage(userId, { error: error.code }));
    if (error instanceof UserNotFoundError) notFound();
    if (error instanceof ForbiddenError) forbidden();
    throw error;
  }
}

export async function changeRole(formData: FormData): Promise<void> {
  const viewer = await guard("user.manage", undefined, "/admin/users");
  const input = fields(roleForm, formData);
  await attempt(input.userId, () => setRole(getDb(), viewer, input.userId, input.role, input.expectedUpdatedAt));
  redirect(userPage(input.userId, { done: "role" }));
}

export async function grantMembership(formData: FormData): Promise<void> {
  const viewer = await guard("user.manage", undefined, "/admin/users");
  const input = fields(membershipForm, formData);
  await attempt(input.userId, () => addMembership(getDb(), viewer, input.userId, input.organisation));
  redirect(userPage(input.userId, { done: "added", organisation: input.organisation }));
}

export async function revokeMembership(formData: FormData): Promise<void> {
  const viewer = await guard("user.manage", undefined, "/admin/users");
  const input = fields(membershipForm, formData);
  await attempt(input.userId, () => removeMembership(getDb(), viewer, input.userId, input.organisation));
  redirect(userPage(input.userId, { done: "removed", organisation: input.organisation }));
}
