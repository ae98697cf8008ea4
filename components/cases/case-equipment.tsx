"use client";
import { useEffect, useRef, useState } from "react";

import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { ConfirmPanel } from "@/components/ui/confirm";
import { ErrorSummary, useFocusFirstError } from "@/components/ui/error-summary";
import { checkClass, checkLabelClass, Field, FormMessage, inputClass } from "@/components/ui/field";
import { linkClass } from "@/components/ui/link";
import { RowHeader, Table, Td, Th, THead } from "@/components/ui/table";
import { useServerAction } from "@/components/use-server-action";
import type { EquipmentFields } from "@/lib/cases/equipment";
import {
  CAPACITY_UNITS,
  EQUIPMENT_DISPOSITIONS,
  type EquipmentTotals,
  formatCapacity,
  hasDisposition,
  itemTotal,
} from "@/lib/cases/equipment";
import type { EquipmentDisposition } from "@/lib/generated/prisma/enums";
import { equipmentDispositionLabel } from "@/lib/labels";
import { addEquipment } from "@/server/equipment/actions/add-equipment";
import { removeEquipment } from "@/server/equipment/actions/remove-equipment";
import { updateEquipment } from "@/server/equipment/actions/update-equipment";

export type EquipmentRow = EquipmentFields & {
  id: string;
  version: number;
  /** The proving evidence item: its name and kind, and whether it has been removed since. */
  evidence: { id: string; label: string; removed: boolean } | null;
};

type Props = {
  caseId: string;
  caseVersion: number;
  /** The case's own unit while the case is open (the workflow's EDIT). */
  editable: boolean;
  /** A 拆除 case: at least one item, each with its 去向, before it is submitted. */
  required: boolean;
  items: EquipmentRow[];
  totals: EquipmentTotals;
  /** The case's current evidence, for 证明材料. */
  evidence: { id: string; label: string }[];
};

const UNITS_LIST = "equipment-capacity-units";

/**
 * 主要设备和生产线（淘汰设备清单）of an elimination: the list (cards on a phone), the totals, and — for
 * the case's own unit while it is open — adding, changing and (after asking) deleting items.
 */
