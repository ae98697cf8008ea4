import { describe, expect, it } from "vitest";

import { checklist, missingItems, requiredEvidenceKinds, type RequirementInput } from "@/lib/cases/requirements";
import type { EvidenceKind } from "@/lib/generated/prisma/enums";

const base: RequirementInput = {
  category: "ELIMINATION",
  disposalPath: "DISMANTLED",
  outcomeId: null,
  commitmentText: null,
  commitmentPublishedIn: null,
  commitmentDate: null,
  evidenceKinds: [],
  policyBasisId: 1,
  policyBasisOther: null,
  equipment: [{ disposition: "SCRAPPED", destination: null }],
};
const E_ALL: EvidenceKind[] = ["ACCEPTANCE_FORM", "BEFORE_PHOTO", "AFTER_PHOTO", "EQUIPMENT_DESTINATION"];
const SEAL_ALL: EvidenceKind[] = [
  "SEAL_WATER_CUT",
  "SEAL_POWER_CUT",
  "SEAL_POWER_UNIT_REMOVED",
  "SEAL_EQUIPMENT_SEALED",
];
const commitment = {
  commitmentText: "承诺不再恢复生产",
  commitmentPublishedIn: "海曙区政府网站",
  commitmentDate: new Date("2020-06-01"),
};

// Every subset of the four elimination items: exactly the absent ones are reported, by name.
const subsets = (xs: EvidenceKind[]) =>
  xs.reduce<EvidenceKind[][]>((acc, x) => acc.concat(acc.map((s) => [...s, x])), [[]]);
const label: Record<string, string> = {
  ACCEPTANCE_FORM: "验收意见表",
  BEFORE_PHOTO: "拆前照片",
  AFTER_PHOTO: "拆后照片",
  EQUIPMENT_DESTINATION: "设备去向证明材料",
  SEAL_WATER_CUT: "断水证明",
  SEAL_POWER_CUT: "断电证明",
  SEAL_POWER_UNIT_REMOVED: "拆除动力装置证明",
  SEAL_EQUIPMENT_SEALED: "封存主体设备（生产线）证明",
};

describe("ELIMINATION, dismantled: E1 form, E2 before and after photos, E3 equipment destination", () => {
  it.each(subsets(E_ALL).map((s) => [s.join("+") || "nothing", s] as const))(
    "with %s uploaded, lists exactly what is absent",
    (_, present) => {
      const expected = E_ALL.filter((k) => !present.includes(k)).map((k) => label[k]);
      expect(missingItems({ ...base, evidenceKinds: present })).toEqual(expected);
    },
  );

  it("is complete with the four items, whatever else is uploaded", () => {
    expect(missingItems({ ...base, evidenceKinds: [...E_ALL, "OTHER", "OTHER"] })).toEqual([]);
  });

  it("asks for the disposal path before anything", () => {
    expect(missingItems({ ...base, disposalPath: null, evidenceKinds: E_ALL })).toEqual(["处置方式（拆除或封存）"]);
  });
});

describe("ELIMINATION: the policy basis (淘汰类 item or 其他) before submission", () => {
  const complete = { ...base, evidenceKinds: E_ALL };
  it("names the missing basis when neither an item nor other text is given", () => {
    expect(missingItems({ ...complete, policyBasisId: null, policyBasisOther: null })).toEqual([
      "政策依据（淘汰类条目）",
    ]);
    expect(missingItems({ ...complete, policyBasisId: null, policyBasisOther: "   " })).toEqual([
      "政策依据（淘汰类条目）",
    ]);
  });
  it("accepts an item from the list, or the other basis written out", () => {
    expect(missingItems({ ...complete, policyBasisId: 3, policyBasisOther: null })).toEqual([]);
    expect(missingItems({ ...complete, policyBasisId: null, policyBasisOther: "浙江省淘汰落后产能规定" })).toEqual([]);
  });
  it("is not asked of a RECTIFICATION case", () => {
    const rect: RequirementInput = {
      ...base,
      category: "RECTIFICATION",
      disposalPath: null,
      outcomeId: 1,
      policyBasisId: null,
      evidenceKinds: ["BEFORE_PHOTO", "AFTER_PHOTO"],
    };
    expect(missingItems(rect)).toEqual([]);
  });
});

