import type { Content, Field, Parameter } from "@/lib/openapi/documentation/fields";
import type { Operation } from "@/lib/openapi/documentation/outline";

/**
 * A description, as HTML made from the publisher's Markdown when the documentation was worked out:
 * escaped text and the markup Markdown makes, never raw HTML from the spec
 * (lib/openapi/documentation/markdown.ts).
 */
export function SpecMarkdown({ html }: { html: string }) {
  return <div className="spec-markdown" dangerouslySetInnerHTML={{ __html: html }} />;
}

const PLACES: { in: string; caption: string }[] = [
  { in: "path", caption: "Path parameters" },
  { in: "query", caption: "Query parameters" },
  { in: "header", caption: "Header parameters" },
  { in: "cookie", caption: "Cookie parameters" },
];

function Fields({ caption, fields }: { caption: string; fields: Field[] }) {
  if (!fields.length) return null;
  return (
    <div className="mb-4">
      <table className="spec-fields">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Type</th>
            <th scope="col">Description</th>
          </tr>
        </thead>
        <tbody>
          {fields.map((field) => (
            <tr key={field.name}>
              <th scope="row">
                <code>{field.name}</code>
                {field.required ? <strong className="block text-base">required</strong> : null}
                {field.deprecated ? <span className="block text-base">deprecated</span> : null}
              </th>
              <td className="break-words">{field.type}</td>
              <td>{field.description ? <SpecMarkdown html={field.description} /> : null}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function Body({ content, label }: { content: Content[]; label: string }) {
  return content.map((c) => (
    <div key={c.mediaTypes.join()} className="mb-3">
      <p className="mb-2">
        {c.mediaTypes.join(", ")}: {c.type || "any"}
      </p>
      <Fields caption={`${label}, ${c.mediaTypes[0]}`} fields={c.properties} />
    </div>
  ));
}

/** One operation: what it is, what it takes and what it answers. Its id is Redoc's, so links keep working. */
export function ServedOperation({ operation: op }: { operation: Operation }) {
  const parameters = (place: string): Parameter[] => op.parameters.filter((p) => p.in === place);
  return (
    <section id={op.id} className="mb-8 border-t border-border pt-4">
      <h5 className="mb-2 text-xl font-bold">
        {op.name}
        {op.deprecated ? " (deprecated)" : ""}
      </h5>
      <p className="mb-3 break-all">
        {op.webhook ? "Webhook " : null}
        <span className="spec-method">{op.method}</span> <code>{op.path}</code>
      </p>
      {op.description ? <SpecMarkdown html={op.description} /> : null}
      <div className="mt-4">
        {PLACES.map(({ in: place, caption }) => (
          <Fields key={place} caption={caption} fields={parameters(place)} />
        ))}
      </div>
      {op.requestBody ? (
        <>
          <h6 className="mb-2 mt-4 font-bold">Request body{op.requestBody.required ? "" : " (optional)"}</h6>
          {op.requestBody.description ? <SpecMarkdown html={op.requestBody.description} /> : null}
          <Body content={op.requestBody.content} label="Request body" />
        </>
      ) : null}
      {op.responses.length ? <h6 className="mb-2 mt-4 font-bold">Responses</h6> : null}
      {op.responses.map((response) => (
        <div key={response.code} className="mb-3">
          <p className="font-bold">{response.code}</p>
          {response.description ? <SpecMarkdown html={response.description} /> : null}
          {response.content.some((c) => c.properties.length) ? (
            <details className="mt-2">
              <summary className="cursor-pointer text-link underline">What the {response.code} response holds</summary>
              <Body content={response.content} label={`Response ${response.code}`} />
            </details>
          ) : (
            response.content.map((c) => (
              <p key={c.mediaTypes.join()}>
                {c.mediaTypes.join(", ")}: {c.type || "any"}
              </p>
            ))
          )}
        </div>
      ))}
    </section>
  );
}
