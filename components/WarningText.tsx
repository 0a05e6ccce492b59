import type { ReactNode } from "react";

/** GOV.UK warning text: an important point people must not miss, such as changes that break clients. */
export function WarningText({ children }: { children: ReactNode }) {
  return (
    <div className="relative mb-6 py-1 pl-12 text-xl">
      <span
        aria-hidden="true"
        className="absolute top-1/2 left-0 flex size-9 -translate-y-1/2 items-center justify-center rounded-full border-3 border-text bg-text text-3xl leading-none font-bold text-white"
      >
        !
      </span>
      <strong className="font-bold">
        <span className="sr-only">Warning: </span>
        {children}
      </strong>
    </div>
  );
}
