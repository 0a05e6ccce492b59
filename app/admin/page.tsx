import type { Metadata } from "next";
import Link from "next/link";
import { PageHeading } from "@/components/PageHeading";
import { guard } from "@/lib/auth/guard";

export const metadata: Metadata = { title: "Admin" };

export default async function AdminPage() {
  await guard("user.manage", undefined, "/admin");
  return (
    <>
      <PageHeading>Admin</PageHeading>
      <ul className="govuk-list">
        <li className="mb-6">
          <h2 className="govuk-heading-m mb-1">
            <Link className="govuk-link" href="/admin/users">Users</Link>
          </h2>
          <p className="govuk-body">See everyone who has signed in, give people roles and make them members of organisations.</p>
        </li>
        <li className="mb-6">
          <h2 className="govuk-heading-m mb-1">
            <Link className="govuk-link" href="/admin/audit">Audit log</Link>
          </h2>
          <p className="govuk-body">Every change made to the catalogue and to people&apos;s access: who, when and what changed.</p>
        </li>
        <li>
          <h2 className="govuk-heading-m mb-1">
            <Link className="govuk-link" href="/admin/thresholds">Maturity thresholds</Link>
          </h2>
          <p className="govuk-body">Say how large a share of systems &ldquo;the majority&rdquo; means in the maturity model&apos;s criteria.</p>
        </li>
      </ul>
    </>
  );
}
