import type { Metadata } from "next";
import { BackLink } from "@/components/BackLink";
import { AttachSpecForm } from "@/components/openapi/AttachSpecForm";
import { getDb } from "@/lib/db";
import { apiToManage } from "@/lib/catalogue/publishing/pages";
import { findAttempt } from "@/lib/openapi/attempts";
import { maxBytes } from "@/lib/openapi/decode";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<{ attempt?: string | string[] }> };

/** The API, and the publisher's last attempt when the form sends them back here (?attempt=…). */
async function load({ params, searchParams }: Props) {
  const { viewer, api } = await apiToManage((await params).slug, "api.update", "spec");
  const id = (await searchParams).attempt;
  const attempt = typeof id === "string" ? await findAttempt(getDb(), { userId: viewer.user.id, apiId: api.id }, id) : null;
  return { api, attempt, title: `Add an OpenAPI description of ${api.name}` };
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { attempt, title } = await load(props);
  return { title: attempt && Object.keys(attempt.errors).length ? `Error: ${title}` : title };
}

export default async function AttachSpecPage(props: Props) {
  const { api, attempt, title } = await load(props);
  return (
    <>
      <BackLink href={`/apis/${api.slug}`} />
      <AttachSpecForm apiId={api.id} title={title} maxBytes={maxBytes()} attempt={attempt} />
    </>
  );
}
