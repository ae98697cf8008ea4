import type { HTMLAttributes, ReactNode, TdHTMLAttributes, ThHTMLAttributes } from "react";

import { cardClass } from "@/components/ui/card";

/*
 * The portal's tables. From the sm breakpoint (640px) on they are ordinary tables (caption or
 * aria-label, <th scope>); below it the `.stack-sm` rules in app/globals.css show each body row as a
 * card: the row's <th scope="row"> (or a <Td> without label) as its title, every other cell as a
 * "label: value" line read from its data-label — so a phone neither cuts off columns nor scrolls sideways,
 * and a screen reader hears the label before each value. One DOM for both: role queries find each
 * cell once.
 */

// Cell padding and row rules are set once on the table, not copied onto every cell; inside :where() they
// weigh nothing, so a cell's or row's own utility (e.g. `px-2`, a highlighted row's `bg-amber-50`) still wins.
const TABLE =
  "stack-sm w-full text-sm [:where(&_tbody>tr,&_tfoot>tr)]:border-t [:where(&_tbody>tr)]:border-slate-100 [:where(&_tfoot>tr)]:border-slate-200 max-sm:[:where(&>tbody>tr,&>tfoot>tr)]:bg-white";
const CELLS = "[:where(&_th,&_td)]:px-3 [:where(&_th,&_td)]:py-2";
const DENSE = "[:where(&_th,&_td)]:px-2 [:where(&_th,&_td)]:py-1";

type TableProps = {
  /** The table's accessible name (aria-label), unless a visible heading names it (`aria-labelledby`). */
  label?: string;
  "aria-labelledby"?: string;
  /** A longer description for screen readers (sr-only caption). */
  caption?: string;
  /** Extra classes on the <table>, e.g. its desktop min-width `min-w-[40rem]` (dropped in card mode). */
  className?: string;
  /** Compact cells (px-2 py-1) for tables inside a card's text. */
  dense?: boolean;
  /** Without the bordered card around it (the table sits in a card already). */
  bare?: boolean;
  /** false when a scrolling box around it already scrolls (keeps a sticky header working). */
  scroll?: boolean;
  children: ReactNode;
} & Pick<HTMLAttributes<HTMLTableElement>, "id"> & { "data-testid"?: string };

export function Table({
  label,
  caption,
  className,
  dense = false,
  bare = false,
  scroll = true,
  children,
  ...rest
}: TableProps) {
  const table = (
    <table className={[TABLE, dense ? DENSE : CELLS, className].filter(Boolean).join(" ")} aria-label={label} {...rest}>
      {caption && <caption className="sr-only">{caption}</caption>}
      {children}
    </table>
  );
  // Sideways scrolling only from sm on (wide tables at tablet width); the phone's card mode never needs it.
  const overflow = scroll ? "sm:overflow-x-auto" : undefined;
  if (bare) return overflow ? <div className={overflow}>{table}</div> : table;
  // In card mode the rows are the cards: the box around them steps back.
  return (
    <div
      className={cardClass({
        padding: "none",
        className: ["max-sm:border-0 max-sm:bg-transparent", overflow].filter(Boolean).join(" "),
      })}
    >
      {table}
    </div>
  );
}

/** The header row: <thead> with one <tr> of `Th`s (tables with two header rows write their own <thead>). */
export function THead({ children, className = "bg-slate-100" }: { children: ReactNode; className?: string }) {
  return (
    <thead className={`${className} text-left`}>
      <tr>{children}</tr>
    </thead>
  );
}

type Align = "left" | "right" | "center";
const ALIGN: Record<Align, string> = { left: "", right: "text-right", center: "text-center" };

type ThProps = ThHTMLAttributes<HTMLTableCellElement> & { align?: Align; nowrap?: boolean };

/** A column heading (scope="col"). Headings never wrap a character per line: give the table a min-width. */
export function Th({ align = "left", nowrap = false, className, scope = "col", ...rest }: ThProps) {
  return <th scope={scope} className={cls(ALIGN[align], nowrap && "whitespace-nowrap", className)} {...rest} />;
}

/** A row's heading (scope="row"): the card's title on a phone. */
export function RowHeader({ className, ...rest }: ThHTMLAttributes<HTMLTableCellElement>) {
  return <th scope="row" className={cls("text-left font-normal", className)} {...rest} />;
}

type TdProps = TdHTMLAttributes<HTMLTableCellElement> & {
  /**
   * The column's name, shown before the value on a phone. Leave it out only for the cell that titles
   * the row's card (its first, naming cell) or for a row of buttons.
   */
  label?: string;
  align?: Align;
  /** Kept on one line at desktop width (dates, amounts); wraps in card mode. */
  nowrap?: boolean;
  /** Numbers: tabular figures. */
  numeric?: boolean;
};

/** A body cell; its `label` is the column heading (or a shorter name of it). */
export function Td({ label, align = "left", nowrap = false, numeric = false, className, ...rest }: TdProps) {
  return (
    <td
      data-label={label}
      className={cls(ALIGN[align], nowrap && "whitespace-nowrap", numeric && "tabular-nums", className)}
      {...rest}
    />
  );
}

function cls(...parts: (string | false | undefined)[]): string | undefined {
  return parts.filter(Boolean).join(" ") || undefined;
}
