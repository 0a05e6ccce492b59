import Link from "next/link";
import { Button } from "@/components/Button";
import { TextInput } from "@/components/TextInput";
import { mapHref, type MapQuery } from "@/lib/estate/map-query";
import type { PathResult } from "@/lib/estate/map-view";
import { HiddenQuery } from "./HiddenQuery";

type Found = { slug: string; name: string; organisation: { name: string } }[];

/** Find a system by name: a plain form, so it works without JavaScript. */
export function FindForm({ query, found, path }: { query: MapQuery; found: Found | null; path: string }) {
  return (
    <section aria-labelledby="find-heading" className="mb-6">
      <h2 id="find-heading" className="mb-2 text-2xl font-bold">Find a system</h2>
      <form method="get" action={path} role="search" className="flex flex-wrap items-end gap-4">
        <HiddenQuery query={query} omit={["find", "selected"]} />
        <TextInput id="find" name="find" label="System name" defaultValue={query.find} width="20" className="mb-0" />
        <Button type="submit" variant="secondary" className="mb-0">Find</Button>
      </form>
      {found ? (
        found.length ? (
          <ul className="mt-4 list-disc pl-5" aria-label="Systems found">
            {found.map((s) => (
              <li key={s.slug}>
                <Link className="govuk-link" href={mapHref(query, { selected: s.slug, find: "" }, path)}>{`${s.name} (${s.organisation.name})`}</Link>
                {" · "}
                <Link className="govuk-link" href={mapHref(query, { view: "system", focus: s.slug, selected: s.slug, find: "", expand: [] }, path)}>its neighbourhood</Link>
                {" · "}
                <Link className="govuk-link" href={`/systems/${s.slug}`}>its page</Link>
              </li>
            ))}
          </ul>
        ) : (
          <p className="mt-4">No system you can see has a name containing “{query.find}”.</p>
        )
      ) : null}
    </section>
  );
}

/** "How does data get from A to B?": the form, and the chains found listed in words. */
export function PathForm({ query, result, path, errors }: { query: MapQuery; result: PathResult | null; path: string; errors: { from?: string; to?: string } }) {
  return (
    <section aria-labelledby="path-heading" className="mb-6">
      <h2 id="path-heading" className="mb-2 text-2xl font-bold">How does data get from A to B?</h2>
      <form method="get" action={path} className="flex flex-wrap items-end gap-4">
        <HiddenQuery query={query} omit={["from", "to", "selected", "find"]} />
        <TextInput id="from" name="from" label="From system" hint="Its name or part of it" defaultValue={query.from ?? ""} error={errors.from} width="20" className="mb-0" />
        <TextInput id="to" name="to" label="To system" hint="Its name or part of it" defaultValue={query.to ?? ""} error={errors.to} width="20" className="mb-0" />
        <Button type="submit" variant="secondary" className="mb-0">Find the path</Button>
      </form>
      {result?.from && result.to ? (
        <div className="mt-4" data-testid="path-result">
          {result.chains.length ? (
            <>
              <p className="mb-2">
                {result.chains.length === 1 ? "The shortest chain" : `The ${result.chains.length} shortest chains`} of connections from {result.from.name} to {result.to.name}, drawn on the map:
              </p>
              <ol className="list-decimal pl-5">
                {result.chains.map((chain) => (
                  <li key={chain.systems.join(">")} className="mb-2">
                    {chain.words.join(" Then ")}
                  </li>
                ))}
              </ol>
            </>
          ) : (
            <p>No chain of connections you can see carries data from {result.from.name} to {result.to.name}{query.technology.length || query.confirmation.length ? " with these filters" : ""}.</p>
          )}
          <p className="mt-2"><Link className="govuk-link" href={mapHref(query, { from: undefined, to: undefined }, path)}>Clear the path</Link></p>
        </div>
      ) : null}
    </section>
  );
}
