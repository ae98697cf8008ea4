"use client";
import { useState } from "react";

import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { useConfirm } from "@/components/ui/confirm";
import { FormMessage } from "@/components/ui/field";
import { Table, Td, Th, THead } from "@/components/ui/table";
import { TrialPreview, useWorkbookTrial, WorkbookTrialSection } from "@/components/ui/workbook-trial";
import { useServerAction } from "@/components/use-server-action";
import { CATEGORIES, sumQuota } from "@/lib/campaigns/annex";
import { parseQuotaCell } from "@/lib/campaigns/quota-import";
import type { TargetImport } from "@/lib/city/target-import";
import { type CategorySplit, districtSplitLabel, type DistrictSplitStatus, type TargetCell } from "@/lib/city/targets";
import type { Category } from "@/lib/generated/prisma/enums";
import { categoryLabel } from "@/lib/labels";
import { setDistrictTargets } from "@/server/city/actions/set-district-targets";

export type GridDistrict = {
  id: number;
  name: string;
  isSample: boolean;
  targets: Record<Category, TargetCell>;
  versions: Record<Category, number | null>;
  splits: Record<Category, CategorySplit>;
  status: DistrictSplitStatus;
};

type Props = { year: number; readOnly: boolean; districts: GridDistrict[] };

const key = (districtId: number, c: Category) => `${districtId}:${c}`;
const show = (v: TargetCell) => (v === undefined ? "" : v === null ? "/" : String(v));
const TONE = { NOT_SET: "neutral", NOT_STARTED: "warning", SHORT: "danger", COVERED: "success" } as const;

/** What a typed cell means: empty = not set (未下达, left as it is), "/" = not applicable, else a whole number ≥ 0. */
function readCell(text: string): { ok: true; value: TargetCell } | { ok: false; message: string } {
  if (text.trim() === "") return { ok: true, value: undefined };
  return parseQuotaCell(text);
}

/** The split status beside a district: 未开展 / 未分解（差 N）/ 已分解 / 未下达. */
export function SplitStatus({ d }: { d: Pick<GridDistrict, "status" | "splits"> }) {
  const gaps = CATEGORIES.filter((c) => d.splits[c].gap > 0);
  return (
    <span className="inline-flex flex-wrap items-center gap-1">
      <Badge tone={TONE[d.status]}>{districtSplitLabel[d.status]}</Badge>
      {gaps.map((c) => (
        <span key={c} className="text-xs text-red-700">
          {c === "ELIMINATION" ? "淘汰" : "整治提升"}差 {d.splits[c].gap}
        </span>
      ))}
    </span>
  );
}

/**
 * 区县目标 of one year (docs/domain.md §市级): districts × the two categories; "/" is not applicable, an
 * empty cell is not set (未下达). Saved as one grid after a confirmation naming the targets it overwrites.
 */
