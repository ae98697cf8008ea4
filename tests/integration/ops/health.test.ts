// /api/health: the status of the database and the file store for anyone; the version (which tells an
// attacker which known flaws to try) only for a signed-in office user or monitoring with HEALTH_TOKEN.
import { describe, expect, it, vi } from "vitest";

import { GET as health } from "@/app/api/health/route";

import { actAs } from "../../helpers/session";

const TOKEN = vi.hoisted(() => (process.env.HEALTH_TOKEN = "monitoring-token-0123456789"));

const get = (headers: Record<string, string> = {}) => health(new Request("http://localhost/api/health", { headers }));
const bodyOf = async (res: Response) => {
  expect(res.status).toBe(200);
  expect(res.headers.get("cache-control")).toBe("no-store");
  return res.json();
};

describe("GET /api/health", () => {
  it("signed out, or signed in as anyone but the office: ok, db and storage, no version", async () => {
    for (const who of [null, "leader", "jishigang", "fgj"]) {
      await actAs(who);
      expect(await bodyOf(await get())).toEqual({ ok: true, db: "ok", storage: "ok" });
    }
    await actAs(null);
    for (const authorization of [`Bearer ${TOKEN}x`, "Bearer wrong", TOKEN, `Basic ${TOKEN}`]) {
      expect(await bodyOf(await get({ authorization }))).toEqual({ ok: true, db: "ok", storage: "ok" });
    }
  });

  it("the office signed in, or the HEALTH_TOKEN bearer: with the version", async () => {
    const withVersion = { ok: true, db: "ok", storage: "ok", version: expect.stringMatching(/^\d+\.\d+\.\d+/) };
    await actAs("office");
    expect(await bodyOf(await get())).toEqual(withVersion);
    await actAs(null);
    expect(await bodyOf(await get({ authorization: `Bearer ${TOKEN}` }))).toEqual(withVersion);
  });
});
