import { describe, expect, it } from "vitest";
import { retryDelayMs, scheduleEnabled, sourceConfig, specUrlSchema } from "./config";

const MINUTE = 60_000;
const DAY = 1440 * MINUTE;

describe("the fetch configuration", () => {
  it("is HTTPS only with no allow-list and a daily refresh unless the environment says otherwise", () => {
    expect(sourceConfig({})).toEqual({ allowHttp: false, allowList: [], intervalMs: DAY });
    expect(sourceConfig({ SPEC_FETCH_ALLOW_HTTP: "1", SPEC_FETCH_ALLOW_LIST: " 127.0.0.1, specs.internal ,", SPEC_REFRESH_INTERVAL_MINUTES: "60" })).toEqual({
      allowHttp: true,
      allowList: ["127.0.0.1", "specs.internal"],
      intervalMs: 60 * MINUTE,
    });
    expect(sourceConfig({ SPEC_FETCH_ALLOW_HTTP: "yes", SPEC_REFRESH_INTERVAL_MINUTES: "-5" })).toMatchObject({ allowHttp: false, intervalMs: DAY });
  });

  it("runs the schedule unless switched off or under test", () => {
    expect(scheduleEnabled({})).toBe(true);
    expect(scheduleEnabled({ SPEC_REFRESH: "off" })).toBe(false);
    expect(scheduleEnabled({ NODE_ENV: "test" })).toBe(false);
    expect(scheduleEnabled({ VITEST: "true" })).toBe(false);
  });

  it("waits longer after each failure: as long as the source has been failing, from 15 minutes up to a week", () => {
    expect(retryDelayMs(DAY, 0)).toBe(15 * MINUTE);
    expect(retryDelayMs(DAY, 3 * 60 * MINUTE)).toBe(3 * 60 * MINUTE);
    expect(retryDelayMs(DAY, 30 * DAY)).toBe(7 * DAY);
    expect(retryDelayMs(5 * MINUTE, 0)).toBe(5 * MINUTE);
  });
});

describe("the web address of a spec", () => {
  const https = specUrlSchema({ allowHttp: false });
  const message = (value: string, schema = https) => {
    const parsed = schema.safeParse(value);
    return parsed.success ? null : parsed.error.issues[0]!.message;
  };

  it("accepts an https address, trimmed", () => {
    expect(https.parse("  https://api.example.gov.uk/openapi.yaml ")).toBe("https://api.example.gov.uk/openapi.yaml");
  });

  it.each([
    ["", "Enter the web address of the OpenAPI description"],
    ["http://api.example.gov.uk/openapi.yaml", "Enter a web address that starts with https://, not http://"],
    ["file:///etc/passwd", "Enter a web address that starts with https://, like https://api.example.gov.uk/openapi.yaml"],
    ["javascript:alert(1)", "Enter a web address that starts with https://, like https://api.example.gov.uk/openapi.yaml"],
    ["api.example.gov.uk/openapi.yaml", "Enter a web address that starts with https://, like https://api.example.gov.uk/openapi.yaml"],
    ["https://", "Enter a web address in the correct format, like https://api.example.gov.uk/openapi.yaml"],
    ["https://user:secret@api.example.gov.uk/", "Enter a web address without a user name or password in it"],
    [`https://example.gov.uk/${"a".repeat(2100)}`, "The web address must be 2048 characters or fewer"],
  ])("refuses %j", (value, expected) => {
    expect(message(value)).toBe(expected);
  });

  it("accepts plain http only when development allows it", () => {
    expect(message("http://127.0.0.1:8080/openapi.yaml", specUrlSchema({ allowHttp: true }))).toBeNull();
  });
});
