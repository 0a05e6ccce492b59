import Link from "next/link";
import type { systemsUsingApi } from "@/lib/estate/connections-queries";
import { ConfirmationTag, ExampleTag } from "./ConfirmationTag";

type Users = Awaited<ReturnType<typeof systemsUsingApi>>;

/** An API page's "Used by": the systems whose documented connections go through it. */
export function UsedBy({ users }: { users: Users }) {
  return (
    <section aria-labelledby="used-by">
      <h2 id="used-by" className="mb-4 mt-8 text-2xl font-bold">Used by</h2>
      {users.length ? (
        <ul className="mb-6 border-t border-border">
          {users.map((u) => (
            <li key={u.system.id} className="flex flex-wrap items-center gap-x-4 gap-y-2 border-b border-border py-3">
              <Link className="govuk-link font-bold" href={`/systems/${u.system.slug}`}>{u.system.name}</Link>
              <span className="mr-auto text-secondary-text">{u.system.organisation.name}</span>
              <ExampleTag example={u.example || u.system.example} />
              <Link className="govuk-link" href={`/connections/${u.connectionId}`}>
                <ConfirmationTag confirmation={u.confirmation} />
                <span className="sr-only"> connection from {u.system.name}</span>
              </Link>
            </li>
          ))}
        </ul>
      ) : (
        <p className="mb-4">No documented connection goes through this API.</p>
      )}
    </section>
  );
}
