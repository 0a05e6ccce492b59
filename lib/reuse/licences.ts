// The package is the SPDX licence list's identifiers as JSON, kept up to date by its maintainers.
import SPDX_IDS from "spdx-license-ids/index.json";
import { cleanLine, raw } from "@/lib/catalogue/publishing/fields";

/** SPDX identifiers by their lower-case form: SPDX matches identifiers without regard to case. */
const BY_LOWER = new Map(SPDX_IDS.map((id) => [id.toLowerCase(), id]));

/** The SPDX list's own spelling of an identifier, or null if it is not on the list. */
export function spdxIdentifier(value: string): string | null {
  return BY_LOWER.get(value.trim().toLowerCase()) ?? null;
}

export const SPDX_MESSAGE = "Enter the licence as an SPDX identifier from spdx.org/licenses, like MIT or OGL-UK-3.0";

/** An optional licence, stored as the SPDX list spells it; anything not on the list is refused. */
export function spdxLicence(required?: string) {
  return raw.transform(cleanLine).transform((value, ctx): string | null => {
    if (!value) {
      if (required) ctx.addIssue({ code: "custom", message: required });
      return null;
    }
    const id = spdxIdentifier(value);
    if (!id) ctx.addIssue({ code: "custom", message: SPDX_MESSAGE });
    return id;
  });
}

