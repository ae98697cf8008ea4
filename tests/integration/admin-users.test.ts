// The office's user administration (/admin/users) against a real database: create with a one-time
// password, edit, disable (sign-in refused, open sessions end), reset (must change at next sign-in),
// unlock, sign out everywhere, the last active office account, and the own-password change.
import { describe, expect, it } from "vitest";

import { passwordProblem } from "@/lib/accounts/password-policy";
import { PAGE_SIZE } from "@/lib/paginate";
import { DEMO_PASSWORD } from "@/prisma/seed-data";
import { LoginLockedError, verifyLogin } from "@/server/auth/login";
import { userFromToken } from "@/server/auth/session-token";
import { prisma } from "@/server/db";
import { MUST_CHANGE_PASSWORD } from "@/server/errors";
import { markNotificationsRead } from "@/server/notifications/actions/mark-notifications-read";
import { changeOwnPassword } from "@/server/users/actions/change-own-password";
import { createUser } from "@/server/users/actions/create-user";
import { resetUserPassword } from "@/server/users/actions/reset-user-password";
import { setUserActive } from "@/server/users/actions/set-user-active";
import { signOutUser } from "@/server/users/actions/sign-out-user";
import { unlockUser } from "@/server/users/actions/unlock-user";
import { updateUser } from "@/server/users/actions/update-user";
import { listUsers, parseUserFilters } from "@/server/users/list-users";
import { loadSessionUser } from "@/server/users/load-session-user";

import { HAISHU } from "../helpers/fixtures";
import { actAs, testSession } from "../helpers/session";

const unitId = async (name: string) => (await prisma.unit.findFirstOrThrow({ where: { name } })).id;
const login = (username: string, password: string, client = "10.9.9.9") => verifyLogin({ username, password, client });
const sessionOf = async (username: string) => {
  const u = await prisma.user.findUniqueOrThrow({ where: { username } });
  return { uid: u.id, sv: u.sessionVersion };
};
let n = 0;
const fresh = () => `u${Date.now().toString(36)}${n++}`;

async function newTownshipUser(unit = "古林镇") {
  await actAs("office");
  const username = fresh();
  const res = await createUser({
    username,
    displayName: "新经办人",
    role: "TOWNSHIP",
    unitId: await unitId(unit),
    departmentId: null,
    phone: "0574-88888888",
  });
  if (!res.ok) throw new Error(res.message);
  return res.data;
}

describe("creating an account", () => {
  it("gives a township account its unit and a one-time password that meets the policy and must be changed", async () => {
    const { id, username, oneTimePassword } = await newTownshipUser();
    expect(passwordProblem(oneTimePassword, username)).toBeNull();
    const user = await prisma.user.findUniqueOrThrow({ where: { id }, include: { unit: true } });
    expect(user).toMatchObject({
      role: "TOWNSHIP",
      unit: { name: "古林镇" },
      departmentId: null,
      mustChangePassword: true,
      phone: "0574-88888888",
      active: true,
    });
    expect(user.passwordHash).not.toContain(oneTimePassword);
    expect((await login(username, oneTimePassword))?.id).toBe(id);
    expect((await prisma.user.findUniqueOrThrow({ where: { id } })).lastLoginAt).toBeInstanceOf(Date);
    // Audited without the password or its hash.
    const audit = await prisma.auditLog.findFirstOrThrow({ where: { action: "user.create", entityId: id } });
    expect(audit.after).toMatchObject({ username, unit: "古林镇", role: "TOWNSHIP" });
    expect(JSON.stringify(audit.after)).not.toMatch(/passwordHash|\$2[aby]\$/);
    expect(JSON.stringify(audit.after)).not.toContain(oneTimePassword);
  });

  it("requires the unit or department the role needs; the office belongs to 区工强办; a name is taken once", async () => {
    await actAs("office");
    const base = { displayName: "张三", unitId: null, departmentId: null, phone: null };
    expect(await createUser({ ...base, username: fresh(), role: "TOWNSHIP" })).toMatchObject({
      ok: false,
      code: "INVALID",
      message: "镇街/园区经办人须选择所属单位",
    });
    expect(await createUser({ ...base, username: fresh(), role: "DEPARTMENT" })).toMatchObject({
      ok: false,
      code: "INVALID",
      message: "牵头部门账号须选择所属部门",
    });
    const office = await createUser({ ...base, username: fresh(), role: "OFFICE", unitId: await unitId("古林镇") });
    expect(office.ok).toBe(true);
    const row = await prisma.user.findUniqueOrThrow({
      where: { id: (office as { data: { id: string } }).data.id },
      include: { department: true },
    });
    expect([row.unitId, row.department?.isOffice]).toEqual([null, true]);
    expect(await createUser({ ...base, username: "gulin", role: "LEADER" })).toMatchObject({
      ok: false,
      code: "CONFLICT",
      message: "账号 gulin 已存在",
    });
    expect(await createUser({ ...base, username: "Bad Name", role: "LEADER" })).toMatchObject({
      ok: false,
      code: "INVALID",
    });
  });

  it("is refused to everyone but the office", async () => {
    for (const who of ["leader", "fgj", "jishigang"]) {
      await actAs(who);
      expect(
        await createUser({
          username: fresh(),
          displayName: "x",
          role: "LEADER",
          unitId: null,
          departmentId: null,
          phone: null,
        }),
      ).toMatchObject({ ok: false, code: "FORBIDDEN" });
    }
  });
});

