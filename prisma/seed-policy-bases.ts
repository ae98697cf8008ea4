// 政策依据 of ELIMINATION cases seeded as a starting list; the office edits it on /settings.
// EXAMPLES worded after 《产业结构调整指导目录（2019年本）》第三类 淘汰类 “一、落后生产工艺装备” (机械 = 铸造,
// 建材): check each against the published catalogue before relying on it.
export const POLICY_BASES = [
  "淘汰类 一（十）机械：无磁轭（≥0.25吨）铝壳中频感应电炉",
  "淘汰类 一（十）机械：砂型铸造粘土烘干砂型及型芯",
  "淘汰类 一（十）机械：热处理铅浴炉",
  "淘汰类 一（八）建材：砖瓦轮窑以及立窑、无顶轮窑、马蹄窑等土窑",
  "淘汰类 一（八）建材：手工切割加气混凝土生产线",
  "淘汰类 一（八）建材：窑径3.0米以下水泥机械化立窑生产线",
];

// 工业和信息化部 industry-policy items (T9: 区经信局's part, docs/domain.md §任务线). EXAMPLES worded after
// 工信部《部分工业行业淘汰落后生产工艺装备和产品指导目录（2010年本）》 and 《高耗能落后机电设备（产品）淘汰目录》:
// check each against the published documents before relying on it.
export const MIIT_POLICY_BASES = [
  "工信部 淘汰落后生产工艺装备目录（2010年本）：电镀 含氰电镀工艺",
  "工信部 淘汰落后生产工艺装备目录（2010年本）：铸造 无芯工频感应电炉",
  "工信部 高耗能落后机电设备（产品）淘汰目录：Y系列三相异步电动机",
];

/** Every seeded basis with its issuer: the 发改委 catalogue's items and 工信部's. */
export const SEEDED_POLICY_BASES = [
  ...POLICY_BASES.map((name) => ({ name, issuer: "NDRC_CATALOGUE" as const })),
  ...MIIT_POLICY_BASES.map((name) => ({ name, issuer: "MIIT" as const })),
];
