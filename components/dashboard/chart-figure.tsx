import { ChartFigureView } from "./chart-figure-view";
import type { ChartSpec } from "./chart-spec";

type Props = {
  id: string;
  title: string;
  spec: ChartSpec;
  /** Where a number in the data table leads (the filtered case list), if anywhere. */
  cellHref?: (row: ChartSpec["data"][number], seriesKey: string) => string | undefined;
};

/** A chart with its data as a table: the drawing is hidden from screen readers, the table is not. */
export function ChartFigure({ id, title, spec, cellHref }: Props) {
  const links =
    cellHref && spec.data.map((row) => Object.fromEntries(spec.series.map((s) => [s.key, cellHref(row, s.key)])));
  return <ChartFigureView id={id} title={title} spec={spec} links={links} />;
}
