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
  /**
   * A field whose text, when set, marks a row (示例数据 of a generated district): drawn small under the category's name
   * in a horizontal chart (a name and its note never share the side's narrow width), after the name in the data table.
   */
  noteKey?: string;
  stacked?: boolean;
};

/** Names of up to this many characters take one line at 12 px down the 88 px side of a horizontal chart. */
const LINE_CHARS = 6;

/**
 * The lines of a category's name down the side of a horizontal chart: one, or two when it is longer than the side is
 * wide (the second ending in … when longer still) — never cut off at the chart's edge.
 */
export function tickLines(name: string): string[] {
  const chars = [...name];
  if (chars.length <= LINE_CHARS) return [name];
  const rest = chars.slice(LINE_CHARS);
  return [
    chars.slice(0, LINE_CHARS).join(""),
    rest.length <= LINE_CHARS ? rest.join("") : `${rest.slice(0, LINE_CHARS - 1).join("")}…`,
  ];
}
