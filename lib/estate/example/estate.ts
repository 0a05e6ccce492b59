import { z } from "zod";
import { HOSTING, LIFECYCLES, VISIBILITIES } from "@/lib/catalogue/vocabulary";
import { CONFIRMATIONS, DIRECTIONS, ENDS, FREQUENCIES, TECHNOLOGIES } from "../vocabulary";
import ESTATE from "./estate.json";

const slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/);

const exampleSystem = z.strictObject({
  slug,
  /** the slug of a real organisation of the api.gov.uk catalogue */
  organisation: slug,
  name: z.string().min(1),
  description: z.string().min(1),
  lifecycle: z.enum(LIFECYCLES).exclude(["retired"]).default("live"),
  hosting: z.enum(HOSTING),
  ownerTeam: z.string().min(1),
  /** slugs of the organisation's real catalogued APIs this system provides */
  apis: z.array(slug),
  /** what others may reuse of it, as the system form asks (lib/catalogue/publishing/schemas.ts checks it when loaded) */
  reuse: z
    .strictObject({
      sharedPlatform: z.boolean().default(false),
      platformAudience: z.string().min(1).optional(),
      onboardingUrl: z.string().startsWith("https://").optional(),
      repositoryUrl: z.string().startsWith("https://").optional(),
      licence: z.string().min(1).optional(),
      capabilities: z.array(z.string().min(1)).default([]),
    })
    .optional(),
});

const exampleConnection = z
  .strictObject({
    from: slug,
    to: slug,
    /** the slug of the receiving system's catalogued API the sending system uses */
    api: slug.optional(),
    description: z.string().min(1),
    direction: z.enum(DIRECTIONS).default("one-way"),
    technology: z.enum(TECHNOLOGIES),
    openStandard: z.boolean(),
    personalData: z.boolean(),
    personalDataLogged: z.boolean().optional(),
    frequency: z.enum(FREQUENCIES),
    lifecycle: z.enum(LIFECYCLES).exclude(["retired"]).default("live"),
    visibility: z.enum(VISIBILITIES),
    confirmation: z.enum(CONFIRMATIONS),
    disputeReason: z.string().min(1).optional(),
    declaredBy: z.enum(ENDS).default("from"),
  })
  .refine((c) => c.from !== c.to, { message: "a system cannot connect to itself" })
  .refine((c) => c.personalData === (c.personalDataLogged !== undefined), { message: "whether personal data requests are logged is said exactly when personal data flows" })
  .refine((c) => (c.confirmation === "disputed") === (c.disputeReason !== undefined), { message: "a disputed connection, and only one, gives the reason" });

const exampleDataSet = z.strictObject({
  slug,
  organisation: slug,
  name: z.string().min(1),
  description: z.string().min(1),
  standard: z.string().min(1),
  format: z.string().min(1),
  licence: z.string().min(1).optional(),
  downloadUrl: z.string().startsWith("https://").optional(),
  metadataUrl: z.string().startsWith("https://").optional(),
  /** the slug of its authoritative system */
  source: slug,
  /** the other systems that hold it: a copy kept in step through the example connection `via`, or a replica */
  holders: z.array(z.strictObject({ system: slug, kind: z.enum(["in-step", "replica"]), via: z.strictObject({ from: slug, to: slug }).optional() })),
});

export const exampleEstateSchema = z.strictObject({
  about: z.string(),
  systems: z.array(exampleSystem),
  dataSets: z.array(exampleDataSet),
  connections: z.array(exampleConnection),
});

export type ExampleEstate = z.infer<typeof exampleEstateSchema>;
export type ExampleSystem = ExampleEstate["systems"][number];
export type ExampleConnection = ExampleEstate["connections"][number];
export type ExampleDataSet = ExampleEstate["dataSets"][number];

/** The illustrative estate of lib/estate/example/estate.json, checked against the vocabulary. */
export const EXAMPLE_ESTATE: ExampleEstate = exampleEstateSchema.parse(ESTATE);
