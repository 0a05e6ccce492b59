/** The controlled values of a connection between two systems, with the words shown to people. */
export const TECHNOLOGIES = ["rest-json", "soap-xml", "graphql", "file-transfer", "messaging", "database-link", "other"] as const;
export const DIRECTIONS = ["one-way", "both"] as const;
export const FREQUENCIES = ["real-time", "hourly", "daily", "batch", "ad-hoc"] as const;
export const CONFIRMATIONS = ["unconfirmed", "confirmed", "disputed"] as const;
/** Which end's publisher declared a connection. */
export const ENDS = ["from", "to"] as const;

export type Technology = (typeof TECHNOLOGIES)[number];
export type Direction = (typeof DIRECTIONS)[number];
export type Frequency = (typeof FREQUENCIES)[number];
export type Confirmation = (typeof CONFIRMATIONS)[number];
export type End = (typeof ENDS)[number];

export const TECHNOLOGY_LABELS: Record<Technology, string> = {
  "rest-json": "REST with JSON",
  "soap-xml": "SOAP with XML",
  graphql: "GraphQL",
  "file-transfer": "File transfer (for example CSV)",
  messaging: "Message queue or event stream",
  "database-link": "Database link",
  other: "Other",
};

export const DIRECTION_LABELS: Record<Direction, string> = {
  "one-way": "One way, from the first system to the second",
  both: "Both ways",
};

export const FREQUENCY_LABELS: Record<Frequency, string> = {
  "real-time": "Real time",
  hourly: "Hourly",
  daily: "Daily",
  batch: "In batches",
  "ad-hoc": "Now and then (ad hoc)",
};

export const CONFIRMATION_LABELS: Record<Confirmation, string> = {
  unconfirmed: "Not yet confirmed by the other end",
  confirmed: "Confirmed by both ends",
  disputed: "Disputed by the other end",
};
