import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { AttachSpecForm } from "./AttachSpecForm";

const MB20 = 20 * 1024 * 1024;

describe("AttachSpecForm", () => {
  it("is a plain form posting the file, address or text to the upload route, so it works without JavaScript", () => {
    const html = renderToStaticMarkup(<AttachSpecForm apiId="api1" title="Add an OpenAPI description of Tax" maxBytes={MB20} />);
    const form = /<form[^>]*>/.exec(html)![0];
    for (const attribute of ['action="/publish/specs/upload"', 'method="post"', 'encType="multipart/form-data"']) expect(form).toContain(attribute);
    expect(html).toContain('<input type="hidden" name="apiId" value="api1"/>');
    expect(html).toMatch(/<input id="file" type="file" accept="[^"]*\.zip[^"]*"[^>]*name="file"/);
    expect(html).toContain("up to 20 MB");
    expect(html).not.toContain('name="root"');
  });

  it("comes back with the publisher's answers, each problem by its field, and the archive's documents to choose from", () => {
    const attempt = {
      id: "att1",
      values: { url: "https://example.gov.uk/a.yaml", source: "openapi: 3.0.3" },
      errors: { root: "Choose the archive's root document, or upload another file" },
      archive: { name: "tax.zip", candidates: ["v1/openapi.yaml", "v2/openapi.yaml"] },
    };
    const html = renderToStaticMarkup(<AttachSpecForm apiId="api1" title="Add" maxBytes={MB20} attempt={attempt} />);
    expect(html).toContain('<input type="hidden" name="attempt" value="att1"/>');
    expect(html).toContain("Which file in tax.zip is the root document?");
    expect(html).toMatch(/<input[^>]*id="root" type="radio" name="root" value="v1\/openapi.yaml"/);
    expect(html).toContain('href="#root"');
    expect(html).toContain('value="https://example.gov.uk/a.yaml"');
    expect(html).toContain(">openapi: 3.0.3</textarea>");
  });
});
