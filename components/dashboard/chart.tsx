"use client";
import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";

import { type ChartSpec, tickLines } from "./chart-spec";

/**
 * A legend entry's words in the body text colour: recharts writes them in the series' colour, too pale to read
 * for the light ones (amber, the grey of 目标); the swatch beside them keeps the colour.
 */
const legendText = (value: string) => <span className="text-slate-700">{value}</span>;

/** The width of the category names down the side of a horizontal chart (a phone has 390 px for all of it). */
const SIDE_WIDTH = 88;
type TickProps = { x?: number; y?: number; payload?: { value?: unknown; index?: number } };

/** A category's name down the side, right-aligned against the bars, its note (示例数据) small and amber beneath. */
function SideTick({ x = 0, y = 0, payload, notes }: TickProps & { notes: (string | null)[] }) {
  const name = String(payload?.value ?? "");
  const note = notes[payload?.index ?? -1] ?? null;
  const lines = tickLines(name);
  const rows = lines.length + (note ? 1 : 0);
  // Centred on the bar pair: the first line's baseline half the block up.
  const top = y - ((rows - 1) * 13) / 2 + 4;
  return (
    <text x={x - 4} y={top} textAnchor="end" fontSize={12} fill="#334155" data-testid="chart-side-tick">
      {lines.map((line, i) => (
        <tspan key={i} x={x - 4} dy={i === 0 ? 0 : 13}>
          {line}
        </tspan>
      ))}
      {note && (
        <tspan x={x - 4} dy={13} fontSize={10} fill="#b45309">
          {note}
        </tspan>
      )}
    </text>
  );
}

/** The recharts drawing of a spec. Loaded on demand by LazyChart; the figure's table carries the same data. */
export default function Chart({ spec }: { spec: ChartSpec }) {
  const { kind, data, categoryKey, series, horizontal, stacked, noteKey } = spec;
  const notes = data.map((row) => (noteKey && typeof row[noteKey] === "string" ? (row[noteKey] as string) : null));
  // A row whose name wraps or carries a note needs the room of its lines.
  // Every row has the same band: the one with the most lines sets it.
  const lines = Math.max(
    1,
    ...data.map((row, i) => tickLines(String(row[categoryKey] ?? "")).length + (notes[i] ? 1 : 0)),
  );
  const band = Math.max(stacked ? 26 : 34, lines * 13 + 8);
  const height = horizontal ? Math.max(160, data.length * band + 60) : 260;
  return (
    <ResponsiveContainer width="100%" height={height}>
      {kind === "line" ? (
        <LineChart accessibilityLayer={false} data={data} margin={{ top: 8, right: 12, bottom: 0, left: -12 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" />
          <XAxis dataKey={categoryKey} tick={{ fontSize: 12 }} />
          <YAxis allowDecimals={false} tick={{ fontSize: 12 }} />
          <Tooltip />
          <Legend wrapperStyle={{ fontSize: 12 }} formatter={legendText} />
          {series.map((s) => (
            <Line
              key={s.key}
              dataKey={s.key}
              name={s.label}
              stroke={s.color}
              strokeDasharray={s.dashed ? "5 4" : undefined}
              dot={false}
              strokeWidth={2}
              connectNulls={false}
              isAnimationActive={false}
            />
          ))}
        </LineChart>
      ) : (
        <BarChart
          accessibilityLayer={false}
          data={data}
          layout={horizontal ? "vertical" : "horizontal"}
          margin={{ top: 8, right: 12, bottom: 0, left: horizontal ? 0 : -12 }}
        >
          <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" />
          {horizontal ? (
            <>
              <XAxis type="number" allowDecimals={false} tick={{ fontSize: 12 }} />
              <YAxis
                type="category"
                dataKey={categoryKey}
                width={SIDE_WIDTH}
                tick={<SideTick notes={notes} />}
                interval={0}
              />
            </>
          ) : (
            <>
              <XAxis dataKey={categoryKey} tick={{ fontSize: 12 }} interval={0} />
              <YAxis allowDecimals={false} tick={{ fontSize: 12 }} />
            </>
          )}
          <Tooltip />
          <Legend wrapperStyle={{ fontSize: 12 }} formatter={legendText} />
          {series.map((s) => (
            <Bar
              key={s.key}
              dataKey={s.key}
              name={s.label}
              fill={s.color}
              stackId={stacked ? "all" : undefined}
              isAnimationActive={false}
            />
          ))}
        </BarChart>
      )}
    </ResponsiveContainer>
  );
}
