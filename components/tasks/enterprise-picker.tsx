"use client";
import { useState } from "react";

import { Button } from "@/components/ui/button";
import { NamedOptions } from "@/components/ui/field";
import { checkCreditCode } from "@/lib/enterprises/credit-code";
import type { Industry } from "@/lib/generated/prisma/enums";
import { industryLabel } from "@/lib/labels";

export type PickedEnterprise = { id: string; name: string; creditCode: string | null };
export type NewEnterprise = { name: string; creditCode: string; unitId: number; industry: Industry };

type Props = {
  units: { id: number; name: string }[];
  picked: PickedEnterprise[];
  onPick: (e: PickedEnterprise[]) => void;
  added: NewEnterprise[];
  onAdd: (e: NewEnterprise[]) => void;
};

const input = "mt-1 block w-full rounded border border-slate-300 px-3 py-2";

/** Names the enterprises an entry covers: found in the ledger, or new ones with a checked credit code. */
export function EnterprisePicker({ units, picked, onPick, added, onAdd }: Props) {
  const [query, setQuery] = useState("");
  const [found, setFound] = useState<(PickedEnterprise & { unit: string })[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [draft, setDraft] = useState({ name: "", creditCode: "", unitId: "", industry: "" });

  async function search() {
    setError(null);
    const res = await fetch(`/api/tasks/enterprises?q=${encodeURIComponent(query)}`);
    const body = await res.json().catch(() => ({}));
    if (!res.ok) return setError(body.message ?? "查询失败，请稍后重试");
    setFound(body.enterprises);
  }

  function addNew() {
    const code = checkCreditCode(draft.creditCode);
    if (draft.name.trim().length < 2) return setError("请填写企业名称");
    if (!code.ok) return setError(code.message);
    if (!draft.unitId) return setError("请选择企业所在镇（街道）");
    if (!draft.industry) return setError("请选择行业");
    if (added.some((a) => a.creditCode === code.code)) return setError("该企业已在列表中");
    setError(null);
    onAdd([
      ...added,
      {
        name: draft.name.trim(),
        creditCode: code.code,
        unitId: Number(draft.unitId),
        industry: draft.industry as Industry,
      },
    ]);
    setDraft({ name: "", creditCode: "", unitId: "", industry: "" });
  }

  const count = picked.length + added.length;
  return (
    <fieldset className="rounded border border-slate-200 p-3">
      <legend className="px-1 text-sm">涉及企业（可选，已列 {count} 家）</legend>
      {count > 0 && (
        <ul className="mb-2 flex flex-wrap gap-2 text-sm" aria-label="已列企业">
          {picked.map((e) => (
            <li key={e.id} className="rounded bg-slate-100 px-2 py-1">
              {e.name}
              <button
                type="button"
                className="ml-1 text-red-700"
                aria-label={`移除${e.name}`}
                onClick={() => onPick(picked.filter((p) => p.id !== e.id))}
              >
                ×
              </button>
            </li>
          ))}
          {added.map((e) => (
            <li key={e.creditCode} className="rounded bg-green-50 px-2 py-1">
              {e.name}（新增）
              <button
                type="button"
                className="ml-1 text-red-700"
                aria-label={`移除${e.name}`}
                onClick={() => onAdd(added.filter((a) => a.creditCode !== e.creditCode))}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="flex gap-2">
        <label className="flex-1">
          <span className="sr-only">查找台账企业</span>
          <input
            value={query}
            onChange={(e) => setQuery(e.target.value)}
            placeholder="企业名称或信用代码"
            onKeyDown={(e) => {
              if (e.key === "Enter") {
                e.preventDefault();
                void search();
              }
            }}
            className="block w-full rounded border border-slate-300 px-3 py-2"
          />
        </label>
        <Button onClick={() => void search()} variant="secondary" size="sm">
          查找台账企业
        </Button>
      </div>
      {found &&
        (found.length === 0 ? (
          <p className="mt-2 text-sm text-slate-500">台账中没有找到，可在下方新增。</p>
        ) : (
          <ul className="mt-2 space-y-1 text-sm">
            {found.map((e) => (
              <li key={e.id} className="flex items-center gap-2">
                <span className="flex-1">
                  {e.name}{" "}
                  <span className="text-slate-500">
                    {e.creditCode ?? "无信用代码"} · {e.unit}
                  </span>
                </span>
                <button
                  type="button"
                  disabled={picked.some((p) => p.id === e.id)}
                  onClick={() => onPick([...picked, e])}
                  className="rounded border border-slate-300 px-2 py-0.5 hover:bg-slate-50 disabled:opacity-50"
                >
                  选入
                </button>
              </li>
            ))}
          </ul>
        ))}
      <details className="mt-3">
        <summary className="cursor-pointer text-sm text-brand-700">台账中没有？新增企业</summary>
        <div className="mt-2 grid gap-2 sm:grid-cols-2">
          <label className="block text-sm">
            企业名称
            <input
              value={draft.name}
              onChange={(e) => setDraft({ ...draft, name: e.target.value })}
              maxLength={100}
              className={input}
            />
          </label>
          <label className="block text-sm">
            统一社会信用代码
            <input
              value={draft.creditCode}
              onChange={(e) => setDraft({ ...draft, creditCode: e.target.value })}
              maxLength={18}
              className={`${input} uppercase`}
            />
          </label>
          <label className="block text-sm">
            所在镇（街道）
            <select
              value={draft.unitId}
              onChange={(e) => setDraft({ ...draft, unitId: e.target.value })}
              className={input}
            >
              <option value="">请选择</option>
              <NamedOptions items={units} />
            </select>
          </label>
          <label className="block text-sm">
            行业
            <select
              value={draft.industry}
              onChange={(e) => setDraft({ ...draft, industry: e.target.value })}
              className={input}
            >
              <option value="">请选择</option>
              {Object.entries(industryLabel).map(([k, v]) => (
                <option key={k} value={k}>
                  {v}
                </option>
              ))}
            </select>
          </label>
        </div>
        <Button onClick={addNew} variant="secondary" size="sm" className="mt-2">
          加入列表
        </Button>
      </details>
      {error && (
        <p role="alert" className="mt-2 text-sm text-red-700">
          {error}
        </p>
      )}
    </fieldset>
  );
}
