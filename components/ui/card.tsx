import type { HTMLAttributes } from "react";

// The white bordered box pages are built from.
const PADDING = { none: "", normal: "p-4", roomy: "p-6" } as const;

export function cardClass({
  padding = "normal",
  className,
}: { padding?: keyof typeof PADDING; className?: string } = {}): string {
  return ["rounded-lg border border-slate-200 bg-white", PADDING[padding], className].filter(Boolean).join(" ");
}

type Props = HTMLAttributes<HTMLElement> & {
  as?: "section" | "div" | "details" | "li" | "ul" | "article";
  /** "none" for a card holding a table (add overflow-x-auto), "roomy" for an empty-state line. */
  padding?: keyof typeof PADDING;
};

export function Card({ as: Tag = "section", padding, className, ...rest }: Props) {
  return <Tag className={cardClass({ padding, className })} {...rest} />;
}

/** The line shown where a list has no rows. */
export function EmptyState({ children, dashed = false }: { children: React.ReactNode; dashed?: boolean }) {
  return (
    <p
      className={`rounded-lg border ${dashed ? "border-dashed border-slate-300" : "border-slate-200"} bg-white p-6 text-center text-slate-500`}
    >
      {children}
    </p>
  );
}
