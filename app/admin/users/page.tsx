import type { Metadata } from "next";
import Link from "next/link";
import { Breadcrumbs } from "@/components/Breadcrumbs";
import { PageHeading } from "@/components/PageHeading";
import { Table } from "@/components/Table";
import { Tag } from "@/components/Tag";
import { roleLabel } from "@/lib/admin/roles";
import { listUsers } from "@/lib/admin/users";
import { isoDateTime } from "@/lib/audit/labels";
import { guard } from "@/lib/auth/guard";
import { getDb } from "@/lib/db";

export const metadata: Metadata = { title: "Users – Admin" };

export default async function UsersPage() {
  const viewer = await guard("user.manage", undefined, "/admin/users");
  const users = await listUsers(getDb(), viewer);
  const waiting = users.filter((u) => !u.hasAccess).length;
  return (
    <>
      <Breadcrumbs items={[{ href: "/", text: "Home" }, { href: "/admin", text: "Admin" }, { text: "Users" }]} />
      <PageHeading caption="Admin">Users</PageHeading>
      <p className="govuk-body">
        Everyone who has signed in, newest first. A new account can do nothing until you give it a role or make it a member of an organisation.
        {waiting ? ` ${waiting === 1 ? "1 account is" : `${waiting} accounts are`} waiting for access.` : null}
      </p>
      <Table
        caption="Accounts"
        captionClassName="sr-only"
        head={["Name", "Email", "Role", "Organisations", "Last signed in"]}
        firstCellIsHeader
        rows={users.map((user) => [
          <Link key="name" className="govuk-link" href={`/admin/users/${encodeURIComponent(user.id)}`}>
            {user.name ?? user.email ?? "Unnamed account"}
          </Link>,
          <span key="email" className="break-all">{user.email ?? "Not given"}</span>,
          user.hasAccess ? (user.role === "none" ? "Publisher" : roleLabel(user.role)) : <Tag colour="yellow">No access yet</Tag>,
          user.memberships.length ? user.memberships.map((m) => m.organisation.acronym ?? m.organisation.name).join(", ") : "None",
          user.lastSignInAt ? <time dateTime={user.lastSignInAt.toISOString()}>{isoDateTime(user.lastSignInAt)}</time> : "Never",
        ])}
      />
    </>
  );
}
