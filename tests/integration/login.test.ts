import { describe, expect, it } from "vitest";

import { DEMO_PASSWORD } from "@/prisma/seed-data";
import { LoginLockedError, verifyLogin } from "@/server/auth/login";
import { authOptions } from "@/server/auth/options";
import { endSession, signOutEverywhere, userFromToken } from "@/server/auth/session-token";
import { prisma } from "@/server/db";

const t0 = new Date("2030-01-01T00:00:00Z");
const at = (minutes: number) => new Date(t0.getTime() + minutes * 60_000);
const HOME = "10.1.1.1"; // the real user's machine
const ELSEWHERE = "198.51.100.66"; // an attacker's
const login = (username: string, password: string, when: Date, client = HOME) =>
  verifyLogin({ username, password, client }, when);

describe("password login", () => {
  it("accepts a demo account with the right password, case-insensitively on the name", async () => {
    const office = await prisma.user.findUniqueOrThrow({ where: { username: "office" } });
    expect((await login(" Office ", DEMO_PASSWORD, t0))?.id).toBe(office.id);
  });

  it("refuses a wrong password and an unknown account alike", async () => {
    expect(await login("gaoqiao", "wrong-1234", t0)).toBeNull();
    expect(await login("nobody", DEMO_PASSWORD, t0)).toBeNull();
  });

  it("stores only a bcrypt hash", async () => {
    const u = await prisma.user.findUniqueOrThrow({ where: { username: "gulin" } });
    expect(u.passwordHash).toMatch(/^\$2[aby]\$10\$/);
    expect(u.passwordHash).not.toContain(DEMO_PASSWORD);
  });

  it("locks an account on one client after five failures, even for the right password, then lets it in again", async () => {
    for (let i = 0; i < 5; i++) expect(await login("hengjie", "wrong-1234", at(i))).toBeNull();
    await expect(login("hengjie", DEMO_PASSWORD, at(5))).rejects.toThrow(LoginLockedError);
    await expect(login("hengjie", DEMO_PASSWORD, at(4))).rejects.toThrow("请15分钟后再试");
    // Other accounts are not affected.
    expect(await login("yinjiang", DEMO_PASSWORD, at(5))).not.toBeNull();
    expect(await login("hengjie", DEMO_PASSWORD, at(20))).not.toBeNull();
    expect(
      await prisma.loginThrottle.findUnique({ where: { username: "account+client:hengjie@10.1.1.1" } }),
    ).toBeNull();
  });

  it("an attacker on another machine cannot lock the office user out of their own", async () => {
    for (let i = 0; i < 5; i++) expect(await login("office", "wrong-1234", at(i), ELSEWHERE)).toBeNull();
    await expect(login("office", DEMO_PASSWORD, at(5), ELSEWHERE)).rejects.toThrow(LoginLockedError);
    expect(await login("office", DEMO_PASSWORD, at(5), HOME)).not.toBeNull();
  });

  it("locks a client that guesses across accounts", async () => {
    const names = ["gulou", "baiyun", "wangchun", "duantang", "ximen"];
    let refused = 0;
    for (let i = 0; i < 25; i++) {
      try {
        await login(names[i % names.length], "wrong-1234", at(0), "203.0.113.9");
      } catch (e) {
        expect(e).toBeInstanceOf(LoginLockedError);
        refused++;
      }
    }
    expect(refused).toBe(5); // 20 failures counted, then the address is locked
    await expect(login("nanmen", DEMO_PASSWORD, at(1), "203.0.113.9")).rejects.toThrow(LoginLockedError);
    expect(await login("nanmen", DEMO_PASSWORD, at(1), HOME)).not.toBeNull();
  });

  it("slows an account guessed from many addresses with a short, growing lock", async () => {
    for (let i = 0; i < 20; i++) expect(await login("jiangxia", "wrong-1234", at(0), `192.0.2.${i + 1}`)).toBeNull();
    await expect(login("jiangxia", DEMO_PASSWORD, at(0), HOME)).rejects.toThrow("请1分钟后再试");
    expect(await login("jiangxia", "wrong-1234", at(1), "192.0.2.99")).toBeNull();
    await expect(login("jiangxia", DEMO_PASSWORD, at(1), HOME)).rejects.toThrow("请2分钟后再试");
    expect(await login("jiangxia", DEMO_PASSWORD, at(3), HOME)).not.toBeNull();
  });

  it("counts parallel wrong passwords atomically: at most five are checked before the lock", async () => {
    const results = await Promise.allSettled(
      Array.from({ length: 30 }, () => login("longguan", "wrong-1234", at(0), "192.0.2.200")),
    );
    const checked = results.filter((r) => r.status === "fulfilled");
    const locked = results.filter((r) => r.status === "rejected" && r.reason instanceof LoginLockedError);
    expect(checked).toHaveLength(5);
    expect(locked).toHaveLength(25);
  });

  it("counts a sign-in attempt under the address the entry point recorded", async () => {
    type Authorize = (c: Record<string, string>, req: { headers: Record<string, string> }) => Promise<unknown>;
    const { authorize } = (authOptions.providers[0] as unknown as { options: { authorize: Authorize } }).options;
    const req = { headers: { "x-haishu-client-ip": "192.0.2.150", "x-forwarded-for": "6.6.6.6" } };
    expect(await authorize({ username: "gulou", password: "wrong-1234" }, req)).toBeNull();
    expect(
      await prisma.loginThrottle.findUnique({ where: { username: "account+client:gulou@192.0.2.150" } }),
    ).toMatchObject({ failures: 1 });
    expect(await authorize({ username: "gulou", password: DEMO_PASSWORD }, req)).toMatchObject({
      id: expect.any(String),
      sessionVersion: 0,
    });
  });

  it("refuses a deactivated account", async () => {
    await prisma.user.update({ where: { username: "zhangshui" }, data: { active: false } });
    expect(await login("zhangshui", DEMO_PASSWORD, t0)).toBeNull();
    await prisma.user.update({ where: { username: "zhangshui" }, data: { active: true } });
  });
});

