// The input rules of one item of 淘汰设备清单 (docs/domain.md §淘汰设备清单): the case page's form and one
// row of the ledger import file are checked by the same schema.
import { z } from "zod";

import { halfWidth, MAX_CAPACITY, MAX_QUANTITY, normaliseCapacityUnit, SCALE } from "@/lib/cases/equipment";
import { isCleanText, optionalCuid, optionalText } from "@/lib/fields";
import { EquipmentDisposition } from "@/lib/generated/prisma/enums";

/** A number typed in a form or a cell: digits with an optional decimal point (thousands commas allowed). */
function numberText(v: unknown): number | null {
  if (typeof v === "number") return Number.isFinite(v) ? v : null;
  if (typeof v !== "string") return null;
  const s = halfWidth(v).trim().replace(/,/g, "");
  return /^\d+(\.\d+)?$/.test(s) ? Number(s) : null;
}

const quantity = z.union([z.string(), z.number()], { error: "请填写数量" }).transform((v, ctx) => {
  if (typeof v === "string" && v.trim() === "") {
    ctx.addIssue({ code: "custom", message: "请填写数量" });
    return z.NEVER;
  }
  const n = numberText(v);
  if (n === null || !Number.isInteger(n) || n < 1 || n > MAX_QUANTITY) {
    ctx.addIssue({ code: "custom", message: `数量应为 1—${MAX_QUANTITY} 的整数（台/套）` });
    return z.NEVER;
  }
  return n;
});

const capacity = z.union([z.string(), z.number()], { error: "请填写产能或功率" }).transform((v, ctx) => {
  if (typeof v === "string" && v.trim() === "") {
    ctx.addIssue({ code: "custom", message: "请填写单台（套）产能或功率" });
    return z.NEVER;
  }
  const n = numberText(v);
  if (n === null || n <= 0 || n > MAX_CAPACITY) {
    ctx.addIssue({ code: "custom", message: "产能或功率应为大于 0 的数字" });
    return z.NEVER;
  }
  if (Math.abs(Math.round(n * SCALE) - n * SCALE) > 1e-6) {
    ctx.addIssue({ code: "custom", message: "产能或功率最多四位小数" });
    return z.NEVER;
  }
  return Math.round(n * SCALE) / SCALE;
});

const capacityUnit = z
  .string({ error: "请填写产能或功率的单位" })
  .transform((s) => normaliseCapacityUnit(s))
  .pipe(
    z
      .string()
      .min(1, "请填写产能或功率的单位（如 kW、吨/年）")
      .max(20, "单位最多20字")
      .refine(isCleanText, "单位含有不允许的字符"),
  );

const disposition = z
  .union([z.literal(""), z.enum(EquipmentDisposition)], { error: "请选择设备去向" })
  .optional()
  .nullable()
  .transform((d) => (d ? d : null));

const equipmentShape = {
  // Not `text()`: its "请填写" stops the whole item, and the destination's check should still be reported.
  name: z
    .string({ error: "请填写设备名称" })
    .trim()
    .min(1, "请填写设备名称")
    .max(100, "设备名称最多100字")
    .refine(isCleanText, "设备名称含有不允许的字符"),
  model: optionalText("型号规格", 100).transform((s) => s ?? ""),
  quantity,
  capacity,
  capacityUnit,
  disposition,
  destination: optionalText("转移去向地", 200),
  evidenceId: optionalCuid,
};

/**
 * One item as an officer enters it (the case page's form, one row of the import file), with `extra`
 * fields of the request beside it (so each error is reported at its own field). 去向 may wait until the
 * item's fate is known; 转移至外地 must say where to (and a destination goes with no other 去向).
 */
export function equipmentInput<E extends z.ZodRawShape>(extra: E) {
  return (
    z
      .object({ ...extra, ...equipmentShape })
      // Also when other fields are wrong, so every error shows at once (the item is an object by then).
      .refine((v) => !(fate(v).disposition === "TRANSFERRED" && !fate(v).destination), {
        path: ["destination"],
        message: "转移至外地的设备请填写去向地（省市县及接收单位）",
        when: (payload) => typeof payload.value === "object" && payload.value !== null,
      })
      .transform((v) => ({ ...v, destination: fate(v).disposition === "TRANSFERRED" ? fate(v).destination : null }))
  );
}

// (zod's typing of a shape spread with a generic one loses its keys; the parsed value has them.)
const fate = (v: unknown) => v as { disposition: EquipmentDisposition | null; destination: string | null };

export const equipmentFields = equipmentInput({});

export type EquipmentInput = z.output<typeof equipmentFields>;
