import type { ReactNode } from "react";

import { Link } from "@/components/ui/app-link";
import { Badge } from "@/components/ui/badge";
import { linkClass } from "@/components/ui/link";
import { withAsOf } from "@/lib/href";
import { dimensionLabel, measureLabel } from "@/lib/labels";

/** What a task-line card shows of its line. */
export type LineCardLine = {
  id: number;
  code: string;
  dimension: keyof typeof dimensionLabel;
  title: string;
  measure: keyof typeof measureLabel;
  target: { toString(): string } | null;
  atLeast: boolean;
  items: unknown[];
  leads: { department: { name: string } }[];
};

export const leadNames = (line: LineCardLine) => line.leads.map((l) => l.department.name).join("、");

/** The top of a task-line card: its code, its 方面 (and what the card adds there), the title linking to the line. */
export function LineCardHeading({
  line,
  meta,
  asOf = null,
  children,
}: {
  line: LineCardLine;
  meta?: ReactNode;
  /** 统计截至 of the page (a past day), carried to the line's own page. */
  asOf?: string | null;
  children?: ReactNode;
}) {
  return (
    <div className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
      <Badge tone="brand" className="font-semibold">
        {line.code}
      </Badge>
      <span className="text-xs text-slate-500">
        {dimensionLabel[line.dimension]}方面{meta}
      </span>
      {children}
      <h3 className="w-full font-medium">
        <Link href={withAsOf(`/tasks/${line.id}`, asOf)} className={linkClass()}>
          {line.title}
        </Link>
      </h3>
    </div>
  );
}
