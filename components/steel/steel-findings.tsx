import type { SteelSummary } from "@/lib/steel/rules";

/** T10's red-line findings beside its progress (dashboard, task list, line page). */
export function SteelFindings({ summary }: { summary: SteelSummary }) {
  const { redLineFindings, inspectionsWithFindings, openFollowUps } = summary;
  return (
    <span
      data-testid="steel-findings"
      className={`ml-2 inline-block rounded px-1.5 py-0.5 text-xs ${redLineFindings ? "bg-red-50 text-red-800" : "bg-slate-100 text-slate-600"}`}
    >
      {redLineFindings ? `发现红线问题 ${redLineFindings} 处（${inspectionsWithFindings} 次巡查）` : "未发现红线问题"}
      {openFollowUps > 0 && `，${openFollowUps} 项整改待复查`}
    </span>
  );
}
