// The dashboard's and units' figures are cached (server/cache.ts). A cache that answers like Next's
// data cache (key = name + arguments, entries stored as JSON, expired by tag) stands in for it here:
// a mutation through an action or an upload shows on the next read, and one unit's cached figures are
// never answered for another unit.
import { revalidateTag } from "next/cache";
import { beforeAll, describe, expect, it, vi } from "vitest";

import { POST as uploadEvidence } from "@/app/api/cases/[id]/evidence/route";
import type { Campaign } from "@/lib/generated/prisma/client";
import { getDashboard } from "@/server/dashboard/get-dashboard";
import { prisma } from "@/server/db";

import { jpeg, registerTestCase, uploadRequest } from "../helpers/fixtures";
import { actAs } from "../helpers/session";

const cache = vi.hoisted(() => ({ entries: new Map<string, { tags: string[]; json: string }>(), misses: 0 }));
vi.mock("next/cache", () => ({
  revalidatePath: vi.fn(),
  revalidateTag: vi.fn((tag: string) => {
    for (const [key, e] of cache.entries) if (e.tags.includes(tag)) cache.entries.delete(key);
  }),
  unstable_cache:
    <A extends unknown[], R>(fn: (...args: A) => Promise<R>, keyParts: string[], opts: { tags: string[] }) =>
    async (...args: A): Promise<R> => {
      const key = JSON.stringify([keyParts, args]);
      let entry = cache.entries.get(key);
      if (!entry) {
        cache.misses++;
        entry = { tags: opts.tags, json: JSON.stringify(await fn(...args)) };
        cache.entries.set(key, entry);
      }
      return JSON.parse(entry.json) as R;
    },
}));

let campaign: Campaign;
const today = () => new Date();

async function districtAs(username: string) {
  const user = await actAs(username);
  return (await getDashboard(user!, campaign, today()))!;
}

async function unitAs(username: string, unitId?: number) {
  const user = await actAs(username);
  return getDashboard(user!, campaign, today(), unitId);
}

const jsg = (d: Awaited<ReturnType<typeof districtAs>>) =>
  d.rows.find((r) => r.name === "集士港镇")!.figures.ELIMINATION;

beforeAll(async () => {
  campaign = await prisma.campaign.findFirstOrThrow({ where: { year: 2020 } });
});

describe("cached dashboard figures", () => {
  it("serves repeated reads from the cache and shows a registration and an upload on the next read", async () => {
    const before = jsg(await districtAs("office"));
    const misses = cache.misses;
    expect(jsg(await districtAs("leader"))).toEqual(before);
    expect(cache.misses).toBe(misses); // the second read (another district viewer) was a hit

    await actAs("jishigang");
    const caseId = await registerTestCase({ category: "ELIMINATION" });
    const registered = jsg(await districtAs("office"));
    expect(registered.registered).toBe(before.registered + 1);
    expect(registered.notStarted).toBe(Math.max(0, (before.target ?? 0) - before.registered - 1));

    // The first upload moves the case to 整治中 (a route handler, not an action).
    await actAs("jishigang");
    const res = await uploadEvidence(
      await uploadRequest(caseId, "BEFORE_PHOTO", { name: "拆前.jpg", bytes: await jpeg() }),
      { params: Promise.resolve({ id: caseId }) },
    );
    expect(res.status).toBe(201);
    expect(jsg(await districtAs("leader")).inProgress).toBe(before.inProgress + 1);
  });

  it("shows a change made through another instance, whose tag expiry never reaches this one's cache", async () => {
    const before = jsg(await districtAs("office"));
    expect(jsg(await districtAs("leader"))).toEqual(before); // cached here
    // The registration runs "elsewhere": its revalidateTag expires nothing in this cache.
    vi.mocked(revalidateTag).mockImplementationOnce(() => {});
    await actAs("jishigang");
    await registerTestCase({ category: "ELIMINATION" });
    expect(jsg(await districtAs("office")).registered).toBe(before.registered + 1);
  });

  it("does not answer a new database with figures another database left in the on-disk cache", async () => {
    const truth = jsg(await districtAs("office"));
    // This database has never counted a version yet (a new or restored installation) ...
    await prisma.cacheVersion.deleteMany();
    // ... and the build's cache holds another database's figures under the first versions it would have used.
    const forged = (version: number) =>
      JSON.stringify([
        ["figures", "dashboard-rows"],
        [version, campaign.id, null],
      ]);
    const real = [...cache.entries.values()].find((e) => e.json.includes("aggregate"))!;
    const poisoned = JSON.parse(real.json) as { aggregate: { n: number }[] };
    for (const row of poisoned.aggregate) row.n += 1000;
    for (const v of [0, 1, 2]) cache.entries.set(forged(v), { tags: real.tags, json: JSON.stringify(poisoned) });
    expect(jsg(await districtAs("office"))).toEqual(truth);
  });

  it("never answers one unit's cached figures for another unit", async () => {
    const own = (await unitAs("jishigang"))!;
    expect(own.unit?.name).toBe("集士港镇");
    const other = (await unitAs("gulin"))!;
    expect(other.unit?.name).toBe("古林镇");
    expect(other.rows.map((r) => r.name)).toEqual(["古林镇"]);

    // Asking for the other unit's figures is refused before any cache is consulted.
    expect(await unitAs("gulin", own.unit!.id)).toBeNull();
    // A department reads any unit's figures (信息共享, docs/domain.md §角色), and gets the unit it asked for.
    expect((await unitAs("fgj", other.unit!.id))!.unit?.name).toBe("古林镇");
    // The office reading 古林镇 gets 古林镇, even with 集士港镇's entry in the cache.
    const viaOffice = (await unitAs("office", other.unit!.id))!;
    expect(viaOffice.unit?.name).toBe("古林镇");
    expect(viaOffice.rows).toEqual(other.rows);
  });
});
