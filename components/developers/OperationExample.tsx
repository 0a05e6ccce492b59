import { Tag } from "@/components/Tag";
import type { GuideOperation } from "@/lib/api/developer-guide";

/** One operation of the catalogue's API, with an example request and response. Server-rendered: readable without JavaScript. */
export function OperationExample({ operation }: { operation: GuideOperation }) {
  return (
    <section aria-labelledby={`op-${operation.id}`} className="mb-10">
      <h3 id={`op-${operation.id}`} className="govuk-heading-s">
        {operation.summary} {operation.deprecated ? <Tag colour="orange">Deprecated</Tag> : null}
      </h3>
      <p className="govuk-body">
        <code className="font-bold">{operation.method} /api/v1{operation.path}</code>
        {operation.scope ? <> (needs the <code>{operation.scope}</code> scope)</> : null}
      </p>
      <p className="govuk-body max-w-2xl">{operation.description}</p>
      <p className="govuk-body mb-1 font-bold">Example request</p>
      <pre className="mb-4 overflow-x-auto bg-light-grey p-4 text-sm" tabIndex={0} aria-label={`Example request: ${operation.summary}`}>
        <code>{operation.request}</code>
      </pre>
      {operation.response ? (
        <>
          <p className="govuk-body mb-1 font-bold">Example response</p>
          <pre className="max-h-80 overflow-auto bg-light-grey p-4 text-sm" tabIndex={0} aria-label={`Example response: ${operation.summary}`}>
            <code>{operation.response}</code>
          </pre>
        </>
      ) : null}
    </section>
  );
}
