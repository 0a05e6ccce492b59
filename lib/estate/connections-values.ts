import type { Connection } from "@/lib/db";

const yesNo = (value: boolean | null) => (value === null ? "" : value ? "yes" : "no");

/** A stored connection as its edit form shows it. */
export function connectionValues(c: Connection): Record<string, string> {
  return {
    fromSystemId: c.fromSystemId,
    toSystemId: c.toSystemId,
    direction: c.direction,
    apiId: c.apiId ?? "",
    description: c.description,
    technology: c.technology,
    openStandard: yesNo(c.openStandard),
    personalData: yesNo(c.personalData),
    personalDataLogged: yesNo(c.personalDataLogged),
    frequency: c.frequency,
    lifecycle: c.lifecycle,
    visibility: c.visibility,
  };
}
