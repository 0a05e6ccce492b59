import type { ReactNode } from "react";
import { Tag } from "./Tag";

export const FEEDBACK_EMAIL = "api-catalogue@digital.cabinet-office.gov.uk";

export interface PhaseBannerProps {
  /** The phase shown in the tag. */
  phase?: string;
  feedbackHref?: string;
  /** Replace the standard sentence. */
  children?: ReactNode;
}

/** GOV.UK phase banner. Place it inside the width container, above <main>. */
export function PhaseBanner({ phase = "Beta", feedbackHref = `mailto:${FEEDBACK_EMAIL}`, children }: PhaseBannerProps) {
  return (
    <div className="border-b border-border py-2.5">
      <p className="m-0 flex items-start gap-2.5 text-sm leading-tight tablet:text-base">
        <Tag className="shrink-0">{phase}</Tag>
        <span className="pt-px">
          {children ?? (
            <>
              This is a new service. Help us improve it by{" "}
              <a href={feedbackHref} className="govuk-link">
                giving feedback
              </a>
              .
            </>
          )}
        </span>
      </p>
    </div>
  );
}
