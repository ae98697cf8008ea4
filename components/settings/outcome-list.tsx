"use client";
import { Button } from "@/components/ui/button";
import { Field, FormMessage, inputClass } from "@/components/ui/field";
import { useServerAction } from "@/components/use-server-action";
import { saveOutcome } from "@/server/settings/actions/save-outcome";

type Outcome = { id: number; name: string; active: boolean; cases: number };

/** The configurable outcome categories of a rectification: add one, or stop offering one. */
export function OutcomeList({ outcomes }: { outcomes: Outcome[] }) {
  const { pending, notice, fieldErrors, run } = useServerAction();

  function onAdd(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = e.currentTarget;
    run(() => saveOutcome({ name: String(new FormData(form).get("name") ?? "") }), "已添加", () => form.reset());
  }

  return (
    <div className="space-y-3">
      <ul className="divide-y divide-slate-100 text-sm">
        {outcomes.map((o) => (
          <li key={o.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
            <span>
              {o.name}
              <span className="ml-2 text-xs text-slate-500">{o.cases} 件案件{o.active ? "" : " · 已停用"}</span>
            </span>
            <button type="button" disabled={pending}
              onClick={() => run(() => saveOutcome({ outcomeId: o.id, active: !o.active }), o.active ? `已停用“${o.name}”` : `已启用“${o.name}”`)}
              className="rounded border border-slate-300 px-3 py-1 hover:bg-slate-100 disabled:opacity-60">
              {o.active ? "停用" : "启用"}
            </button>
          </li>
        ))}
      </ul>
      <form onSubmit={onAdd} className="flex flex-wrap items-end gap-2" noValidate>
        <div className="min-w-48 flex-1">
          <Field label="新增类别" error={fieldErrors.name?.[0]}>
            <input name="name" required maxLength={20} className={inputClass} />
          </Field>
        </div>
        <Button type="submit" disabled={pending}>添加</Button>
      </form>
      <FormMessage message={notice} />
    </div>
  );
}
