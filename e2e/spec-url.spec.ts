import { createHash } from "node:crypto";
import * as http from "node:http";
import type { AddressInfo } from "node:net";
import { registerApi } from "./apis";
import { signIn } from "./auth";
import { expect, test } from "./fixtures";

const spec = (paths: string) => `openapi: 3.0.3
info: { title: Vehicle tax status, version: "1.0", description: Whether a vehicle is taxed. }
servers: [{ url: "https://api.example.gov.uk/v1" }]
paths: ${paths}
`;
const FIRST = spec("{}");
const SECOND = spec("{ /v1/vehicles: { get: { summary: Find a vehicle, responses: { '200': { description: The vehicle } } } } }");

/** The publisher's server: plain HTTP on 127.0.0.1 (allowed by playwright.config.ts), with an ETag from the text. */
async function publisherServer() {
  const state = { document: FIRST };
  const server = http.createServer((req, res) => {
    const etag = `"${createHash("sha256").update(state.document).digest("hex").slice(0, 16)}"`;
    if (req.headers["if-none-match"] === etag) return void res.writeHead(304).end();
    res.writeHead(200, { "content-type": "application/yaml", etag }).end(state.document);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    state,
    port,
    url: `http://127.0.0.1:${port}/openapi.yaml`,
    close: () => new Promise((resolve) => {
      server.closeAllConnections();
      server.close(resolve);
    }),
  };
}


test("a publisher attaches a spec by its web address, checks it for changes, and sees when it cannot be fetched", async ({ page, expectNoAxeViolations }) => {
  const server = await publisherServer();
  try {
    const name = `Vehicle tax by URL ${Date.now().toString(36)}`;
    await signIn(page, "dvla-publisher");
    await registerApi(page, name, { description: "Whether a vehicle is taxed, described at its own web address." });
    await page.getByRole("link", { name: "Add an OpenAPI description" }).click();
    const address = page.getByLabel("Or give its web address");

    // Addresses the catalogue must never fetch from: refused before connecting, the reason in the error summary, linked to the field.
    for (const [url, reason] of [
      ["https://169.254.169.254/latest/meta-data/", /link-local.*169\.254\.169\.254/],
      [`http://127.0.0.2:${server.port}/openapi.yaml`, /loopback/],
    ] as const) {
      await address.fill(url);
      await page.getByRole("button", { name: "Check and add" }).click();
      await expect(page).toHaveTitle(/^Error: /);
      const link = page.getByRole("alert").getByRole("link", { name: reason });
      await expect(link).toBeVisible();
      await link.click();
      await expect(address).toBeFocused();
      await expect(address).toHaveValue(url);
    }
    await expectNoAxeViolations(page);

    await address.fill(server.url);
    await page.getByRole("button", { name: "Check and add" }).click();
    await expect(page.getByText("The OpenAPI description has been checked and added.")).toBeVisible();
    // No operations yet: too few of the standards' rules apply to score it.
    await expect(page.getByText(/there is not enough to score/)).toBeVisible();
    const source = page.getByRole("region", { name: "Where the description comes from" });
    await expect(source.getByText(server.url)).toBeVisible();
    await expect(source.getByText("Fetched", { exact: true })).toBeVisible();
    await expectNoAxeViolations(page);

    // The publisher changes the document: a new version.
    server.state.document = SECOND;
    await source.getByRole("button", { name: "Check for changes now" }).click();
    await expect(page.getByText("New version added")).toBeVisible();
    await expect(page.getByText("2 versions have been stored.")).toBeVisible();

    await page.getByRole("button", { name: "Check for changes now" }).click();
    await expect(page.getByText("No changes", { exact: true })).toBeVisible();
    await expect(page.getByText("2 versions have been stored.")).toBeVisible();

    // The server goes away: shown as unreachable, with the reason, the stored version kept.
    await server.close();
    await page.getByRole("button", { name: "Check for changes now" }).click();
    await expect(page.getByText("Could not fetch: The server refused the connection")).toBeVisible();
    const after = page.getByRole("region", { name: "Where the description comes from" });
    await expect(after.getByText("Unreachable", { exact: true })).toBeVisible();
    await expect(after.getByText("The web address could not be fetched")).toBeVisible();
    await expect(page.getByText("2 versions have been stored.")).toBeVisible();
    await expect(page.getByText(/scores \d+ out of 100/)).toBeVisible();
    await expectNoAxeViolations(page);
  } finally {
    await server.close();
  }
});
