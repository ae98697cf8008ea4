import Link from "next/link";
import type { ReactNode } from "react";

import { Badge } from "@/components/ui/badge";
import { linkClass } from "@/components/ui/link";
import { figureOrigin } from "@/lib/tasks/line-source";

// A figure that opens the list of the records it counts: the number rides on `data-figure`, and the list
// it opens shows the same number on `data-total` (the drill-down convention of the dashboard and the annex).
// Same contract as the shared FigureLink of components/ui, kept here until they are unified.
export function FigureLink({
  href,
  value,
  children,
  className,
}: {
  href: string;
  value: number;
  children: ReactNode;
  className?: string;
}) {
  return (
    <Link
      href={href}
      data-figure={String(value)}
      className={linkClass({ className: `tabular-nums ${className ?? ""}` })}
    >
      {children}
    </Link>
  );
}

/** Where a line's figure comes from: 系统统计 (counted from records) or 部门填报 (typed). */
export function FigureOriginBadge({ code }: { code: string }) {
  const system = figureOrigin(code) === "SYSTEM";
  return (
    <Badge
      tone={system ? "success" : "neutral"}
      data-testid="figure-origin"
      title={system ? "按平台中的记录自动统计" : "由牵头部门和各单位填报"}
    >
      {system ? "系统统计" : "部门填报"}
    </Badge>
  );
}
