import { describe, it } from "vitest";
import { expectFail, expectPass, oas3 } from "../testing";

const ID = "gds-deprecation";
const paths = (description: string) => ({
  paths: {
    "/things": { get: { deprecated: true, description, responses: { "200": { description: "ok" } } } },
    "/v2/things": { get: { operationId: "listThingsV2", responses: { "200": { description: "ok" } } } },
  },
});

describe("gds-deprecation (16): a replacement has to be named", () => {
  it("does not take “Do not use.” for a replacement", () => expectFail(oas3(paths("Deprecated. Do not use.")), ID, /replacement/));

  it("does not take any /word for a replacement", () => expectFail(oas3(paths("Deprecated: returns the name and/or the address.")), ID, /replacement/));

  it("accepts another operation's path, its operationId, or words that name what replaces it", async () => {
    await expectPass(oas3(paths("Deprecated: call /v2/things.")), ID);
    await expectPass(oas3(paths("Deprecated in favour of listThingsV2.")), ID);
    await expectPass(oas3(paths("Deprecated: call `listThingsV2`.")), ID);
    await expectPass(oas3(paths("Deprecated: replaced by the Things v2 API, which returns the same records.")), ID);
    await expectPass(oas3(paths("Deprecated. Use the search endpoint instead.")), ID);
  });
});
