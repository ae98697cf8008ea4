// Creates a real account without demo data, e.g. the first 区工强办 administrator:
//   npm run user:create -- --username zhangsan --name 张三 --role OFFICE
//   (township: --role TOWNSHIP --unit 集士港镇; department: --role DEPARTMENT --department 区发改局;
//   expert: --role EXPERT --organisation 宁波市铸造行业协会; another district: --district 330205;
//   the city: --role CITY_OFFICE or CITY_LEADER, no district)
// The password is read from the HAISHU_PASSWORD environment variable or asked for on the terminal; it must
// satisfy the password policy (lib/accounts/password-policy.ts).
import { createInterface } from "node:readline/promises";
import { parseArgs } from "node:util";

import { z } from "zod";

import { passwordProblem } from "../lib/accounts/password-policy";
import { USERNAME_MESSAGE, USERNAME_PATTERN } from "../lib/accounts/rules";
import { createDb } from "../server/db-client";
import { hashPassword } from "../server/password";

const { values } = parseArgs({
  options: {
    username: { type: "string" },
    name: { type: "string" },
    role: { type: "string" },
    unit: { type: "string" },
    department: { type: "string" },
    organisation: { type: "string" },
    district: { type: "string" },
  },
});

const args = z
  .object({
    username: z.string().regex(USERNAME_PATTERN, USERNAME_MESSAGE),
    name: z.string().min(1, "请用 --name 给出姓名"),
    role: z.enum(
      ["OFFICE", "LEADER", "DEPARTMENT", "TOWNSHIP", "EXPERT", "CITY_OFFICE", "CITY_LEADER"],
      "角色须为 OFFICE、LEADER、DEPARTMENT、TOWNSHIP、EXPERT、CITY_OFFICE 或 CITY_LEADER",
    ),
    district: z.string().optional(),
    unit: z.string().optional(),
    department: z.string().optional(),
    organisation: z.string().trim().max(50).optional(),
  })
  .safeParse(values);
if (!args.success) {
  console.error(args.error.issues.map((i) => `${String(i.path[0])}: ${i.message}`).join("\n"));
  process.exit(1);
}
const { username, name, role, unit, department, organisation, district } = args.data;
const cityRole = role === "CITY_OFFICE" || role === "CITY_LEADER";

let password = process.env.HAISHU_PASSWORD;
if (!password) {
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  password = await rl.question("请输入新账号的密码：");
  rl.close();
}
const problem = passwordProblem(password, username); // lib/accounts/password-policy.ts: ≥10 chars, letters and digits, not the username, not a known one
if (problem) {
  console.error(problem);
  process.exit(1);
}

const { prisma, close } = createDb();
try {
  // A district account's district: --district <区划代码>, else the first (a single-district installation's only one);
  // a city account (市工强办, 市领导) has none (docs/domain.md §市级).
  const districtRow = cityRole
    ? null
    : district
      ? await prisma.district.findUnique({ where: { code: district } })
      : await prisma.district.findFirst({ orderBy: { displayOrder: "asc" } });
  if (!cityRole && !districtRow) throw new Error("区县（市）无效：--district 须为区划代码，如 330203");
  const districtId = districtRow?.id ?? -1;
  const unitRow = role === "TOWNSHIP" ? await prisma.unit.findFirst({ where: { name: unit ?? "", districtId } }) : null;
  if (role === "TOWNSHIP" && !unitRow) throw new Error("镇街账号须用 --unit 给出单位全称，如 集士港镇");
  const deptName = role === "OFFICE" ? "区工强办" : department;
  const deptRow =
    role === "OFFICE" || role === "DEPARTMENT"
      ? await prisma.department.findFirst({ where: { name: deptName ?? "", districtId } })
      : null;
  if (role === "DEPARTMENT" && !deptRow) throw new Error("部门账号须用 --department 给出部门全称，如 区发改局");
  if (role === "OFFICE" && !deptRow) throw new Error("尚未写入基础数据，请先运行 npm run db:seed");
  if (role === "EXPERT" && !organisation)
    throw new Error("行业专家账号须用 --organisation 给出所属协会/单位，如 宁波市铸造行业协会");
  const user = await prisma.user.create({
    data: {
      username,
      displayName: name,
      role,
      passwordHash: await hashPassword(password),
      unitId: unitRow?.id,
      departmentId: deptRow?.id,
      organisation: role === "EXPERT" ? organisation : null,
      districtId: districtRow?.id ?? null,
    },
  });
  await prisma.auditLog.create({
    data: {
      action: "user.createByCli",
      entity: "User",
      entityId: user.id,
      after: { username, role, name },
      districtId: districtRow?.id ?? null,
    },
  });
  console.log(`已创建账号 ${username}（${role}）`);
} catch (e) {
  console.error((e as { code?: string }).code === "P2002" ? `账号 ${username} 已存在` : (e as Error).message);
  process.exitCode = 1;
} finally {
  await close();
}
