import { Tag } from "@/components/Tag";
import type { Grid, LevelResult } from "@/lib/maturity/levels";
import { CriterionEvidence } from "./CriterionEvidence";
import { OutcomeTag } from "./OutcomeTag";

function Cell({ level }: { level: LevelResult }) {
  return (
    <>
      {level.quotes.map((q) => <q key={q} className="mb-1 block font-bold">{q}</q>)}
      <Tag colour={level.met ? "green" : "grey"} className="mb-2">{level.met ? "Criteria met" : "Criteria not all met"}</Tag>
      <ul className="space-y-3">
        {level.criteria.map((c) => (
          <li key={c.id} id={c.id}>
            <OutcomeTag outcome={c.outcome} /> <span>{c.text}</span>
            <span className="block text-secondary-text text-base">{c.kind === "automatic" ? `Automatic. Needs ${c.thresholdWords}` : "Attested by a publisher"}</span>
            <CriterionEvidence result={c} />
          </li>
        ))}
      </ul>
    </>
  );
}

/** The 5 × 3 grid: a row per dimension with the level it reaches, a column per level with its criteria. */
export function MaturityGrid({ grid, caption }: { grid: Grid; caption: string }) {
  const cell = "border border-border p-3 align-top";
  return (
    <div className="mb-8 overflow-x-auto">
      <table className="w-full min-w-[60rem] border-collapse text-base">
        <caption className="mb-3 text-left text-2xl font-bold">{caption}</caption>
        <thead>
          <tr>
            <th scope="col" className={cell}>Dimension</th>
            <th scope="col" className={cell}>Level reached</th>
            {[1, 2, 3].map((n) => <th key={n} scope="col" className={cell}>Maturity Level {n}</th>)}
          </tr>
        </thead>
        <tbody>
          {grid.dimensions.map((d) => (
            <tr key={d.key}>
              <th scope="row" className={`${cell} text-left`}>{d.title}</th>
              <td className={`${cell} text-xl font-bold`}>{d.reached ? `Level ${d.reached}` : "None yet"}</td>
              {d.levels.map((level) => (
                <td key={level.level} className={cell}><Cell level={level} /></td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
