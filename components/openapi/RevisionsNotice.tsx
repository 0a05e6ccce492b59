import Link from "next/link";
import type { LatestCheck } from "@/lib/openapi/checks";
import { WarningText } from "@/components/WarningText";
import { breakingSentence } from "./ChangeList";

/** On the API page: a warning when the latest version breaks existing clients, and the way to every version. */
export function RevisionsNotice({ slug, latest, count }: { slug: string; latest: Pick<LatestCheck, "id" | "breakingChanges">; count: number }) {
  const revisions = `/apis/${slug}/revisions`;
  const breaking = latest.breakingChanges ?? 0;
  return (
    <>
      {breaking > 0 ? (
        <WarningText>
          <Link className="govuk-link" href={`${revisions}/${latest.id}`}>
            {breakingSentence(breaking)}
          </Link>
        </WarningText>
      ) : null}
      <p className="mb-4">
        <Link className="govuk-link" href={revisions}>
          {count === 1 ? "See the version stored" : `See all ${count} versions`}
        </Link>
      </p>
    </>
  );
}
