import { z } from "zod";
import type { FieldErrors } from "@/lib/catalogue/publishing/fields";
import type { ImportSummary } from "./summary";

export const IMPORT_TITLE = "Import from Backstage";

/** The import form: whose catalogue, the text (when pasted or carried from the preview), and which button. */
export const importFormSchema = z.object({
  organisationId: z.string("Select an organisation").trim().regex(/^[A-Za-z0-9_-]{1,64}$/, "Select an organisation"),
  yaml: z.string().nullish().transform((v) => v ?? ""),
  intent: z.enum(["preview", "import"]).catch("preview"),
});

export type ImportState = {
  values: { organisationId: string; yaml: string };
  errors: FieldErrors;
  attempt?: number;
  /** what the file would do, shown with the button that does it */
  preview?: ImportSummary;
  /** what the import did */
  done?: { summary: ImportSummary; organisationSlug: string };
};
