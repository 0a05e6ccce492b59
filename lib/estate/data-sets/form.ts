import { z } from "zod";
import { LIMITS, choice, name, raw, requiredText, webAddress } from "@/lib/catalogue/publishing/fields";
import { spdxLicence } from "@/lib/reuse/licences";
import { HOLDING_KINDS } from "./rules";

const id = (message: string) => raw.transform((value) => value.trim()).pipe(z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, message));
const optionalId = raw.transform((value) => value.trim()).pipe(z.string().regex(/^([A-Za-z0-9_-]{1,64})?$/, "Select a connection from the list")).transform((value) => value || null);

/** "Add a core data set": what it is, who owns it, its authoritative system and how it is published. */
export const dataSetFormSchema = z.object({
  organisationId: id("Select an organisation"),
  name: name("Enter the name of the data set"),
  description: requiredText({ label: "Description", max: LIMITS.description, multiline: true, required: "Enter a description of the data set" }),
  sourceSystemId: id("Select the system that is the authoritative source"),
  standard: requiredText({ label: "Open standard", max: LIMITS.other, required: "Enter the open standard the data set is published in" }),
  format: requiredText({ label: "Format", max: LIMITS.other, required: "Enter the format the data set is published in" }),
  licence: spdxLicence(),
  downloadUrl: webAddress("Bulk download"),
  metadataUrl: webAddress("Metadata"),
});
export const DATA_SET_FIELDS = Object.keys(dataSetFormSchema.shape) as (keyof z.output<typeof dataSetFormSchema>)[];

/** "Declare a data set this system holds": which, and how. */
export const holdingFormSchema = z.object({
  systemId: id("This system could not be found"),
  dataSetId: id("Select a data set"),
  kind: choice(HOLDING_KINDS, "Select how the system holds the data set"),
  connectionId: optionalId,
});
export const HOLDING_FIELDS = Object.keys(holdingFormSchema.shape) as (keyof z.output<typeof holdingFormSchema>)[];
