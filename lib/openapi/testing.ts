import { expect } from "vitest";
import { IngestError } from "./errors";

/** The IngestError code a step throws, or undefined when it does not throw (for tests). */
export function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(IngestError);
    return (e as IngestError).code;
  }
  return undefined;
}
