"use client";
import { useRouter } from "next/navigation";
import { useTransition } from "react";

import { yearCookieString } from "@/lib/campaigns/year-cookie";

type Year = { year: number; isCurrent: boolean; closed: boolean };

/**
 * 年度切换 in the portal header: every page shows the chosen year (a cookie the server validates);
 * choosing the current year clears the choice, so the office's next "current year" applies again.
 */
export function YearSwitcher({ years, viewing }: { years: Year[]; viewing: number }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const shown = years.find((y) => y.year === viewing);

  function choose(value: string) {
    const year = Number(value);
    const chosen = years.find((y) => y.year === year);
    document.cookie = yearCookieString(chosen?.isCurrent ? null : year);
    startTransition(() => router.refresh());
  }

  return (
    <div className="inline-flex items-center gap-1 text-sm">
      <span className="whitespace-nowrap text-slate-600" aria-hidden="true">
        年度
      </span>
      <select
        aria-label="查看年度"
        value={viewing}
        disabled={pending}
        onChange={(e) => choose(e.target.value)}
        className={`rounded border px-1 py-0.5 max-sm:min-h-11 ${shown && !shown.isCurrent ? "border-amber-500 bg-amber-50" : "border-slate-300"}`}
      >
        {years.map((y) => (
          <option key={y.year} value={y.year}>
            {y.year}
            {y.isCurrent ? "（当前）" : y.closed ? "（已关闭）" : ""}
          </option>
        ))}
      </select>
      {shown && !shown.isCurrent && (
        <span className="text-xs text-amber-800" data-testid="viewing-year">
          正在查看 {viewing} 年度{shown.closed ? "（只读）" : ""}
        </span>
      )}
    </div>
  );
}