describe("device cookies: the owner's browser keeps signing in while the account is guessed at", () => {
  it("5 failures from one address and 16 from four others lock unknown browsers, not the one that signed in before", async () => {
    const before = (await verifyLogin({ username: "dongqiao", password: DEMO_PASSWORD, client: HOME }, at(0)))!;
    expect(before.device).toMatch(/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{43}$/);
    for (let i = 0; i < 5; i++) expect(await login("dongqiao", "wrong-1234", at(1), ELSEWHERE)).toBeNull();
    let refused = 0;
    for (let i = 0; i < 16; i++) {
      await login("dongqiao", "wrong-1234", at(1), `192.0.2.${10 + (i % 4)}`).then(
        (r) => expect(r).toBeNull(),
        (e) => (expect(e).toBeInstanceOf(LoginLockedError), refused++),
      );
    }
    expect(refused).toBe(1); // the twentieth failure locked the account
    // A browser that never signed in to gaoqiao, even on the owner's own address, waits.
    await expect(login("dongqiao", DEMO_PASSWORD, at(1), HOME)).rejects.toThrow(LoginLockedError);
    // The owner's browser sends its device cookie and is let in, from any address.
    const again = await verifyLogin(
      { username: "dongqiao", password: DEMO_PASSWORD, client: "10.7.7.7", device: before.device },
      at(1),
    );
    expect(again?.id).toBe(before.id);
    expect(again?.device).toBe(before.device);
    // Another account's cookie, or a forged one, is no help.
    const other = (await verifyLogin({ username: "gulin", password: DEMO_PASSWORD, client: HOME }, at(0)))!;
    await expect(
      verifyLogin({ username: "dongqiao", password: DEMO_PASSWORD, client: HOME, device: other.device }, at(1)),
    ).rejects.toThrow(LoginLockedError);
    const forged = `${before.device.split(".")[0]}.${"A".repeat(43)}`;
    await expect(
      verifyLogin({ username: "dongqiao", password: DEMO_PASSWORD, client: HOME, device: forged }, at(1)),
    ).rejects.toThrow(LoginLockedError);
  });

  it("a trusted device is braked on its own: five wrong passwords lock that browser", async () => {
    const first = (await verifyLogin({ username: "jishigang", password: DEMO_PASSWORD, client: HOME }, at(0)))!;
    const withCookie = (password: string, when: Date) =>
      verifyLogin({ username: "jishigang", password, client: HOME, device: first.device }, when);
    for (let i = 0; i < 5; i++) expect(await withCookie("wrong-1234", at(1))).toBeNull();
    await expect(withCookie(DEMO_PASSWORD, at(2))).rejects.toThrow("请14分钟后再试");
  });
});