describe("disabling and enabling", () => {
  it("refuses the disabled account's sign-in and ends its open session at once; enabling lets it in again", async () => {
    const { id, username, oneTimePassword } = await newTownshipUser();
    const token = await sessionOf(username);
    expect(await userFromToken(token)).not.toBeNull();
    await actAs("office");
    expect(await setUserActive({ userId: id, active: false })).toMatchObject({ ok: true });
    expect(await userFromToken(token)).toBeNull();
    expect(await login(username, oneTimePassword)).toBeNull();
    expect((await listUsers(HAISHU, parseUserFilters({ q: username }))).rows[0].status).toBe("DISABLED");
    expect(await setUserActive({ userId: id, active: true })).toMatchObject({ ok: true });
    expect((await login(username, oneTimePassword))?.id).toBe(id);
    expect(await prisma.auditLog.count({ where: { action: "user.setActive", entityId: id } })).toBe(2);
  });

  it("never disables one's own account, and never the last active office account (two offices at once)", async () => {
    const me = await actAs("office");
    expect(await setUserActive({ userId: me!.id, active: false })).toMatchObject({
      ok: false,
      code: "INVALID",
      message: "不能停用自己的账号",
    });
    // Only the demo office account active to begin with (earlier tests here made others).
    await prisma.user.updateMany({ where: { role: "OFFICE", username: { not: "office" } }, data: { active: false } });

    const second = await createUser({
      username: fresh(),
      displayName: "第二管理员",
      role: "OFFICE",
      unitId: null,
      departmentId: null,
      phone: null,
    });
    const secondId = (second as { data: { id: string } }).data.id;
    await prisma.user.update({ where: { id: secondId }, data: { mustChangePassword: false } }); // has set its own password
    // The second office opened the page (its session loaded) before the first disabled it …
    const secondSession = await loadSessionUser(secondId);
    expect(await setUserActive({ userId: secondId, active: false })).toMatchObject({ ok: true });
    // … and now tries to disable the first, which is the last active office account.
    testSession.user = secondSession;
    expect(await setUserActive({ userId: me!.id, active: false })).toMatchObject({
      ok: false,
      code: "INVALID",
      message: "这是最后一个启用的区工强办账号，不能停用或改为其他角色",
    });
    expect(
      await updateUser({
        userId: me!.id,
        displayName: "区工强办",
        role: "LEADER",
        unitId: null,
        departmentId: null,
        phone: null,
      }),
    ).toMatchObject({ ok: false, code: "INVALID", message: "这是最后一个启用的区工强办账号，不能停用或改为其他角色" });
    expect((await prisma.user.findUniqueOrThrow({ where: { id: me!.id } })).active).toBe(true);

    // With another active office account, demoting is allowed; one's own role never changes.
    await actAs("office");
    expect(await setUserActive({ userId: secondId, active: true })).toMatchObject({ ok: true });
    expect(
      await updateUser({
        userId: me!.id,
        displayName: "x",
        role: "LEADER",
        unitId: null,
        departmentId: null,
        phone: null,
      }),
    ).toMatchObject({ ok: false, message: "不能修改自己账号的角色" });
    expect(
      await updateUser({
        userId: secondId,
        displayName: "改任区领导",
        role: "LEADER",
        unitId: null,
        departmentId: null,
        phone: null,
      }),
    ).toMatchObject({ ok: true });
    expect(await prisma.user.findUniqueOrThrow({ where: { id: secondId } })).toMatchObject({
      role: "LEADER",
      departmentId: null,
      displayName: "改任区领导",
    });
  });
});

