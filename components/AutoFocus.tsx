"use client";

import { useEffect, useRef, type HTMLAttributes } from "react";

export type AutoFocusProps = Omit<HTMLAttributes<HTMLDivElement>, "tabIndex">;

/**
 * A <div> that takes focus once, when it first appears, so screen reader users
 * hear it and keyboard users start from it. Use sparingly: only for messages
 * that follow a user's action, like a success banner.
 */
export function AutoFocus({ children, ...rest }: AutoFocusProps) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return (
    <div {...rest} ref={ref} tabIndex={-1}>
      {children}
    </div>
  );
}
