import { Link } from "@/components/ui/app-link";
import { linkClass } from "@/components/ui/link";

// A figure in running text is still something a thumb taps: on phones it is a 44 px box in the line
// (linkClass), its figure centred.
const INLINE_ON_PHONE = "tabular-nums max-sm:justify-center";

/**
 * A figure that leads to the list of exactly the records it counts. It carries the figure in
 * `data-figure`; the list it opens shows its total in `data-total` (the pager's 共 N 条), and the
 * end-to-end check (tests/e2e/figures.spec.ts) follows every such link and compares the two. A zero is
 * still a link (to an empty list). The kit's link look with a 44 px tap target on phones; `className`
 * replaces it where a table styles its links once (the 分解表). No prefetch: a page has dozens of them.
 */
export function FigureLink({
  href,
  figure,
  children,
  className,
  inline = false,
  ...rest
}: {
  href: string;
  figure: number;
  children?: React.ReactNode;
  className?: string;
  inline?: boolean;
} & Omit<React.ComponentProps<typeof Link>, "href" | "className" | "children">) {
  return (
    <Link
      href={href}
      prefetch={false}
      data-figure={figure}
      className={className ?? linkClass({ inline, className: inline ? INLINE_ON_PHONE : "tabular-nums" })}
      {...rest}
    >
      {children ?? figure}
    </Link>
  );
}
