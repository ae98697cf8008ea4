"use client";
import dynamic from "next/dynamic";

import type { ChartSpec } from "./chart-spec";

// recharts is fetched only once a page with a chart has loaded, so it is not part of any first load.
const Chart = dynamic(() => import("./chart"), {
  ssr: false,
  loading: () => <div className="h-40 animate-pulse rounded bg-slate-100" />,
});

export function LazyChart({ spec }: { spec: ChartSpec }) {
  return <Chart spec={spec} />;
}
