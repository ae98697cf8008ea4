// What a case needs before it can be submitted for acceptance (工作要点 附件备注, docs/domain.md §佐证材料).
import { type EquipmentCheckItem, equipmentRequirements } from "@/lib/cases/equipment";
import { evidenceLabel } from "@/lib/cases/evidence-labels";
import type { Category, DisposalPath, EvidenceKind } from "@/lib/generated/prisma/enums";

export type RequirementInput = {
  category: Category;
  disposalPath: DisposalPath | null;
  outcomeId: number | null;
  commitmentText: string | null;
  commitmentPublishedIn: string | null;
  commitmentDate: Date | null;
  /** ELIMINATION: the 淘汰类 item chosen from the list, or the basis written under 其他. */
  policyBasisId: number | null;
  policyBasisOther: string | null;
  /** Kinds of the case's current (not removed) evidence. */
  evidenceKinds: readonly EvidenceKind[];
  /** The case's equipment list (淘汰设备清单): a 拆除 case needs at least one item, each with its 去向. */
  equipment: readonly EquipmentCheckItem[];
};

export type Requirement = { key: string; label: string; met: boolean };

const ELIMINATION_EVIDENCE: EvidenceKind[] = [
  "ACCEPTANCE_FORM",
  "BEFORE_PHOTO",
  "AFTER_PHOTO",
  "EQUIPMENT_DESTINATION",
];
const SEALING_EVIDENCE: EvidenceKind[] = [
  "SEAL_WATER_CUT",
  "SEAL_POWER_CUT",
  "SEAL_POWER_UNIT_REMOVED",
  "SEAL_EQUIPMENT_SEALED",
];
const RECTIFICATION_EVIDENCE: EvidenceKind[] = ["BEFORE_PHOTO", "AFTER_PHOTO"];

/** The evidence kinds the rules ask for, in the order the checklist shows them. */
export function requiredEvidenceKinds(category: Category, disposalPath: DisposalPath | null): EvidenceKind[] {
  if (category === "RECTIFICATION") return RECTIFICATION_EVIDENCE;
  return disposalPath === "SEALED" ? [...ELIMINATION_EVIDENCE, ...SEALING_EVIDENCE] : ELIMINATION_EVIDENCE;
}

/** The full checklist, item by item. */
export function checklist(c: RequirementInput): Requirement[] {
  const items: Requirement[] = [];
  if (c.category === "ELIMINATION") {
    items.push({ key: "disposalPath", label: "处置方式（拆除或封存）", met: c.disposalPath !== null });
    items.push({
      key: "policyBasis",
      label: "政策依据（淘汰类条目）",
      met: c.policyBasisId !== null || !!c.policyBasisOther?.trim(),
    });
  } else {
    items.push({ key: "outcome", label: "整治结果类别", met: c.outcomeId !== null });
  }
  for (const kind of requiredEvidenceKinds(c.category, c.disposalPath)) {
    items.push({ key: kind, label: evidenceLabel(kind, c), met: c.evidenceKinds.includes(kind) });
  }
  // After 设备去向证明材料: the list of the equipment it proves.
  items.push(...equipmentRequirements(c.category, c.disposalPath, c.equipment));
  if (c.category === "ELIMINATION" && c.disposalPath === "SEALED") {
    items.push(
      { key: "commitmentText", label: "公开承诺内容", met: !!c.commitmentText?.trim() },
      { key: "commitmentPublishedIn", label: "公开承诺发布渠道", met: !!c.commitmentPublishedIn?.trim() },
      { key: "commitmentDate", label: "公开承诺日期", met: c.commitmentDate !== null },
    );
  }
  return items;
}

/** Labels of what is still missing; empty when the case may be submitted. */
export function missingItems(c: RequirementInput): string[] {
  return checklist(c)
    .filter((i) => !i.met)
    .map((i) => i.label);
}