describe("editing an account", () => {
  it("moves a township account to another unit and ends its open sessions (the new scope applies from the next sign-in)", async () => {
    const { id, username } = await newTownshipUser();
    const token = await sessionOf(username);
    expect(
      await updateUser({
        userId: id,
        displayName: "李四",
        role: "TOWNSHIP",
        unitId: await unitId("高桥镇"),
        departmentId: null,
        phone: "",
      }),
    ).toMatchObject({ ok: true });
    expect(await prisma.user.findUniqueOrThrow({ where: { id }, include: { unit: true } })).toMatchObject({
      displayName: "李四",
      phone: null,
      unit: { name: "高桥镇" },
    });
    expect(await userFromToken(token)).toBeNull();
    const audit = await prisma.auditLog.findFirstOrThrow({ where: { action: "user.update", entityId: id } });
    expect([audit.before, audit.after]).toMatchObject([
      { unit: "古林镇", displayName: "新经办人" },
      { unit: "高桥镇", displayName: "李四" },
    ]);
  });
});

describe("resetting a password", () => {
  it("gives a one-time password, ends sessions; until changed every action is refused; the change must meet the policy", async () => {
    const { id, username, oneTimePassword: first } = await newTownshipUser();
    expect(
      await changeOwnPassword({ current: first, next: "Spring-garden-2026", repeat: "Spring-garden-2026" }),
    ).toMatchObject({ ok: false }); // acting as office: wrong current password
    await actAs(username);
    expect(
      await changeOwnPassword({ current: first, next: "Spring-garden-2026", repeat: "Spring-garden-2026" }),
    ).toMatchObject({ ok: true });
    const token = await sessionOf(username);

    await actAs("office");
    const reset = await resetUserPassword({ userId: id });
    expect(reset).toMatchObject({ ok: true, data: { username } });
    const otp = (reset as { data: { oneTimePassword: string } }).data.oneTimePassword;
    expect(passwordProblem(otp, username)).toBeNull();
    expect(await userFromToken(token)).toBeNull();
    expect(await login(username, "Spring-garden-2026")).toBeNull();
    expect((await login(username, otp))?.id).toBe(id);

    // Signed in with the one-time password: must change it first.
    const me = await actAs(username);
    expect(me?.mustChangePassword).toBe(true);
    expect(await markNotificationsRead({ id: "abcdefghij" })).toMatchObject({
      ok: false,
      code: "FORBIDDEN",
      message: MUST_CHANGE_PASSWORD,
    });
    const change = (next: string, repeat = next, current = otp) => changeOwnPassword({ current, next, repeat });
    expect(await change("short1")).toMatchObject({ ok: false, message: "密码至少10位" });
    expect(await change("onlyletterspassword")).toMatchObject({ ok: false, message: "密码须同时包含字母和数字" });
    expect(await change(`${username}-2026`)).toMatchObject({
      ok: false,
      message: "密码不能与账号相同，也不能包含账号",
      fieldErrors: { next: ["密码不能与账号相同，也不能包含账号"] },
    });
    expect(await change("Password123")).toMatchObject({ ok: false, message: "该密码过于常见（如演示密码），请换一个" });
    // Each refusal at the field it concerns (the form shows it there and in its list of what to fix).
    expect(await change("Harbour-lights-77", "Harbour-lights-78")).toMatchObject({
      ok: false,
      message: "两次输入的新密码不一致",
      fieldErrors: { repeat: ["两次输入的新密码不一致"] },
    });
    expect(await change("Harbour-lights-77", "Harbour-lights-77", "wrong-current-1")).toMatchObject({
      ok: false,
      message: "当前密码不正确",
      fieldErrors: { current: ["当前密码不正确"] },
    });
    expect(await change(otp)).toMatchObject({ ok: false, message: "新密码不能与当前密码相同" });
    const before = await sessionOf(username);
    expect(await change("Harbour-lights-77")).toMatchObject({ ok: true });
    // Every earlier session ends (the page signs in again with the new password); the flag is cleared.
    expect(await userFromToken(before)).toBeNull();
    expect((await prisma.user.findUniqueOrThrow({ where: { id } })).mustChangePassword).toBe(false);
    expect(await login(username, otp)).toBeNull();
    expect((await login(username, "Harbour-lights-77"))?.id).toBe(id);
    expect((await actAs(username))?.mustChangePassword).toBe(false);
  });

  it("is not for one's own account (that is the own-password page)", async () => {
    const me = await actAs("office");
    expect(await resetUserPassword({ userId: me!.id })).toMatchObject({
      ok: false,
      message: "请在“修改密码”页修改自己的密码",
    });
  });
});

