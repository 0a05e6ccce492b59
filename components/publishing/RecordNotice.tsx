import type { ReactNode } from "react";
import { InsetText } from "@/components/InsetText";

export interface RecordNoticeProps {
  status: string;
  lifecycle: string;
  noun: "API" | "system";
  sunset?: string | null;
  /** The publish button, for people who may publish the draft. */
  children?: ReactNode;
}

/** Says plainly when a record is a draft (only its publishers see it) or retired. */
export function RecordNotice({ status, lifecycle, noun, sunset, children }: RecordNoticeProps) {
  if (status === "draft") {
    return (
      <div className="mb-8 border-l-8 border-brand bg-brand-light p-4">
        <p className="mb-2 text-xl font-bold">Draft</p>
        <p className="mb-4">Only publishers from this organisation and administrators can see this {noun}. Publish it when it is ready for others to find.</p>
        {children}
      </div>
    );
  }
  if (lifecycle === "retired") {
    return (
      <InsetText>
        <strong>Retired.</strong> This {noun} has been switched off{sunset ? ` (sunset date ${sunset})` : ""}. It stays in the catalogue so people who used it can find out what happened to it.
      </InsetText>
    );
  }
  return null;
}
