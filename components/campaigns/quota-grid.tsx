"use client";
import { useState } from "react";

import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/field";
import { Table, Td, Th, THead } from "@/components/ui/table";
import { TrialPreview, useWorkbookTrial, WorkbookTrialSection } from "@/components/ui/workbook-trial";
import { useServerAction } from "@/components/use-server-action";
import { CATEGORIES, type QuotaCell, sumQuota } from "@/lib/campaigns/annex";
import { parseQuotaCell, type QuotaImport } from "@/lib/campaigns/quota-import";
import type { Category } from "@/lib/generated/prisma/enums";
import { categoryLabel } from "@/lib/labels";
import { saveQuotas } from "@/server/campaigns/actions/save-quotas";

type Props = {
  campaignId: number;
  version: number;
  readOnly: boolean;
  units: { id: number; name: string }[];
  /** "unitId:category" → target ("/" = null). */
  quotas: Record<string, QuotaCell>;
};

const key = (unitId: number, c: Category) => `${unitId}:${c}`;
const show = (v: QuotaCell | undefined) => (v === null || v === undefined ? "/" : String(v));

/** The 目标任务分解表 of one campaign: 18 units × 2 categories; "/" or empty is not applicable, 0 is a quota of nought. */
export function QuotaGrid({ campaignId, version, readOnly, units, quotas }: Props) {
  const [values, setValues] = useState<Record<string, string>>(() =>
    Object.fromEntries(units.flatMap((u) => CATEGORIES.map((c) => [key(u.id, c), show(quotas[key(u.id, c)])]))),
  );
  const trial = useWorkbookTrial<QuotaImport>(`/api/campaigns/${campaignId}/quota-preview`, apply);
  const { pending, notice, run } = useServerAction();

  const parsed = Object.fromEntries(Object.entries(values).map(([k, v]) => [k, parseQuotaCell(v)]));
  const invalid = Object.values(parsed).some((p) => !p.ok);
  const total = (c: Category) =>
    sumQuota(
      units.map((u) => {
        const p = parsed[key(u.id, c)];
        return p?.ok ? p.value : null;
      }),
    );

  function save() {
    if (invalid) return;
    const cells = units.flatMap((u) =>
      CATEGORIES.map((category) => {
        const p = parsed[key(u.id, category)];
        return { unitId: u.id, category, target: p?.ok ? p.value : null };
      }),
    );
    run(
      () => saveQuotas({ campaignId, version, cells }),
      (d) => `已保存目标任务分解表（修改 ${d.changed} 项）`,
    );
  }

  function apply(preview: QuotaImport) {
    const next = { ...values };
    for (const r of preview.rows) {
      if (r.unitId === null) continue;
      for (const c of CATEGORIES) next[key(r.unitId, c)] = show(r.targets[c]);
    }
    setValues(next);
    trial.applied(`已按文件填入 ${preview.rows.length} 个单位的目标，核对后点击“保存目标”`);
  }

  return (
    <div className="space-y-4">
      <Table bare caption="目标任务分解表" className="[&_tbody_td]:py-1 [&_tbody_th]:py-1">
        <THead className="bg-slate-50">
          <Th>单位</Th>
          {CATEGORIES.map((c) => (
            <Th key={c}>{categoryLabel[c]}</Th>
          ))}
        </THead>
        <tbody>
          {units.map((u) => (
            <tr key={u.id}>
              <th scope="row" className="text-left font-normal">
                {u.name}
              </th>
              {CATEGORIES.map((c) => {
                const k = key(u.id, c);
                const p = parsed[k];
                return (
                  <Td key={c} label={categoryLabel[c]}>
                    <input
                      aria-label={`${u.name}${categoryLabel[c]}目标`}
                      value={values[k]}
                      readOnly={readOnly}
                      inputMode="numeric"
                      onChange={(e) => setValues({ ...values, [k]: e.target.value })}
                      aria-invalid={p && !p.ok ? true : undefined}
                      className={`w-24 rounded border px-2 py-1 ${p && !p.ok ? "border-red-600" : "border-slate-300"} ${readOnly ? "bg-slate-50" : ""}`}
                    />
                    {p && !p.ok && <span className="block text-xs text-red-700">{p.message}</span>}
                  </Td>
                );
              })}
            </tr>
          ))}
          <tr className="border-slate-300 font-semibold">
            <th scope="row" className="text-left">
              全区（自动汇总）
            </th>
            {CATEGORIES.map((c) => (
              <Td key={c} label={categoryLabel[c]} data-testid={`total-${c}`}>
                {show(total(c))}
              </Td>
            ))}
          </tr>
        </tbody>
      </Table>
      <p className="text-xs text-slate-500">
        填“/”或留空表示该单位无此项任务（不适用），与 0 不同；全区合计由各单位自动汇总。
      </p>
      {!readOnly && (
        <>
          <div className="space-y-2">
            <FormMessage message={notice} />
            <Button onClick={save} disabled={pending || invalid}>
              {pending ? "保存中…" : "保存目标"}
            </Button>
          </div>
          <WorkbookTrialSection
            id="quota-import"
            description="按目标任务分解表的格式（可直接使用本平台导出的“分解表完成情况”）：一行一个单位，取“淘汰落后产能”和“整治提升”两栏的目标数。先试读并检查每一行，无误后填入上表，再保存。"
            trial={trial.section}
            fileLabel="目标任务分解表文件"
          >
            {trial.preview && (
              <TrialPreview
                preview={trial.preview}
                missing={
                  trial.preview.missingUnits.length > 0
                    ? `文件中没有以下单位，其目标保持不变：${trial.preview.missingUnits.join("、")}`
                    : null
                }
                nameLabel="单位"
                name={(r) => r.unitName}
                columns={CATEGORIES.map((c) => ({
                  label: categoryLabel[c],
                  text: (r: QuotaImport["rows"][number]) => show(r.targets[c]),
                }))}
                testId="quota-preview"
              />
            )}
          </WorkbookTrialSection>
        </>
      )}
    </div>
  );
}