describe("unlocking and signing out everywhere", () => {
  it("unlocks an account locked by failed sign-ins, listed as 已锁定 until then", async () => {
    const { id, username, oneTimePassword } = await newTownshipUser();
    for (let i = 0; i < 5; i++) expect(await login(username, "wrong-password-1")).toBeNull();
    await expect(login(username, oneTimePassword)).rejects.toThrow(LoginLockedError);
    await actAs("office");
    expect((await listUsers(HAISHU, parseUserFilters({ status: "LOCKED" }))).rows.map((r) => r.username)).toContain(
      username,
    );
    expect((await listUsers(HAISHU, parseUserFilters({ status: "ACTIVE" }))).rows.map((r) => r.username)).not.toContain(
      username,
    );
    expect(await unlockUser({ userId: id })).toMatchObject({ ok: true, data: { cleared: 2 } });
    expect((await listUsers(HAISHU, parseUserFilters({ q: username }))).rows[0].status).toBe("ACTIVE");
    expect((await login(username, oneTimePassword))?.id).toBe(id);
  });

  it("five failures as office@fake lock no account: office stays 正常 and signs in", async () => {
    for (let i = 0; i < 5; i++) expect(await login("office@fake", "wrong-password-1", "10.9.9.50")).toBeNull();
    await actAs("office");
    const office = (await listUsers(HAISHU, parseUserFilters({ q: "office" }))).rows.find(
      (r) => r.username === "office",
    )!;
    expect(office.status).toBe("ACTIVE");
    expect(office.attack).toBeNull();
    expect((await listUsers(HAISHU, parseUserFilters({ status: "LOCKED" }))).rows.map((r) => r.username)).not.toContain(
      "office",
    );
    expect(await login("office", DEMO_PASSWORD, "10.9.9.50")).not.toBeNull();
  });

  it("tells the office that an account is being guessed at from several addresses", async () => {
    const { username } = await newTownshipUser();
    for (let i = 0; i < 6; i++) expect(await login(username, "wrong-password-1", `10.8.0.${i % 3}`)).toBeNull();
    await actAs("office");
    const row = (await listUsers(HAISHU, parseUserFilters({ q: username }))).rows[0];
    expect(row.attack).toBe("近期多次登录失败（6 次，来自 3 个地址）");
    expect(row.status).toBe("ACTIVE");
  });

  it("ends every open session of an account, which may sign in again", async () => {
    const { id, username, oneTimePassword } = await newTownshipUser();
    const token = await sessionOf(username);
    await actAs("office");
    expect(await signOutUser({ userId: id })).toMatchObject({ ok: true });
    expect(await userFromToken(token)).toBeNull();
    expect((await login(username, oneTimePassword))?.id).toBe(id);
  });
});

describe("the account list", () => {
  it("filters by role, unit, department, status and text, and pages", async () => {
    await actAs("office");
    const page = async (q: Record<string, string>) =>
      (await listUsers(HAISHU, parseUserFilters(q))).rows.map((r) => r.username);
    const leaders = (await listUsers(HAISHU, parseUserFilters({ role: "LEADER" }))).rows;
    expect(leaders.map((r) => r.username)).toContain("leader");
    expect(leaders.every((r) => r.role === "LEADER")).toBe(true);
    expect(await page({ unit: String(await unitId("集士港镇")) })).toContain("jishigang");
    expect(await page({ unit: String(await unitId("集士港镇")) })).not.toContain("gulin");
    const fgj = await prisma.department.findFirstOrThrow({ where: { code: "FGJ" } });
    expect(await page({ department: String(fgj.id) })).toEqual(["fgj"]);
    expect(await page({ q: "GULIN" })).toContain("gulin");
    expect(await page({ role: "nonsense", status: "x" })).toContain("office"); // malformed filters are ignored
    const all = await listUsers(HAISHU, parseUserFilters({}));
    expect(all.total).toBeGreaterThan(PAGE_SIZE);
    expect(all.rows).toHaveLength(PAGE_SIZE);
    const last = await listUsers(HAISHU, parseUserFilters({ page: "999" }));
    expect(last.page).toBe(last.pages);
  });

  it("a demo password is still the seed's only (the policy refuses it for anyone setting one)", () => {
    expect(passwordProblem(DEMO_PASSWORD, "office")).not.toBeNull();
  });
});
