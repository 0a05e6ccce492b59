// How the map draws things, shared by the canvas (in the browser) and its legend (on the server).
// Colours are never the only difference: line thickness, arrowheads and labels say the same.
import { TECHNOLOGIES, TECHNOLOGY_LABELS } from "./vocabulary";

/** Organisation colours, each at least 3:1 against white (WCAG 1.4.11), cycled past ten. */
export const ORGANISATION_COLOURS = ["#1d70b8", "#d4351c", "#00703c", "#912b88", "#b58840", "#28a197", "#5694ca", "#f47738", "#4c2c92", "#6f777b"];
export const organisationColour = (index: number) => ORGANISATION_COLOURS[index % ORGANISATION_COLOURS.length]!;

export const TECHNOLOGY_COLOURS: Record<(typeof TECHNOLOGIES)[number], string> = {
  "rest-json": "#1d70b8",
  "soap-xml": "#d4351c",
  graphql: "#912b88",
  "file-transfer": "#b58840",
  messaging: "#00703c",
  "database-link": "#4c2c92",
  other: "#505a5f",
};
export const technologyColour = (index: number) => (index < 0 ? "#505a5f" : TECHNOLOGY_COLOURS[TECHNOLOGIES[index]!]);
export const TECHNOLOGY_LEGEND = TECHNOLOGIES.map((t) => ({ colour: TECHNOLOGY_COLOURS[t], label: TECHNOLOGY_LABELS[t] }));

/** Line thickness: a connection confirmed by both ends is drawn thick; one not confirmed, or disputed, thin. */
export const EDGE_SIZE = { confirmed: 2.5, unconfirmed: 0.8 } as const;
export const HIGHLIGHT_COLOUR = "#0b0c0c";
export const DIMMED_COLOUR = "#d8dadc";
