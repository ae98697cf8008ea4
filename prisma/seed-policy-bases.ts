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