export function CaseEquipment({ caseId, caseVersion, editable, required, items, totals, evidence }: Props) {
  const [editing, setEditing] = useState<EquipmentRow | null>(null);
  const [removing, setRemoving] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const remove = useServerAction();
  const formTitle = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (editing) formTitle.current?.focus();
  }, [editing]);

  const pending = items.filter((i) => !hasDisposition(i)).length;
  return (
    <Card aria-labelledby="equipment-title" className="space-y-3">
      <div>
        <h2 id="equipment-title" className="font-semibold">
          主要设备和生产线（淘汰设备清单）
        </h2>
        <p className="mt-1 text-sm text-slate-600">
          {required
            ? "拆除主体设备的整治对象，上报前须至少登记一项主要设备或生产线，并写明每项的去向。"
            : "登记淘汰的主要设备和生产线及其去向，列入淘汰设备清单。"}
          产能或功率按单台（套）填写，合计为数量乘以单台产能或功率。
        </p>
      </div>

      {items.length === 0 ? (
        <p className="rounded border border-dashed border-slate-300 p-4 text-center text-sm text-slate-500">
          尚未登记设备。
        </p>
      ) : (
        <Table label="主要设备和生产线" bare className="sm:min-w-[48rem]">
          <THead>
            <Th>名称</Th>
            <Th>型号规格</Th>
            <Th align="right">数量（台/套）</Th>
            <Th align="right">单台产能或功率</Th>
            <Th align="right">合计</Th>
            <Th>去向</Th>
            <Th>证明材料</Th>
            {editable && <Th>操作</Th>}
          </THead>
          <tbody>
            {items.map((item) => (
              <tr key={item.id} className={editing?.id === item.id ? "bg-brand-50" : undefined}>
                <RowHeader className="font-medium">{item.name}</RowHeader>
                <Td label="型号规格">{item.model || "—"}</Td>
                <Td label="数量（台/套）" align="right" numeric>
                  {item.quantity}
                </Td>
                <Td label="单台产能或功率" align="right" numeric nowrap>
                  {formatCapacity(item.capacity)} {item.capacityUnit}
                </Td>
                <Td label="合计" align="right" numeric nowrap>
                  {formatCapacity(itemTotal(item))} {item.capacityUnit}
                </Td>
                <Td label="去向">
                  {item.disposition ? (
                    <>
                      {equipmentDispositionLabel[item.disposition]}
                      {item.destination && <span className="block text-xs text-slate-600">{item.destination}</span>}
                    </>
                  ) : (
                    <span className="text-amber-800">未填去向</span>
                  )}
                </Td>
                <Td label="证明材料">
                  {item.evidence ? (
                    item.evidence.removed ? (
                      <span className="text-amber-800">{item.evidence.label}（材料已删除）</span>
                    ) : (
                      <a href={`/api/evidence/${item.evidence.id}`} className={linkClass({ inline: true })}>
                        {item.evidence.label}
                      </a>
                    )
                  ) : (
                    "—"
                  )}
                </Td>
                {editable && (
                  <Td label="操作">
                    <div className="flex flex-wrap gap-2">
                      <Button
                        variant="secondary"
                        size="sm"
                        aria-label={`修改 ${item.name}`}
                        onClick={() => {
                          setRemoving(null);
                          setEditing(item);
                        }}
                      >
                        修改
                      </Button>
                      {removing === item.id ? (
                        <ConfirmPanel
                          prompt={`确定删除“${item.name}”？`}
                          yes="删除"
                          variant="danger"
                          onCancel={() => setRemoving(null)}
                          onYes={() => {
                            setRemoving(null);
                            if (editing?.id === item.id) setEditing(null);
                            remove.run(
                              () => removeEquipment({ equipmentId: item.id, version: item.version, caseVersion }),
                              `已删除“${item.name}”`,
                            );
                          }}
                        />
                      ) : (
                        <Button
                          variant="dangerOutline"
                          size="sm"
                          aria-label={`删除 ${item.name}`}
                          disabled={remove.pending}
                          onClick={() => {
                            setSaved(null);
                            setRemoving(item.id);
                          }}
                        >
                          删除
                        </Button>
                      )}
                    </div>
                  </Td>
                )}
              </tr>
            ))}
          </tbody>
        </Table>
      )}
      <FormMessage message={remove.notice ?? (saved ? { ok: true, text: saved } : null)} />

      {items.length > 0 && <TotalsLine totals={totals} />}
      {required && pending > 0 && (
        <p className="text-sm text-amber-800">还有 {pending} 项设备未写明去向，上报前请补齐。</p>
      )}

      {editable && (
        <div className="border-t border-slate-100 pt-3">
          <h3 ref={formTitle} tabIndex={-1} className="mb-2 text-sm font-medium">
            {editing ? `修改设备：${editing.name}` : "登记设备"}
          </h3>
          <EquipmentForm
            key={editing ? `${editing.id}-${editing.version}` : "new"}
            caseId={caseId}
            caseVersion={caseVersion}
            item={editing}
            evidence={evidence}
            onDone={(message) => {
              setEditing(null);
              setSaved(message ?? null);
            }}
          />
        </div>
      )}
      <datalist id={UNITS_LIST}>
        {CAPACITY_UNITS.map((u) => (
          <option key={u} value={u} />
        ))}
      </datalist>
    </Card>
  );
}

function TotalsLine({ totals }: { totals: EquipmentTotals }) {
  const byDisposition = totals.byDisposition.filter((d) => d.items > 0);
  return (
    <p className="text-sm" data-testid="equipment-totals">
      <span className="font-medium">
        合计 {totals.items} 项 {totals.quantity} 台（套）
      </span>
      ：
      {byDisposition
        .map((d) => `${d.disposition === "NONE" ? "未填去向" : equipmentDispositionLabel[d.disposition]} ${d.quantity}`)
        .join("，")}
      ；{totals.byCapacityUnit.map((u) => `${formatCapacity(u.total)} ${u.unit}`).join("，")}
    </p>
  );
}

