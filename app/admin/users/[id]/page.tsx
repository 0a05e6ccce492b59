import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Memberships } from "@/components/admin/Memberships";
import { RoleForm } from "@/components/admin/RoleForm";
import { Breadcrumbs } from "@/components/Breadcrumbs";
import { ErrorSummary } from "@/components/ErrorSummary";
import { NotificationBanner } from "@/components/NotificationBanner";
import { PageHeading } from "@/components/PageHeading";
import { SummaryList } from "@/components/SummaryList";
import { Tag } from "@/components/Tag";
import { ADMIN_ERRORS, isAdminErrorCode } from "@/lib/admin/errors";
import { ROLE_CHOICES, roleLabel } from "@/lib/admin/roles";
import { getUser, organisationsToAdd } from "@/lib/admin/users";
import { isoDateTime } from "@/lib/audit/labels";
import { guard } from "@/lib/auth/guard";
import { getDb } from "@/lib/db";
import { changeRole, grantMembership, revokeMembership } from "../actions";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

async function load({ params, searchParams }: Props) {
  const { id } = await params;
  const query = await searchParams;
  const viewer = await guard("user.manage", undefined, `/admin/users/${encodeURIComponent(id)}`);
  const user = await getUser(getDb(), viewer, id);
  if (!user) notFound();
  const code = one(query.error);
  const error = isAdminErrorCode(code) ? { ...ADMIN_ERRORS[code] } : undefined;
  return { viewer, user, error, done: one(query.done), organisation: one(query.organisation) };
}

function accessOf(user: { role: string; memberships: { organisation: { name: string } }[] }): string {
  const publisher = user.memberships.length ? `Publisher for ${user.memberships.map((m) => m.organisation.name).join(", ")}` : null;
  return [user.role === "none" ? null : roleLabel(user.role), publisher].filter(Boolean).join("; ");
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { user, error } = await load(props);
  return { title: `${error ? "Error: " : ""}${user.name ?? user.email ?? "Account"} – Manage access` };
}

export default async function UserPage(props: Props) {
  const { viewer, user, error, done, organisation } = await load(props);
  const available = await organisationsToAdd(getDb(), viewer, user.id);
  const personName = user.name ?? user.email ?? "This person";
  const organisationName = [...available, ...user.memberships.map((m) => m.organisation)].find((o) => o.slug === organisation)?.name;
  const success =
    done === "role" ? `Role is now ${roleLabel(user.role)}` : done === "added" ? `${personName} can now publish for ${organisationName ?? "the organisation"}` : done === "removed" ? `${personName} no longer publishes for ${organisationName ?? "the organisation"}` : null;
  return (
    <>
      <Breadcrumbs items={[{ href: "/", text: "Home" }, { href: "/admin", text: "Admin" }, { href: "/admin/users", text: "Users" }, { text: personName }]} />
      {error ? <ErrorSummary errors={[{ href: `#${error.field}`, text: error.message }]} /> : null}
      {success && !error ? (
        <NotificationBanner type="success">
          <p className="govuk-body mb-0 font-bold">{success}</p>
        </NotificationBanner>
      ) : null}
      <PageHeading caption="Manage access">{personName}</PageHeading>
      <SummaryList
        rows={[
          { key: "Email", value: user.email ?? "Not given" },
          { key: "Access", value: user.hasAccess ? accessOf(user) : <Tag colour="yellow">No access yet</Tag> },
          { key: "Account created", value: <time dateTime={user.createdAt.toISOString()}>{isoDateTime(user.createdAt)}</time> },
          { key: "Last signed in", value: user.lastSignInAt ? <time dateTime={user.lastSignInAt.toISOString()}>{isoDateTime(user.lastSignInAt)}</time> : "Never" },
          { key: "Identity provider", value: <span className="break-all">{user.issuer}</span> },
        ]}
      />
      <RoleForm
        action={changeRole}
        userId={user.id}
        role={user.role}
        updatedAt={user.updatedAt.toISOString()}
        choices={ROLE_CHOICES}
        error={error?.field === "role" ? error.message : undefined}
        self={viewer.user.id === user.id}
      />
      <Memberships
        userId={user.id}
        personName={personName}
        memberships={user.memberships}
        available={available}
        grant={grantMembership}
        revoke={revokeMembership}
        error={error?.field === "organisation" ? error.message : undefined}
      />
    </>
  );
}
