import { Tag, type TagColour } from "./Tag";

export type Lifecycle = "alpha" | "beta" | "live" | "deprecated" | "retired";

export interface LifecycleInfo {
  /** Short text for the tag. */
  label: string;
  colour: TagColour;
  /** A plain-English sentence explaining the stage, for hints and help text. */
  description: string;
}

export const LIFECYCLES: Record<Lifecycle, LifecycleInfo> = {
  alpha: {
    label: "Alpha",
    colour: "purple",
    description: "An early version for testing. It may change or stop working without notice.",
  },
  beta: {
    label: "Beta",
    colour: "blue",
    description: "Ready to use, but still being improved. It may change.",
  },
  live: {
    label: "Live",
    colour: "green",
    description: "Fully supported and ready to use.",
  },
  deprecated: {
    label: "Deprecated",
    colour: "orange",
    description: "Still works, but will be switched off. Do not use it for anything new.",
  },
  retired: {
    label: "Retired",
    colour: "grey",
    description: "Switched off. It can no longer be used.",
  },
};

/** Look up a lifecycle value from the data, whatever its case or spacing. */
export function lifecycleInfo(value: string | null | undefined): LifecycleInfo {
  const key = (value ?? "").trim().toLowerCase();
  if (Object.hasOwn(LIFECYCLES, key)) return LIFECYCLES[key as Lifecycle];
  if (!key) {
    return { label: "Not known", colour: "grey", description: "The publisher has not said what stage this API is at." };
  }
  const label = key.charAt(0).toUpperCase() + key.slice(1);
  return { label, colour: "grey", description: `The publisher describes this API as "${label}".` };
}

export interface LifecycleTagProps {
  lifecycle: string | null | undefined;
  className?: string;
}

/** A coloured tag for an API's lifecycle stage (alpha, beta, live, deprecated, retired). */
export function LifecycleTag({ lifecycle, className }: LifecycleTagProps) {
  const info = lifecycleInfo(lifecycle);
  return (
    <Tag colour={info.colour} className={className}>
      {info.label}
    </Tag>
  );
}
