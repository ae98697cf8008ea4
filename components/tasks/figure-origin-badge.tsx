import { Badge } from "@/components/ui/badge";
import { figureOrigin } from "@/lib/tasks/line-source";

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
