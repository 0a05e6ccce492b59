import { describe, expect, it } from "vitest";
import { expectFail, expectPass, messagesOf, oas3 } from "../testing";

const ID = "gds-iso8601-dates";
const str = { type: "string" };
const int = { type: "integer" };

describe("gds-iso8601-dates (12): names that only look like dates", () => {
  it("does not take who did something (createdBy, updatedBy) for a date", async () => {
    expect(await messagesOf(oas3({}, {}, { createdBy: str, updatedBy: str, created_on: { ...str, format: "date" } }), ID)).toEqual([]);
  });

  it("does not take a number of seconds, a month number or a reason for a date", async () => {
    expect(await messagesOf(oas3({}, {}, { expires_in: int, expiry_month: int, expiry_year: int, expiryReason: { ...str, enum: ["appeal"] } }), ID)).toEqual([]);
  });

  it("does not take a kind of date or a window of time for a date", async () => {
    expect(await messagesOf(oas3({}, {}, { dateTimeType: str, timeIs: str, timeSlice: str, timeFrame: str, time_zone: str }), ID)).toEqual([]);
  });

  it("does not take a name for a date where the same name is an object elsewhere (TfL's ticketTime)", async () => {
    const ticketTime = { type: "object", properties: { type: { type: "string", example: "Peak" }, description: str } };
    expect(await messagesOf(oas3({}, {}, { ticket: { type: "object", properties: { ticketTime } }, fare: { type: "object", properties: { ticketTime: str } } }), ID)).toEqual([]);
  });

  it("accepts a date whose pattern only allows ISO 8601", () =>
    expectPass(oas3({}, {}, { start_date: { ...str, pattern: "^\\d{4}-\\d{2}-\\d{2}$" }, closedAt: { ...str, pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z$" } }), ID));

  it("accepts a date whose description says it is in ISO 8601", () =>
    expectPass(oas3({}, {}, { created_date: { ...str, description: "When it was made, in ISO 8601 format – `YYYY-MM-DDThh:mm:ss.sssZ`." } }), ID));

  it("still fails a pattern that is not ISO 8601, an unformatted date and a Unix timestamp", async () => {
    const src = oas3({}, {}, { birth_date: { ...str, pattern: "^\\d{2}/\\d{2}/\\d{4}$" }, startDate: str, updated_at: int, lastUpdated: str, created: str, expiresAt: str, dateOfBirth: str });
    await expectFail(src, ID, /birth_date/);
    const names = (await messagesOf(src, ID)).map((m) => /"(\w+)"/.exec(m)?.[1]);
    expect(names).toEqual(["birth_date", "startDate", "updated_at", "lastUpdated", "created", "expiresAt", "dateOfBirth"]);
  });

  it("says when the example is ISO 8601 but the schema does not promise it", () =>
    expectFail(oas3({}, {}, { issueDate: { ...str, example: "2025-12-31" } }), ID, /issueDate.*example 2025-12-31 is ISO 8601/));
});
