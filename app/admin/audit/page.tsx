import type { Metadata } from "next";
import { AuditFilters } from "@/components/audit/AuditFilters";
import { AuditLogTable } from "@/components/audit/AuditLogTable";
import { Breadcrumbs } from "@/components/Breadcrumbs";
import { ErrorSummary } from "@/components/ErrorSummary";
import { PageHeading } from "@/components/PageHeading";
import { Pagination } from "@/components/Pagination";
import { auditLogHref, parseAuditSearchParams } from "@/lib/audit/filters";
import { ACTION_LABELS, ENTITY_TYPE_LABELS } from "@/lib/audit/labels";
import { auditActors, auditLog } from "@/lib/audit/queries";
import { guard } from "@/lib/auth/guard";
import { getDb } from "@/lib/db";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const { errors } = parseAuditSearchParams(await searchParams);
  return { title: `${Object.keys(errors).length ? "Error: " : ""}Audit log – Admin` };
}

export default async function AuditLogPage({ searchParams }: Props) {
  const viewer = await guard("audit.read-all", undefined, "/admin/audit");
  const { filters, values, errors } = parseAuditSearchParams(await searchParams);
  const db = getDb();
  const [log, actors] = await Promise.all([auditLog(db, viewer, filters), auditActors(db, viewer)]);
  const errorList = Object.entries(errors).map(([field, text]) => ({ href: `#${field}`, text }));
  return (
    <>
      <Breadcrumbs items={[{ href: "/", text: "Home" }, { href: "/admin", text: "Admin" }, { text: "Audit log" }]} />
      {errorList.length ? <ErrorSummary errors={errorList} /> : null}
      <PageHeading caption="Admin">Audit log</PageHeading>
      <p className="govuk-body">Every change to the catalogue and to people&apos;s access, newest first. Times are in UTC.</p>
      <AuditFilters
        values={values}
        errors={errors}
        entityTypes={Object.entries(ENTITY_TYPE_LABELS).map(([value, text]) => ({ value, text }))}
        actions={Object.entries(ACTION_LABELS).map(([value, text]) => ({ value, text }))}
        actors={actors.map((a) => ({ value: a.id, text: a.name }))}
      />
      <p role="status" className="govuk-heading-s">
        {log.total.toLocaleString("en-GB")} {log.total === 1 ? "event" : "events"}
        {log.pageCount > 1 ? `, page ${log.page} of ${log.pageCount}` : null}
      </p>
      {log.entries.length ? <AuditLogTable rows={log.entries} typeLabels={ENTITY_TYPE_LABELS} /> : <p className="govuk-body">No events match these filters.</p>}
      <Pagination page={log.page} pageCount={log.pageCount} hrefFor={(page) => auditLogHref(values, page)} label="Pages of the audit log" />
    </>
  );
}
