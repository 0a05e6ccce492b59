import { Details } from "@/components/Details";
import type { EstateOrganisation } from "@/lib/estate/graph";
import { TECHNOLOGY_LEGEND, organisationColour } from "@/lib/estate/map-style";

const Swatch = ({ colour, round = false }: { colour: string; round?: boolean }) => (
  <span aria-hidden="true" className={`mr-2 inline-block size-4 align-middle ${round ? "rounded-full" : ""}`} style={{ backgroundColor: colour }} />
);

/** What the colours, lines and labels on the map mean. Nothing is told by colour alone. */
export function MapLegend({ organisations }: { organisations: EstateOrganisation[] }) {
  return (
    <section aria-labelledby="legend-heading" className="mb-4 text-base">
      <h2 id="legend-heading" className="mb-2 text-xl font-bold">Key</h2>
      <ul className="mb-2 space-y-1">
        <li>Circles are systems, coloured by their organisation; a large circle labelled with a count is a whole organisation.</li>
        <li>An arrowhead shows which way data flows; a line with none carries data both ways.</li>
        <li>A thick line is confirmed by both ends; a thin line is not yet confirmed, or is disputed (labelled “disputed”).</li>
        <li>A line labelled “personal data” carries personal data. Labels show as you zoom in.</li>
        <li>Highlighted systems are drawn large and dark; the rest fade.</li>
      </ul>
      <Details summary="Colours of technologies">
        <ul className="space-y-1">
          {TECHNOLOGY_LEGEND.map((t) => (
            <li key={t.label}><Swatch colour={t.colour} />{t.label}</li>
          ))}
        </ul>
      </Details>
      <Details summary={`Colours of organisations (${organisations.length})`}>
        <ul className="space-y-1">
          {organisations.map((o, i) => (
            <li key={o.id}><Swatch colour={organisationColour(i)} round />{o.name}</li>
          ))}
        </ul>
      </Details>
    </section>
  );
}
