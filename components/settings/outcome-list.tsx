"use client";
import { Button } from "@/components/ui/button";
import { FormOutcome } from "@/components/ui/error-summary";
import { Field, inputClass } from "@/components/ui/field";
import { text, useServerAction } from "@/components/use-server-action";
import { saveOutcome } from "@/server/settings/actions/save-outcome";
import { savePolicyBasis } from "@/server/settings/actions/save-policy-basis";

type Outcome = { id: number; name: string; active: boolean; cases: number };

// The office's configurable lists: each can gain an entry or stop offering one (never deleted: cases refer to them).
const LISTS = {
  outcome: {
    add: (name: string) => saveOutcome({ name }),
    toggle: (id: number, active: boolean) => saveOutcome({ outcomeId: id, active }),
    maxLength: 20,
    addLabel: "新增类别",
  },
  policyBasis: {
    add: (name: string) => savePolicyBasis({ name }),
    toggle: (id: number, active: boolean) => savePolicyBasis({ policyBasisId: id, active }),
    maxLength: 200,
    addLabel: "新增政策依据",
  },
};

/** The configurable outcome categories of a rectification: add one, or stop offering one. */
export function OutcomeList({ outcomes }: { outcomes: Outcome[] }) {
  return <ChoiceList list="outcome" items={outcomes} />;
}

/** One of the office's configurable lists (outcome categories, policy bases). */
export function ChoiceList({ list, items: outcomes }: { list: keyof typeof LISTS; items: Outcome[] }) {
  const { pending, notice, fieldErrors, run, submit } = useServerAction();
  const def = LISTS[list];
  const onAdd = submit((form) => def.add(text(form, "name")), "已添加", { onOk: (_, form) => form.reset() });

  return (
    <div className="space-y-3">
      <ul className="divide-y divide-slate-100 text-sm">
        {outcomes.map((o) => (
          <li key={o.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
            <span>
              {o.name}
              <span className="ml-2 text-xs text-slate-500">
                {o.cases} 个整治对象{o.active ? "" : " · 已停用"}
              </span>
            </span>
            <button
              type="button"
              disabled={pending}
              onClick={() =>
                run(() => def.toggle(o.id, !o.active), o.active ? `已停用“${o.name}”` : `已启用“${o.name}”`)
              }
              className="rounded border border-slate-300 px-3 py-1 hover:bg-slate-100 disabled:opacity-60"
            >
              {o.active ? "停用" : "启用"}
            </button>
          </li>
        ))}
      </ul>
      <form onSubmit={onAdd} className="flex flex-wrap items-end gap-2" noValidate>
        <div className="min-w-48 flex-1">
          <Field label={def.addLabel} error={fieldErrors.name?.[0]}>
            <input name="name" required maxLength={def.maxLength} className={inputClass} />
          </Field>
        </div>
        <Button type="submit" disabled={pending}>
          {pending ? "保存中…" : "添加"}
        </Button>
      </form>
      <FormOutcome notice={notice} errors={fieldErrors} />
    </div>
  );
}
