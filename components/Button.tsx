import type { AnchorHTMLAttributes, ButtonHTMLAttributes, ReactNode } from "react";
import { AppLink } from "./AppLink";
import { cx } from "./cx";

export type ButtonVariant = "primary" | "secondary" | "warning";

const BASE = cx(
  "relative box-border inline-block w-full cursor-pointer appearance-none rounded-none border-2 border-transparent",
  "px-2.5 pt-2 pb-[7px] text-center align-top text-base leading-[1.1875] font-normal no-underline tablet:w-auto tablet:text-[1.1875rem] tablet:leading-none",
  "hover:no-underline active:top-0.5",
  // GOV.UK focus: yellow with a black bottom shadow. Shows in forced colours as an outline.
  "focus-visible:border-focus focus-visible:bg-focus focus-visible:text-focus-text focus-visible:shadow-[0_2px_0_var(--color-text)] focus-visible:outline-3 focus-visible:outline-offset-0 focus-visible:outline-transparent",
  "focus-visible:hover:bg-focus",
  "disabled:cursor-not-allowed disabled:opacity-50 disabled:active:top-0",
);

export const BUTTON_VARIANTS: Record<ButtonVariant, string> = {
  primary:
    "bg-button text-white shadow-[0_2px_0_var(--color-button-shadow)] hover:bg-button-hover disabled:hover:bg-button",
  secondary:
    "bg-button-secondary text-text shadow-[0_2px_0_var(--color-button-secondary-shadow)] hover:bg-button-secondary-hover disabled:hover:bg-button-secondary",
  warning:
    "bg-button-warning text-white shadow-[0_2px_0_var(--color-button-warning-shadow)] hover:bg-button-warning-hover disabled:hover:bg-button-warning",
};

interface CommonProps {
  variant?: ButtonVariant;
  className?: string;
  children: ReactNode;
}

export type ButtonAsButtonProps = CommonProps &
  Omit<ButtonHTMLAttributes<HTMLButtonElement>, "className" | "children"> & { href?: undefined };

export type ButtonAsLinkProps = CommonProps &
  Omit<AnchorHTMLAttributes<HTMLAnchorElement>, "className" | "children" | "href"> & { href: string };

export type ButtonProps = ButtonAsButtonProps | ButtonAsLinkProps;

/**
 * GOV.UK button. With `href` it renders a link styled as a button (for "Start"
 * or "Download" calls to action); otherwise a <button>, type "submit" by default.
 * It has no margin: space it with the surrounding layout.
 */
export function Button(props: ButtonProps) {
  const classes = cx(BASE, BUTTON_VARIANTS[props.variant ?? "primary"], props.className);
  if (props.href !== undefined) {
    const { variant: _variant, className: _className, children, href, ...rest } = props;
    return (
      <AppLink {...rest} href={href} draggable={false} className={classes}>
        {children}
      </AppLink>
    );
  }
  const { variant: _variant, className: _className, children, type = "submit", href: _href, ...rest } = props;
  return (
    <button {...rest} type={type} className={classes}>
      {children}
    </button>
  );
}
