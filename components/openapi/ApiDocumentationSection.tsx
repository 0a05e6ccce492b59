import { preload } from "react-dom";
import type { ServedDocumentation as Served } from "@/lib/openapi/documentation";
import { downloadHref, type DownloadFile } from "@/lib/openapi/download";
import { ApiDocumentation } from "./ApiDocumentation";
import { ServedDocumentation } from "./ServedDocumentation";

/** The API page showing this part of the documentation the server renders (a later one relative to the page: short, for the contents' many links). */
export const documentationPartHref = (slug: string, part: number) => (part > 1 ? `?documentation=${part}` : `/apis/${encodeURIComponent(slug)}`);

const DOWNLOADS: { file: DownloadFile; text: string }[] = [
  { file: "original", text: "The original, as the publisher gave it" },
  { file: "bundled.json", text: "Bundled into one document, as JSON" },
  { file: "bundled.yaml", text: "Bundled into one document, as YAML" },
];

/**
 * The downloads of an API's latest checked OpenAPI description (links that stay the same as new
 * revisions arrive) and its documentation, from that very revision: as the server rendered it
 * (`served`, once worked out), replaced by the interactive view when that has drawn.
 */
export function ApiDocumentationSection({ slug, revisionId, served }: { slug: string; revisionId: string; served?: Served | null }) {
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
      <ApiDocumentation specUrl={specUrl}>{served ? <ServedDocumentation served={served} partHref={(part) => documentationPartHref(slug, part)} /> : null}</ApiDocumentation>
    </section>
  );
}
