import type { HTMLAttributes } from "react";

// One look for status labels and tags: a small rounded label in a tone.
const TONES = {
  neutral: "bg-slate-100 text-slate-700",
  brand: "bg-brand-50 text-brand-700",
  info: "bg-blue-100 text-blue-800",
  success: "bg-green-100 text-green-800",
  warning: "bg-amber-100 text-amber-800",
  danger: "bg-red-100 text-red-800",
  purple: "bg-purple-100 text-purple-800",
  dark: "bg-slate-800 text-white",
} as const;

export type BadgeTone = keyof typeof TONES;

export function badgeClass({
  tone = "neutral",
  pill = false,
  className,
}: { tone?: BadgeTone; pill?: boolean; className?: string } = {}): string {
  return [
    "inline-block whitespace-nowrap px-2 py-0.5 text-xs font-medium",
    pill ? "rounded-full" : "rounded",
    TONES[tone],
    className,
  ]
    .filter(Boolean)
    .join(" ");
}

type Props = HTMLAttributes<HTMLSpanElement> & { tone?: BadgeTone; pill?: boolean };

/** A status label or tag, e.g. `<Badge tone="danger" pill>逾期</Badge>`. */
export function Badge({ tone, pill, className, ...rest }: Props) {
  return <span className={badgeClass({ tone, pill, className })} {...rest} />;
}
