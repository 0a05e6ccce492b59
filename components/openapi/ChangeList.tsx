import { Tag } from "@/components/Tag";
import type { Change } from "@/lib/openapi/diff";

const OTHERS_SHOWN = 500;

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** "3 breaking changes" in red, "No breaking changes" in grey; nothing when there was nothing to compare with. */
export function BreakingChangesTag({ count }: { count: number | null }) {
  if (count === null) return null;
  return count > 0 ? <Tag colour="red">{plural(count, "breaking change", "breaking changes")}</Tag> : <Tag colour="grey">No breaking changes</Tag>;
}

/** "This version has 2 changes that break existing clients" */
export function breakingSentence(count: number): string {
  return `This version has ${count === 1 ? "1 change that breaks" : `${count} changes that break`} existing clients`;
}

function Item({ change }: { change: Change }) {
  return (
    <li>
      {change.message}
      <span className="block font-mono text-base break-all text-secondary-text">{change.pointer}</span>
    </li>
  );
}

/**
 * What changed between two revisions: the changes that break existing clients first, in a
 * red-bordered block that cannot be missed, then everything else.
 */
export function ChangeList({ changes, headingLevel = 2 }: { changes: readonly Change[]; headingLevel?: 2 | 3 }) {
  const Heading = `h${headingLevel}` as const;
  const breaking = changes.filter((c) => c.breaking);
  const others = changes.filter((c) => !c.breaking);
  if (changes.length === 0) return <p className="mb-6">Nothing that clients rely on has changed.</p>;
  return (
    <>
      {breaking.length ? (
        <section aria-labelledby="breaking-changes" className="mb-8 border-l-5 border-error pl-4">
          <Heading id="breaking-changes" className="mb-2 text-2xl font-bold">
            These changes will break existing clients ({breaking.length})
          </Heading>
          <ul className="mb-0 list-disc space-y-2 pl-5">
            {breaking.map((c, i) => (
              <Item key={i} change={c} />
            ))}
          </ul>
        </section>
      ) : (
        <p className="mb-6">None of the changes break existing clients.</p>
      )}
      {others.length ? (
        <section aria-labelledby="other-changes" className="mb-8">
          <Heading id="other-changes" className="mb-2 text-2xl font-bold">
            Other changes ({others.length})
          </Heading>
          <ul className="mb-0 list-disc space-y-2 pl-5">
            {others.slice(0, OTHERS_SHOWN).map((c, i) => (
              <Item key={i} change={c} />
            ))}
            {others.length > OTHERS_SHOWN ? <li>and {others.length - OTHERS_SHOWN} more.</li> : null}
          </ul>
        </section>
      ) : null}
    </>
  );
}
