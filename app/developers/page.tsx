import type { Metadata } from "next";
import { Breadcrumbs } from "@/components/Breadcrumbs";
import { Table } from "@/components/Table";
import { OperationExample } from "@/components/developers/OperationExample";
import { ApiDocumentation } from "@/components/openapi/ApiDocumentation";
import { developerGuide } from "@/lib/api/developer-guide";

export const metadata: Metadata = { title: "The catalogue’s API for developers" };

const TOKEN_EXAMPLE = `curl -X POST 'https://catalogue.example/oauth/token' \\
  -u "$CLIENT_ID:$CLIENT_SECRET" \\
  -d grant_type=client_credentials -d 'scope=catalogue:read apis:write'`;

export default function DevelopersPage() {
  const { operations, client, anonymous, tokenMinutes } = developerGuide();
  return (
    <>
      <Breadcrumbs items={[{ href: "/", text: "Home" }, { text: "Developers" }]} />
      <h1 className="govuk-heading-l">The catalogue’s API</h1>
      <div className="max-w-2xl">
        <p className="govuk-body">
          Programs can read the catalogue, and your pipelines can register your organisation’s APIs and push each new version of their OpenAPI descriptions, through a REST API that returns JSON. Its OpenAPI 3.1 description is at{" "}
          <a className="govuk-link" href="/api/v1/openapi.json">/api/v1/openapi.json</a>.
        </p>
        <h2 className="govuk-heading-m">Getting a token</h2>
        <p className="govuk-body">
          Reading what anyone may see needs no token. To read as your organisation, or to write, a publisher creates an <a className="govuk-link" href="/publish/clients">API client</a> for your organisation and copies its secret. Your pipeline exchanges the client id and secret for a token (OAuth 2.0 client credentials) that lasts {tokenMinutes} minutes, and sends it as <code>Authorization: Bearer …</code>.
        </p>
        <pre className="mb-6 overflow-x-auto bg-light-grey p-4 text-sm" tabIndex={0} aria-label="Example: asking for a token">
          <code>{TOKEN_EXAMPLE}</code>
        </pre>
        <h2 className="govuk-heading-m">Limits</h2>
        <Table
          caption="How many requests you may make"
          captionClassName="sr-only"
          head={["Who", "Requests", "Per"]}
          firstCellIsHeader
          rows={[
            [{ text: "Each API client" }, { text: client.limit.toLocaleString("en-GB") }, { text: `${client.windowSeconds} seconds` }],
            [{ text: "Without a token, each address" }, { text: anonymous.limit.toLocaleString("en-GB") }, { text: `${anonymous.windowSeconds} seconds` }],
          ]}
        />
        <p className="govuk-body">
          Every response says what is left in <code>RateLimit-Policy</code> and <code>RateLimit</code>. Past the limit the answer is <code>429 Too Many Requests</code> with <code>Retry-After</code>: the seconds to wait. Bodies are limited too: 64 KB of JSON, and OpenAPI descriptions as large as the upload form takes.
        </p>
        <h2 className="govuk-heading-m">Conventions</h2>
        <ul className="govuk-list govuk-list--bullet">
          <li>Lists are JSON objects with <code>items</code> and <code>links</code>; follow <code>links.next</code> until there is none. Each list says its order.</li>
          <li>Property names are camelCase; dates are ISO 8601.</li>
          <li>Errors are <code>{`{ "error": { "code", "message" } }`}</code>, with a code that does not change and a message for people.</li>
          <li>An operation we deprecate says so here and in each response’s <code>Deprecation</code> and <code>Sunset</code> headers, with a link to the notice.</li>
        </ul>
      </div>
      <h2 className="govuk-heading-m">Operations</h2>
      <ApiDocumentation specUrl="/api/v1/openapi.json">
        {operations.map((operation) => (
          <OperationExample key={operation.id} operation={operation} />
        ))}
      </ApiDocumentation>
    </>
  );
}
