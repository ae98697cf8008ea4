import { describe, expect, it } from "vitest";
import { DEMO_PASSWORD } from "@/prisma/seed-data";
import { LoginLockedError, verifyLogin } from "@/server/auth/login";
import { prisma } from "@/server/db";

const t0 = new Date("2030-01-01T00:00:00Z");
const at = (minutes: number) => new Date(t0.getTime() + minutes * 60_000);

describe("password login", () => {
  it("accepts a demo account with the right password, case-insensitively on the name", async () => {
    const office = await prisma.user.findUniqueOrThrow({ where: { username: "office" } });
    expect(await verifyLogin(" Office ", DEMO_PASSWORD, t0)).toBe(office.id);
  });

  it("refuses a wrong password and an unknown account alike", async () => {
    expect(await verifyLogin("gaoqiao", "wrong-1234", t0)).toBeNull();
    expect(await verifyLogin("nobody", DEMO_PASSWORD, t0)).toBeNull();
  });

  it("stores only a bcrypt hash", async () => {
    const u = await prisma.user.findUniqueOrThrow({ where: { username: "gulin" } });
    expect(u.passwordHash).toMatch(/^\$2[aby]\$10\$/);
    expect(u.passwordHash).not.toContain(DEMO_PASSWORD);
  });

  it("locks an account after five failures, even for the right password, then lets it in again", async () => {
    for (let i = 0; i < 5; i++) expect(await verifyLogin("hengjie", "wrong-1234", at(i))).toBeNull();
    await expect(verifyLogin("hengjie", DEMO_PASSWORD, at(5))).rejects.toThrow(LoginLockedError);
    await expect(verifyLogin("hengjie", DEMO_PASSWORD, at(4))).rejects.toThrow("请15分钟后再试");
    // Other accounts are not affected.
    expect(await verifyLogin("yinjiang", DEMO_PASSWORD, at(5))).not.toBeNull();
    expect(await verifyLogin("hengjie", DEMO_PASSWORD, at(20))).not.toBeNull();
    expect(await prisma.loginThrottle.findUnique({ where: { username: "hengjie" } })).toBeNull();
  });

  it("refuses a deactivated account", async () => {
    await prisma.user.update({ where: { username: "baiyun" }, data: { active: false } });
    expect(await verifyLogin("baiyun", DEMO_PASSWORD, t0)).toBeNull();
    await prisma.user.update({ where: { username: "baiyun" }, data: { active: true } });
  });
});
