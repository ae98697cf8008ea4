// What a dashboard chart draws; plain data so a server component can hand it to the client chart.
export type ChartSeries = { key: string; label: string; color: string; dashed?: boolean };

/** 已验收 beside the target, one pair of bars per row (a unit on the dashboard, a district on the city's). */
export const ACCEPTED_AND_TARGET: ChartSeries[] = [
  { key: "accepted", label: "已验收", color: "#1d4ed8" },
  { key: "target", label: "目标", color: "#cbd5e1" },
];

export type ChartSpec = {
  kind: "bar" | "line";
  data: Record<string, string | number | null>[];
  /** The field naming each row (unit, month, status, …). */
  categoryKey: string;
  categoryLabel: string;
  series: ChartSeries[];
  /** Bars run left to right with the categories down the side: long Chinese names stay readable on a phone. */
  horizontal?: boolean;
  stacked?: boolean;
};
