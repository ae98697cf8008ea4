// What the before/after photos are called follows the case's path (docs/domain.md §佐证材料): 拆前/拆后 only where the
// equipment is dismantled, 整治前/整治后 for a 整治提升 case.
import { describe, expect, it } from "vitest";

import { evidenceLabel, photoOrderText } from "@/lib/cases/evidence-labels";
import { checklist } from "@/lib/cases/requirements";
import type { EvidenceKind } from "@/lib/generated/prisma/enums";
import { evidenceKindLabel } from "@/lib/labels";

const rectification = { category: "RECTIFICATION", disposalPath: null } as const;
const dismantled = { category: "ELIMINATION", disposalPath: "DISMANTLED" } as const;
const sealed = { category: "ELIMINATION", disposalPath: "SEALED" } as const;
const undecided = { category: "ELIMINATION", disposalPath: null } as const;

describe("evidenceLabel: the photos in the case's own words", () => {
  it.each([
    ["整治提升", rectification, "整治前照片", "整治后照片"],
    ["淘汰, 拆除主体设备", dismantled, "拆前照片", "拆后照片"],
    ["淘汰, 封存", sealed, "封存前照片", "封存后照片"],
    ["淘汰, 处置方式未选", undecided, "拆前（封存前）照片", "拆后（封存后）照片"],
  ] as const)("%s: %s / %s", (_, path, before, after) => {
    expect(evidenceLabel("BEFORE_PHOTO", path)).toBe(before);
    expect(evidenceLabel("AFTER_PHOTO", path)).toBe(after);
    expect(photoOrderText(path)).toBe(`${before}的拍摄时间晚于${after}`);
  });

  it("says 拆前/拆后 only of a dismantled elimination", () => {
    for (const path of [rectification, sealed]) {
      expect(evidenceLabel("BEFORE_PHOTO", path)).not.toMatch(/拆/);
      expect(evidenceLabel("AFTER_PHOTO", path)).not.toMatch(/拆/);
    }
    // A 整治提升 case keeps its words whatever disposal path a stale record carries.
    expect(evidenceLabel("BEFORE_PHOTO", { category: "RECTIFICATION", disposalPath: "DISMANTLED" })).toBe("整治前照片");
  });

  it("leaves every other kind as lib/labels.ts names it, and without a case uses the neutral name", () => {
    const others: EvidenceKind[] = [
      "ACCEPTANCE_FORM",
      "EQUIPMENT_DESTINATION",
      "SEAL_WATER_CUT",
      "PUBLIC_COMMITMENT",
      "OTHER",
    ];
    for (const kind of others) expect(evidenceLabel(kind, dismantled)).toBe(evidenceKindLabel[kind]);
    expect(evidenceLabel("BEFORE_PHOTO")).toBe(evidenceKindLabel.BEFORE_PHOTO);
    expect(evidenceLabel("AFTER_PHOTO", null)).toBe(evidenceKindLabel.AFTER_PHOTO);
  });

  it("is what the 上报前须具备 checklist says", () => {
    const base = {
      outcomeId: 1,
      commitmentText: null,
      commitmentPublishedIn: null,
      commitmentDate: null,
      policyBasisId: 1,
      policyBasisOther: null,
      evidenceKinds: [],
      equipment: [],
    };
    const photos = (c: Parameters<typeof checklist>[0]) =>
      checklist(c)
        .filter((i) => i.key === "BEFORE_PHOTO" || i.key === "AFTER_PHOTO")
        .map((i) => i.label);
    expect(photos({ ...base, ...rectification })).toEqual(["整治前照片", "整治后照片"]);
    expect(photos({ ...base, ...dismantled })).toEqual(["拆前照片", "拆后照片"]);
    expect(photos({ ...base, ...sealed })).toEqual(["封存前照片", "封存后照片"]);
  });
});
