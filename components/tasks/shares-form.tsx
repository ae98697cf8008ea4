"use client";
import { useState } from "react";

import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/field";
import { useServerAction } from "@/components/use-server-action";
import { setTaskLineShares } from "@/server/tasks/actions/set-shares";

type Props = {
  taskLineId: number;
  unitLabel: string;
  units: { id: number; name: string; share: string }[];
};

/** 分解目标: the lead department (or the office) types each unit's share; the sum is checked against the target as a warning. */
export function SharesForm({ taskLineId, unitLabel, units }: Props) {
  const { pending, notice, run } = useServerAction();
  const [values, setValues] = useState(() => Object.fromEntries(units.map((u) => [u.id, u.share])));
  const sum = Object.values(values).reduce((s, v) => s + (Number(v) || 0), 0);

  function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    run(
      () => setTaskLineShares({ taskLineId, shares: units.map((u) => ({ unitId: u.id, target: values[u.id] ?? "" })) }),
      (data) => (data.warning ? { ok: true, text: `分解数已保存。提示：${data.warning}` } : "分解数已保存"),
    );
  }

  return (
    <form onSubmit={onSubmit} aria-label="分解目标" className="space-y-3">
      <div className="grid gap-2 sm:grid-cols-3">
        {units.map((u) => (
          <label key={u.id} className="flex items-center justify-between gap-2 text-sm">
            <span>{u.name}</span>
            <input
              name={`share-${u.id}`}
              inputMode="decimal"
              autoComplete="off"
              value={values[u.id] ?? ""}
              aria-label={`${u.name}分解数（${unitLabel}）`}
              onChange={(e) => setValues((v) => ({ ...v, [u.id]: e.target.value }))}
              className="w-24 rounded border border-slate-300 px-2 py-1 text-right tabular-nums"
            />
          </label>
        ))}
      </div>
      <p className="text-sm text-slate-600">
        当前合计 {Number(sum.toFixed(2))}
        {unitLabel}（留空表示不分解到该单位）
      </p>
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" disabled={pending}>
          {pending ? "保存中…" : "保存分解数"}
        </Button>
        <FormMessage message={notice} />
      </div>
    </form>
  );
}
