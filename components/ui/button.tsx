import type { ButtonHTMLAttributes } from "react";

// One look for every button, and for links that act as buttons (`buttonClass`).
const VARIANTS = {
  primary: "bg-brand-600 text-white hover:bg-brand-700",
  secondary: "border border-slate-300 bg-white hover:bg-slate-50",
  outline: "border border-brand-600 text-brand-700 hover:bg-brand-50",
  danger: "bg-red-700 text-white hover:bg-red-800",
  dangerOutline: "border border-red-700 text-red-700 hover:bg-red-50",
  success: "bg-green-700 text-white hover:bg-green-800",
  warning: "bg-amber-700 text-white hover:bg-amber-800",
} as const;

const SIZES = { sm: "px-3 py-1 text-sm", md: "px-4 py-2", compact: "px-4 py-1.5" } as const;

export type ButtonVariant = keyof typeof VARIANTS;
export type ButtonSize = keyof typeof SIZES;

// On a phone every button (and link styled as one) is at least 44×44 px, a thumb's target.
const TAP = "max-sm:inline-flex max-sm:min-h-11 max-sm:min-w-11 max-sm:items-center max-sm:justify-center";

export function buttonClass({
  variant = "primary",
  size = "md",
  className,
}: { variant?: ButtonVariant; size?: ButtonSize; className?: string } = {}): string {
  return ["rounded disabled:opacity-60", TAP, VARIANTS[variant], SIZES[size], className].filter(Boolean).join(" ");
}

type Props = ButtonHTMLAttributes<HTMLButtonElement> & { variant?: ButtonVariant; size?: ButtonSize };

/** A button (type="button" unless given): primary, secondary, outline, danger… in sm, md or compact size. */
export function Button({ variant, size, className, type = "button", ...rest }: Props) {
  return <button type={type} className={buttonClass({ variant, size, className })} {...rest} />;
}
