import { useId, type ReactNode } from "react";
import { AutoFocus } from "./AutoFocus";
import { cx } from "./cx";

export type NotificationBannerType = "info" | "success";

export interface NotificationBannerProps {
  /** "success" for the result of something the user did; it is announced and takes focus. */
  type?: NotificationBannerType;
  /** The small title in the coloured bar. Defaults to "Important" or "Success". */
  title?: string;
  /** Optional larger heading in the body. */
  heading?: ReactNode;
  children?: ReactNode;
  /** Whether a success banner takes focus when it appears. */
  autoFocus?: boolean;
}

/** GOV.UK notification banner. Use at most one per page, at the top of <main>. */
export function NotificationBanner({ type = "info", title, heading, children, autoFocus = true }: NotificationBannerProps) {
  const titleId = `${useId()}-notification-title`;
  const success = type === "success";
  const className = cx(
    "mb-[30px] border-5 focus:outline-3 focus:outline-offset-0 focus:outline-focus tablet:mb-[50px]",
    success ? "border-success bg-success" : "border-brand bg-brand",
  );
  const content = (
    <>
      <div className="px-[15px] pt-0.5 pb-[3px] tablet:px-5 tablet:pt-0.5 tablet:pb-[5px]">
        <h2 id={titleId} className="m-0 text-base leading-tight font-bold text-white tablet:text-[1.1875rem] tablet:leading-[1.3158]">
          {title ?? (success ? "Success" : "Important")}
        </h2>
      </div>
      <div className="bg-white p-[15px] text-text tablet:p-5 [&>:last-child]:mb-0">
        {heading ? (
          <p
            className="mt-0 mb-[15px] text-[1.125rem] leading-[1.11] font-bold tablet:mb-5 tablet:text-[1.5rem] tablet:leading-tight"
          >
            {heading}
          </p>
        ) : null}
        {children}
      </div>
    </>
  );
  if (success && autoFocus) {
    return (
      <AutoFocus role="alert" aria-labelledby={titleId} className={className}>
        {content}
      </AutoFocus>
    );
  }
  return (
    <div role={success ? "alert" : "region"} aria-labelledby={titleId} className={className}>
      {content}
    </div>
  );
}
