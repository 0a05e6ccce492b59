import type { Lifecycle } from "@/lib/catalogue/vocabulary";
import type { FieldErrors } from "./fields";
import { SUNSET_BEFORE_DEPRECATION } from "./schemas";

type Dates = { deprecatedAt: Date | null; sunsetAt: Date | null };

/**
 * The dates a lifecycle change records. The GDS API standards ask publishers to "Set clear
 * deprecation policies" and "State how long users have to upgrade", so a deprecated API always
 * has a deprecation date and a retired one a sunset date: the date given, or today. Dates given
 * for other stages are kept as plans.
 */
export function lifecycleDates(lifecycle: Lifecycle, given: Dates, today: Date): { dates: Dates; errors: FieldErrors } {
  const dates = {
    deprecatedAt: given.deprecatedAt ?? (lifecycle === "deprecated" ? today : null),
    sunsetAt: given.sunsetAt ?? (lifecycle === "retired" ? today : null),
  };
  const errors: FieldErrors = {};
  if (dates.deprecatedAt && dates.sunsetAt && dates.sunsetAt < dates.deprecatedAt) errors.sunsetAt = SUNSET_BEFORE_DEPRECATION;
  return { dates, errors };
}