describe("ELIMINATION, sealed: also 断水, 断电, 拆除动力装置, 封存主体设备 and a public commitment", () => {
  const sealed = { ...base, disposalPath: "SEALED" as const };

  it("calls the photos 封存前/封存后, never 拆前/拆后 (nothing is dismantled)", () => {
    expect(
      missingItems({
        ...sealed,
        ...commitment,
        evidenceKinds: ["ACCEPTANCE_FORM", "EQUIPMENT_DESTINATION", ...SEAL_ALL],
      }),
    ).toEqual(["封存前照片", "封存后照片"]);
  });

  it("needs the four sealing proofs and the commitment's text, channel and date", () => {
    expect(missingItems({ ...sealed, evidenceKinds: E_ALL })).toEqual([
      ...SEAL_ALL.map((k) => label[k]),
      "公开承诺内容",
      "公开承诺发布渠道",
      "公开承诺日期",
    ]);
  });

  it.each(SEAL_ALL)("names %s when only it is missing", (kind) => {
    const present = [...E_ALL, ...SEAL_ALL.filter((k) => k !== kind)];
    expect(missingItems({ ...sealed, ...commitment, evidenceKinds: present })).toEqual([label[kind]]);
  });

  it.each(["commitmentText", "commitmentPublishedIn", "commitmentDate"] as const)(
    "names the commitment's %s when blank",
    (field) => {
      const c = {
        ...sealed,
        ...commitment,
        [field]: field === "commitmentDate" ? null : "  ",
        evidenceKinds: [...E_ALL, ...SEAL_ALL],
      };
      expect(missingItems(c)).toHaveLength(1);
    },
  );

  it("is complete with everything", () => {
    expect(missingItems({ ...sealed, ...commitment, evidenceKinds: [...E_ALL, ...SEAL_ALL] })).toEqual([]);
  });
});

describe("RECTIFICATION: before and after photos, and an outcome", () => {
  const rect: RequirementInput = { ...base, category: "RECTIFICATION", disposalPath: null, outcomeId: 1 };

  it.each([
    [[], ["整治前照片", "整治后照片"]],
    [["BEFORE_PHOTO"], ["整治后照片"]],
    [["AFTER_PHOTO"], ["整治前照片"]],
    [["BEFORE_PHOTO", "AFTER_PHOTO"], []],
  ] as [EvidenceKind[], string[]][])("with %j lists %j", (present, expected) => {
    expect(missingItems({ ...rect, evidenceKinds: present })).toEqual(expected);
  });

  it("does not ask for elimination items", () => {
    expect(requiredEvidenceKinds("RECTIFICATION", "SEALED")).toEqual(["BEFORE_PHOTO", "AFTER_PHOTO"]);
  });

  it("asks for the outcome category", () => {
    expect(missingItems({ ...rect, outcomeId: null, evidenceKinds: ["BEFORE_PHOTO", "AFTER_PHOTO"] })).toEqual([
      "整治结果类别",
    ]);
  });

  it("marks each checklist item met or not", () => {
    expect(checklist({ ...rect, evidenceKinds: ["AFTER_PHOTO"] }).map((i) => [i.key, i.met])).toEqual([
      ["outcome", true],
      ["BEFORE_PHOTO", false],
      ["AFTER_PHOTO", true],
    ]);
  });
});

describe("ELIMINATION, dismantled: the equipment list (淘汰设备清单)", () => {
  const complete: RequirementInput = { ...base, evidenceKinds: E_ALL };

  it("asks for at least one item of equipment, and its 去向", () => {
    expect(missingItems({ ...complete, equipment: [] })).toEqual([
      "主要设备和生产线清单（至少一项）",
      "每项设备的去向",
    ]);
  });

  it("asks for the 去向 of every item: one without it is enough to refuse", () => {
    expect(
      missingItems({
        ...complete,
        equipment: [
          { disposition: "SCRAPPED", destination: null },
          { disposition: null, destination: null },
        ],
      }),
    ).toEqual(["每项设备的去向"]);
  });

  it("counts 转移至外地 as a 去向 only with where to", () => {
    expect(missingItems({ ...complete, equipment: [{ disposition: "TRANSFERRED", destination: "  " }] })).toEqual([
      "每项设备的去向",
    ]);
    expect(
      missingItems({ ...complete, equipment: [{ disposition: "TRANSFERRED", destination: "江西省萍乡市某厂" }] }),
    ).toEqual([]);
  });

  it("shows the two items right after the evidence (设备去向证明材料 last), in the checklist order", () => {
    expect(checklist({ ...complete, equipment: [] }).map((i) => i.key)).toEqual([
      "disposalPath",
      "policyBasis",
      ...E_ALL,
      "equipment",
      "equipmentDisposition",
    ]);
  });

  it("does not ask a 封存 case or a rectification for equipment", () => {
    const sealed = { ...complete, ...commitment, disposalPath: "SEALED" as const, equipment: [] };
    expect(missingItems({ ...sealed, evidenceKinds: [...E_ALL, ...SEAL_ALL] })).toEqual([]);
    const rect: RequirementInput = {
      ...base,
      category: "RECTIFICATION",
      disposalPath: null,
      outcomeId: 1,
      equipment: [],
      evidenceKinds: ["BEFORE_PHOTO", "AFTER_PHOTO"],
    };
    expect(missingItems(rect)).toEqual([]);
  });

  it("does not ask before the path is chosen (the path itself is asked for)", () => {
    expect(missingItems({ ...complete, disposalPath: null, equipment: [] })).toEqual(["处置方式（拆除或封存）"]);
  });
});
