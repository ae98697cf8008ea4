// What a dashboard chart draws; plain data so a server component can hand it to the client chart.
export type ChartSeries = { key: string; label: string; color: string; dashed?: boolean };

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