export function DistrictTargetGrid({ year, readOnly, districts }: Props) {
  const saved = () =>
    Object.fromEntries(districts.flatMap((d) => CATEGORIES.map((c) => [key(d.id, c), show(d.targets[c])])));
  const [values, setValues] = useState<Record<string, string>>(saved);
  // After a save (or anyone's) the page's data moves on: the grid shows the targets as saved, its notice stays.
  const signature = districts.map((d) => CATEGORIES.map((c) => `${show(d.targets[c])}@${d.versions[c]}`)).join(";");
  const [shown, setShown] = useState(signature);
  if (shown !== signature) {
    setShown(signature);
    setValues(saved());
  }
  const trial = useWorkbookTrial<TargetImport>("/api/city/targets/preview", apply);
  const { pending, notice, run } = useServerAction();
  const { ask, asking, panel } = useConfirm();

  const parsed = Object.fromEntries(Object.entries(values).map(([k, v]) => [k, readCell(v)]));
  const invalid = Object.values(parsed).some((p) => !p.ok);
  const valueOf = (d: GridDistrict, c: Category): TargetCell => {
    const p = parsed[key(d.id, c)];
    return p?.ok ? p.value : d.targets[c];
  };
  const total = (c: Category) =>
    sumQuota(districts.map((d) => valueOf(d, c)).filter((v): v is number | null => v !== undefined));
  // The cells that differ from what is saved: a cleared cell keeps its saved target (a target is never withdrawn to 未下达 here).
  const changes = districts.flatMap((d) =>
    CATEGORIES.flatMap((c) => {
      const v = valueOf(d, c);
      return v === undefined || v === d.targets[c] ? [] : [{ d, c, v }];
    }),
  );
  const overwrites = changes.filter((x) => x.d.targets[x.c] !== undefined);

  function save() {
    if (invalid || changes.length === 0) return;
    const cells = changes.map(({ d, c, v }) => ({
      districtId: d.id,
      category: c,
      target: v as number | null,
      version: d.versions[c],
    }));
    run(
      () => setDistrictTargets({ year, cells }),
      (r) => `已保存 ${year} 年度区县目标（修改 ${r.changed} 项）`,
    );
  }

  function askThenSave() {
    if (overwrites.length === 0) return save();
    const lines = overwrites.map(({ d, c, v }) => `${d.name}${categoryLabel[c]} ${show(d.targets[c])} → ${show(v)}`);
    ask(`以下目标已经下达，保存将覆盖：${lines.join("；")}。确定保存吗？`, save, "确定覆盖并保存");
  }

  function apply(preview: TargetImport) {
    const next = { ...values };
    for (const r of preview.rows) {
      if (r.districtId === null) continue;
      for (const c of CATEGORIES) if (r.targets[c] !== undefined) next[key(r.districtId, c)] = show(r.targets[c]);
    }
    setValues(next);
    trial.applied(`已按文件填入 ${preview.rows.length} 个区县（市）的目标，核对后点击“保存目标”`);
  }

  return (
    <div className="space-y-4">
      <Table bare caption={`${year}年度区县目标`} className="[&_tbody_td]:py-1 [&_tbody_th]:py-1">
        <THead className="bg-slate-50">
          <Th>区县（市）</Th>
          {CATEGORIES.map((c) => (
            <Th key={c}>{categoryLabel[c]}（家）</Th>
          ))}
          <Th>分解情况</Th>
        </THead>
        <tbody>
          {districts.map((d) => (
            <tr key={d.id} data-testid={`district-${d.id}`}>
              <th scope="row" className="text-left font-normal">
                {d.name}
                {d.isSample && <Badge className="ml-1">示例数据</Badge>}
              </th>
              {CATEGORIES.map((c) => {
                const k = key(d.id, c);
                const p = parsed[k];
                return (
                  <Td key={c} label={categoryLabel[c]}>
                    {readOnly ? (
                      <span>{show(d.targets[c]) || "未下达"}</span>
                    ) : (
                      <>
                        <input
                          aria-label={`${d.name}${categoryLabel[c]}目标`}
                          value={values[k]}
                          placeholder="未下达"
                          inputMode="numeric"
                          onChange={(e) => setValues({ ...values, [k]: e.target.value })}
                          aria-invalid={p && !p.ok ? true : undefined}
                          className={`min-h-11 w-24 rounded border px-2 py-1 ${p && !p.ok ? "border-red-600" : "border-slate-300"}`}
                        />
                        {p && !p.ok && <span className="block text-xs text-red-700">{p.message}</span>}
                      </>
                    )}
                  </Td>
                );
              })}
              <Td label="分解情况">
                <SplitStatus d={d} />
              </Td>
            </tr>
          ))}
          <tr className="border-slate-300 font-semibold">
            <th scope="row" className="text-left">
              合计（自动汇总）
            </th>
            {CATEGORIES.map((c) => (
              <Td key={c} label={categoryLabel[c]} data-testid={`city-total-${c}`}>
                {total(c) === null ? "/" : total(c)}
              </Td>
            ))}
            <Td label="分解情况" />
          </tr>
        </tbody>
      </Table>
      <p className="text-xs text-slate-500">
        填“/”表示该区县（市）无此项任务（不适用），与 0
        不同；空白表示尚未下达。分解情况按各区县本年度目标任务分解表中各单位目标之和判断：
        未开展（区县尚未建立本年度）、未分解（各单位目标之和少于市下达目标）、已分解。
      </p>
      {!readOnly && (
        <>
          <div className="space-y-2">
            <FormMessage message={notice} />
            <Button onClick={askThenSave} disabled={pending || asking || invalid || changes.length === 0}>
              {pending ? "保存中…" : "保存目标"}
            </Button>
            {panel}
          </div>
          <WorkbookTrialSection
            id="target-import"
            description="按区县目标表的格式（可直接使用本页导出的文件）：一行一个区县（市），取“淘汰落后产能”和“整治提升”两栏的目标数，合计行不读取；空白的格保持不变。先试读并检查每一行，无误后填入上表，再保存。"
            trial={trial.section}
            fileLabel="区县目标表文件"
          >
            {trial.preview && (
              <TrialPreview
                preview={trial.preview}
                missing={
                  trial.preview.missingDistricts.length > 0
                    ? `文件中没有以下区县（市），其目标保持不变：${trial.preview.missingDistricts.join("、")}`
                    : null
                }
                nameLabel="区县（市）"
                name={(r) => r.districtName}
                columns={CATEGORIES.map((c) => ({
                  label: categoryLabel[c],
                  text: (r: TargetImport["rows"][number]) => show(r.targets[c]) || "（空，不修改）",
                }))}
                testId="target-preview"
              />
            )}
          </WorkbookTrialSection>
        </>
      )}
    </div>
  );
}
