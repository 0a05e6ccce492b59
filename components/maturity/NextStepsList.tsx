import type { NextSteps } from "@/lib/maturity/next-steps";

/** Per dimension, what stands between its level and the next, naming the records to work on. */
export function NextStepsList({ steps }: { steps: NextSteps[] }) {
  return (
    <div id="next-steps">
      {steps.map((d) => (
        <section key={d.dimension} className="mb-6" aria-labelledby={`next-${d.dimension}`}>
          <h3 id={`next-${d.dimension}`} className="mb-2 text-xl font-bold">{d.title}</h3>
          {d.next === null ? (
            <p>Level 3 reached: keep every criterion met.</p>
          ) : (
            <>
              <p className="mb-2">
                To reach level {d.next} (<q>{d.quotes.join(" ")}</q>):
              </p>
              <ul className="list-disc space-y-2 pl-5">
                {d.steps.map((s) => (
                  <li key={s.criterionId}>
                    <a className="govuk-link" href={`#${s.criterionId}`}>{s.criterion}</a>. {s.action}
                  </li>
                ))}
              </ul>
            </>
          )}
        </section>
      ))}
    </div>
  );
}