function EquipmentForm({
  caseId,
  caseVersion,
  item,
  evidence,
  onDone,
}: {
  caseId: string;
  caseVersion: number;
  item: EquipmentRow | null;
  evidence: { id: string; label: string }[];
  /** After a change is saved (with its notice) or abandoned. */
  onDone: (message?: string) => void;
}) {
  const { pending, notice, fieldErrors: errors, run } = useServerAction();
  const [disposition, setDisposition] = useState<EquipmentDisposition | "">(item?.disposition ?? "");
  const form = useRef<HTMLFormElement>(null);
  useFocusFirstError(form, errors);

  function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const el = e.currentTarget;
    const data = new FormData(el);
    const text = (k: string) => String(data.get(k) ?? "");
    const fields = {
      name: text("name"),
      model: text("model"),
      quantity: text("quantity"),
      capacity: text("capacity"),
      capacityUnit: text("capacityUnit"),
      disposition,
      destination: disposition === "TRANSFERRED" ? text("destination") : "",
      evidenceId: text("evidenceId"),
    };
    if (item) {
      const message = `已保存“${fields.name.trim()}”`;
      run(
        () => updateEquipment({ equipmentId: item.id, version: item.version, caseVersion, ...fields }),
        message,
        () => onDone(message),
      );
    } else {
      run(
        () => addEquipment({ caseId, caseVersion, ...fields }),
        `已登记“${fields.name.trim()}”`,
        () => {
          el.reset();
          setDisposition("");
        },
      );
    }
  }

  const currentProof = item?.evidence && !item.evidence.removed ? item.evidence.id : "";
  return (
    <form ref={form} onSubmit={onSubmit} noValidate className="space-y-3" aria-label={item ? "修改设备" : "登记设备"}>
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
        <Field label="名称" error={errors.name?.[0]}>
          <input
            name="name"
            required
            maxLength={100}
            defaultValue={item?.name}
            placeholder="如 中频感应电炉、冲天炉、手工电镀线"
            className={inputClass}
          />
        </Field>
        <Field label="型号规格（选填）" error={errors.model?.[0]}>
          <input
            name="model"
            maxLength={100}
            defaultValue={item?.model}
            placeholder="如 GW-1.5T"
            className={inputClass}
          />
        </Field>
        <Field label="数量（台/套）" error={errors.quantity?.[0]}>
          <input
            name="quantity"
            required
            inputMode="numeric"
            defaultValue={item?.quantity ?? 1}
            className={inputClass}
          />
        </Field>
        <Field label="单台（套）产能或功率" error={errors.capacity?.[0]} hint="数字，最多四位小数">
          <input
            name="capacity"
            required
            inputMode="decimal"
            defaultValue={item ? formatCapacity(item.capacity) : undefined}
            className={inputClass}
          />
        </Field>
        <Field label="单位" error={errors.capacityUnit?.[0]} hint="如 kW、kVA、吨/年、吨/小时">
          <input
            name="capacityUnit"
            required
            maxLength={20}
            list={UNITS_LIST}
            defaultValue={item?.capacityUnit}
            className={inputClass}
          />
        </Field>
        <Field label="证明材料（选填）" error={errors.evidenceId?.[0]} hint="本整治对象已上传的佐证材料">
          <select name="evidenceId" defaultValue={currentProof} className={inputClass}>
            <option value="">不指定</option>
            {evidence.map((e) => (
              <option key={e.id} value={e.id}>
                {e.label}
              </option>
            ))}
          </select>
        </Field>
      </div>
      <fieldset className="text-sm" data-invalid={errors.disposition ? true : undefined}>
        <legend className="font-medium">去向（暂不确定可先不选，上报前须写明）</legend>
        <div className="mt-1 flex flex-wrap gap-x-4">
          {EQUIPMENT_DISPOSITIONS.map((d) => (
            <label key={d} className={checkLabelClass}>
              <input
                type="radio"
                name="disposition"
                value={d}
                checked={disposition === d}
                onChange={() => setDisposition(d)}
                className={checkClass}
              />
              {equipmentDispositionLabel[d]}
            </label>
          ))}
          <label className={checkLabelClass}>
            <input
              type="radio"
              name="disposition"
              value=""
              checked={disposition === ""}
              onChange={() => setDisposition("")}
              className={checkClass}
            />
            暂未确定
          </label>
        </div>
        {errors.disposition?.[0] && <span className="mt-1 block text-xs text-red-700">{errors.disposition[0]}</span>}
      </fieldset>
      {disposition === "TRANSFERRED" && (
        <Field label="转移去向地" error={errors.destination?.[0]} hint="省、市、县（区）及接收单位">
          <input
            name="destination"
            required
            maxLength={200}
            defaultValue={item?.destination ?? ""}
            placeholder="如 江西省萍乡市湘东区 某铸造有限公司"
            className={inputClass}
          />
        </Field>
      )}
      <ErrorSummary errors={errors} />
      <FormMessage message={notice} />
      <div className="flex flex-wrap gap-2">
        <Button type="submit" disabled={pending}>
          {pending ? "保存中…" : item ? "保存修改" : "登记设备"}
        </Button>
        {item && (
          <Button type="button" variant="secondary" onClick={() => onDone()}>
            取消修改
          </Button>
        )}
      </div>
    </form>
  );
}
