import { preload } from "react-dom";
import { downloadHref, type DownloadFile } from "@/lib/openapi/download";
import { ApiDocumentation } from "./ApiDocumentation";

const DOWNLOADS: { file: DownloadFile; text: string }[] = [
  { file: "original", text: "The original, as the publisher gave it" },
  { file: "bundled.json", text: "Bundled into one document, as JSON" },
  { file: "bundled.yaml", text: "Bundled into one document, as YAML" },
];

/**
 * The downloads of an API's latest checked OpenAPI description (links that stay the same as new
 * revisions arrive) and its interactive documentation, drawn from that very revision.
 */
export function ApiDocumentationSection({ slug, revisionId }: { slug: string; revisionId: string }) {
  const specUrl = downloadHref(slug, "bundled.json", revisionId);
  // The browser starts fetching the document with the page's head, not once the page's script has
  // run: a big spec arrives while the script loads.
  preload(specUrl, { as: "fetch", crossOrigin: "anonymous" });
  return (
    <section aria-labelledby="openapi-downloads">
      <h3 id="openapi-downloads" className="mb-2 mt-6 text-xl font-bold">
        Download the OpenAPI description
      </h3>
      <ul className="mb-6 list-disc space-y-1 pl-5">
        {DOWNLOADS.map(({ file, text }) => (
          <li key={file}>
            <a className="govuk-link" href={downloadHref(slug, file)} download>
              {text}
            </a>
          </li>
        ))}
      </ul>
      <h3 className="mb-2 text-xl font-bold">Documentation generated from the OpenAPI description</h3>
      <ApiDocumentation specUrl={specUrl} />
    </section>
  );
}
