import Link from "next/link";
import { Details } from "@/components/Details";
import type { CriterionResult, EvidenceItem } from "@/lib/maturity/levels";

const STATE_WORDS: Record<EvidenceItem["state"], string> = { yes: "Meets it", no: "Does not meet it", excluded: "Left out" };

function Item({ item }: { item: EvidenceItem }) {
  const name = item.href ? <Link className="govuk-link" href={item.href}>{item.name}</Link> : item.name;
  return (
    <li className="mb-1">
      {name}: <strong>{STATE_WORDS[item.state]}</strong>
      {item.note ? `. ${item.note}` : null}
    </li>
  );
}

/** What a criterion's outcome rests on, behind one click: the figure, its threshold and every record counted. */
export function CriterionEvidence({ result }: { result: CriterionResult }) {
  return (
    <Details summary={<>Evidence<span className="sr-only"> for “{result.text}”</span></>} className="mt-1 text-base">
      <p className="mb-2">{result.summary}</p>
      {result.kind === "automatic" ? (
        <>
          <p className="mb-2">Threshold: {result.thresholdWords}.{result.whenNone === "not-applicable" ? " Not applicable when there is nothing to count." : ""}</p>
          {result.items?.length ? <ul className="list-disc pl-5">{result.items.map((item, i) => <Item key={i} item={item} />)}</ul> : null}
        </>
      ) : (
        <p className="mb-2">Attested: {result.asks} An assessor accepts or returns the evidence.</p>
      )}
      {result.exemption ? <p className="mb-2">
          {result.exemption.notApplicable ? "Not applicable" : "Exempt"} until {result.exemption.expiresAt.slice(0, 10)}, approved by an assessor: {result.exemption.reason}
        </p> : null}
    </Details>
  );
}