describe("the sign-in reads the account's device cookie from the request", () => {
  it("lets the browser that sends it in while the account is locked for others", async () => {
    type Authorize = (c: Record<string, string>, req: { headers: Record<string, string> }) => Promise<unknown>;
    const { authorize } = (authOptions.providers[0] as unknown as { options: { authorize: Authorize } }).options;
    const { device } = (await verifyLogin({ username: "wangchunpark", password: DEMO_PASSWORD, client: HOME }))!;
    for (let i = 0; i < 20; i++)
      await login("wangchunpark", "wrong-1234", new Date(), `192.0.2.${30 + (i % 5)}`).catch(() => null);
    const req = (cookie?: string) => ({ headers: { "x-haishu-client-ip": "10.2.2.2", ...(cookie ? { cookie } : {}) } });
    await expect(authorize({ username: "wangchunpark", password: DEMO_PASSWORD }, req())).rejects.toThrow(
      "登录失败次数过多",
    );
    await expect(
      authorize({ username: "wangchunpark", password: DEMO_PASSWORD }, req(`hs-device.gulin=${device}`)),
    ).rejects.toThrow("登录失败次数过多");
    expect(
      await authorize(
        { username: "WangChunPark", password: DEMO_PASSWORD },
        req(`a=b; hs-device.wangchunpark=${device}`),
      ),
    ).toMatchObject({ id: expect.any(String) });
  });
});

describe("names that are no account", () => {
  it("a name like office@fake counts on the address, never on the office account", async () => {
    for (let i = 0; i < 5; i++) expect(await login("office@fake", DEMO_PASSWORD, at(0), "192.0.2.77")).toBeNull();
    const keys = (await prisma.loginThrottle.findMany({ where: { username: { contains: "office" } } })).map(
      (r) => r.username,
    );
    expect(keys).not.toContain("account:office@fake");
    expect(keys.some((k) => k.startsWith("account+client:office@fake"))).toBe(false);
    expect(await prisma.loginThrottle.findUnique({ where: { username: "client:192.0.2.77" } })).toMatchObject({
      failures: 5,
    });
  });
});

describe("the page after the sign-in POST", () => {
  it("never leaves the site and never fails, whatever the callbackUrl", async () => {
    const redirect = authOptions.callbacks!.redirect!;
    const baseUrl = "http://portal.example:3000";
    for (const url of [
      "\\\\evil.com",
      "%2F%2Fevil.com",
      "/.//evil.example/x",
      "/x/..//evil.example",
      "https://evil.com/",
    ]) {
      const to = new URL(await redirect({ url, baseUrl }));
      expect(to.origin, url).toBe(baseUrl);
      expect(to.pathname, url).not.toMatch(/^\/\//);
    }
    expect(await redirect({ url: "/cases?unit=3", baseUrl })).toBe(`${baseUrl}/cases?unit=3`);
  });
});

describe("sessions end on the server", () => {
  it("a session token stops working once it is signed out, and a new sign-in works", async () => {
    const first = (await login("shiqi", DEMO_PASSWORD, t0))!;
    const token = { uid: first.id, sv: first.sessionVersion };
    const other = { ...token }; // the same session open in another browser, or a stolen copy of the cookie
    expect((await userFromToken(token))?.username).toBe("shiqi");
    await endSession(token);
    expect(await userFromToken(token)).toBeNull();
    expect(await userFromToken(other)).toBeNull();

    const again = (await login("shiqi", DEMO_PASSWORD, t0))!;
    expect((await userFromToken({ uid: again.id, sv: again.sessionVersion }))?.username).toBe("shiqi");
  });

  it("a token without a session version (issued before) is refused; sign out everywhere ends all sessions", async () => {
    const u = (await login("yuehu", DEMO_PASSWORD, t0))!;
    expect(await userFromToken({ uid: u.id })).toBeNull();
    await signOutEverywhere(u.id);
    expect(await userFromToken({ uid: u.id, sv: u.sessionVersion })).toBeNull();
  });
});
