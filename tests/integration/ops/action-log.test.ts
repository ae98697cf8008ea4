// Structured logs: every server action writes one JSON line (time, action, user id, duration, result)
// and never the input — a tip reporter's name and phone number stay out of the log.
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";

import { prisma } from "@/server/db";
import { assignTip } from "@/server/tips/actions/assign-tip";
import { submitPublicTip } from "@/server/tips/submit-public-tip";

import { jishigang } from "../../helpers/matrix-fixtures";
import { actAs } from "../../helpers/session";

vi.hoisted(() => {
  process.env.LOG_LEVEL = "info";
});

const REPORTER = { reporterName: "林秀英", reporterPhone: "13905748821" };

/** The JSON lines written to stdout while `fn` runs. */
async function logLines(fn: () => Promise<unknown>) {
  const written: string[] = [];
  const spy = vi.spyOn(process.stdout, "write").mockImplementation((chunk: string | Uint8Array) => {
    written.push(String(chunk));
    return true;
  });
  try {
    await fn();
  } finally {
    spy.mockRestore();
  }
  return written
    .join("")
    .split("\n")
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Record<string, unknown>);
}

afterEach(() => vi.restoreAllMocks());

let tipId: string;
beforeAll(async () => {
  const res = await submitPublicTip(
    { ...REPORTER, enterpriseName: "某无证铸造作坊", address: "集士港镇某村", description: "夜间生产，噪声很大" },
    [],
  );
  if (!res.ok) throw new Error(res.message);
  tipId = (await prisma.tip.findUniqueOrThrow({ where: { reference: res.reference } })).id;
});

describe("action log lines", () => {
  it("assigning a real-name tip logs one line: time, action, user id, duration, ok — and nothing of the reporter", async () => {
    const office = (await actAs("office"))!;
    const tip = await prisma.tip.findUniqueOrThrow({ where: { id: tipId } });
    let result: Awaited<ReturnType<typeof assignTip>> | undefined;
    const lines = await logLines(async () => {
      result = await assignTip({
        tipId,
        version: tip.version,
        unitId: (await jishigang()).id,
        departmentId: null,
        deadline: "2020-08-01",
        enterpriseId: null,
      });
    });
    expect(result?.ok).toBe(true);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ level: 30, msg: "action", action: "tip.assign", userId: office.id, result: "ok" });
    expect(new Date(lines[0].time as string).getTime()).not.toBeNaN();
    expect(lines[0].ms).toEqual(expect.any(Number));
    const text = JSON.stringify(lines);
    for (const secret of [REPORTER.reporterName, REPORTER.reporterPhone, "某无证铸造作坊"])
      expect(text).not.toContain(secret);
  });

  it("a refused action logs its error code, a signed-out call logs no user", async () => {
    await actAs("jishigang");
    const refused = await logLines(() =>
      assignTip({ tipId, version: 1, unitId: 1, departmentId: null, deadline: "2020-08-01", enterpriseId: null }),
    );
    expect(refused).toEqual([
      expect.objectContaining({ action: "tip.assign", result: "FORBIDDEN", userId: expect.any(String) }),
    ]);

    await actAs(null);
    const anonymous = await logLines(() =>
      assignTip({ tipId, version: 1, unitId: 1, departmentId: null, deadline: "2020-08-01", enterpriseId: null }),
    );
    expect(anonymous).toHaveLength(1);
    expect(anonymous[0]).toMatchObject({ action: "tip.assign", result: "UNAUTHENTICATED" });
    expect(anonymous[0]).not.toHaveProperty("userId");
  });
});
