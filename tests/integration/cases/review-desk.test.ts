// The review desk: 待验收 with days waiting and integrity flags, 下一件 after a decision, 已核实 before a
// flagged acceptance, and a returned case held back until something changed.
import sharp from "sharp";
import { beforeAll, describe, expect, it } from "vitest";

import { POST } from "@/app/api/cases/[id]/evidence/route";
import { UNCHANGED_SINCE_RETURN } from "@/lib/cases/review";
import { parseReviewQueueFilters } from "@/lib/cases/review-queue";
import type { Dimension } from "@/lib/generated/prisma/enums";
import { acceptCase } from "@/server/cases/actions/accept-case";
import { returnCase } from "@/server/cases/actions/return-case";
import { submitCase } from "@/server/cases/actions/submit-case";
import { updateCase } from "@/server/cases/actions/update-case";
import { listReviewQueue, nextReviewCase } from "@/server/cases/list-review-queue";
import { prisma } from "@/server/db";
import { removeEvidence } from "@/server/evidence/actions/remove-evidence";

import { fixClock } from "../../helpers/clock";
import { registerTestCase, uploadRequest } from "../../helpers/fixtures";
import { actAs, asUser } from "../../helpers/session";

// Friday 27 November 2026, 10:00 in Beijing.
fixClock();

let outcomeId: number;
let campaignId: number;
let serial = 0;

beforeAll(async () => {
  outcomeId = (await prisma.rectificationOutcome.findFirstOrThrow()).id;
  campaignId = (await prisma.campaign.findFirstOrThrow({ where: { isCurrent: true } })).id;
});

/** A photo of its own (a size no other file has), with an EXIF capture time or none. */
async function photo(capturedAt?: string) {
  const img = sharp({ create: { width: 40 + serial++, height: 30, channels: 3, background: "#558866" } }).jpeg();
  return capturedAt ? img.withExif({ IFD2: { DateTimeOriginal: capturedAt } }).toBuffer() : img.toBuffer();
}

async function upload(caseId: string, kind: string, bytes: Buffer) {
  const res = await POST(await uploadRequest(caseId, kind, { name: `${kind}.jpg`, bytes }), {
    params: Promise.resolve({ id: caseId }),
  });
  expect(res.status).toBe(201);
  return (await res.json()) as { id: string };
}

const current = (id: string) => prisma.case.findUniqueOrThrow({ where: { id } });

/**
 * A 集士港镇 rectification case, submitted: "clean" photos carry capture times in order; otherwise
 * neither has a capture time (two flags).
 */
async function submitted({
  name,
  clean = false,
  dimensions = ["QUALITY"],
}: {
  name: string;
  clean?: boolean;
  dimensions?: Dimension[];
}) {
  return asUser("jishigang", async () => {
    const id = await registerTestCase({
      enterpriseName: name,
      category: "RECTIFICATION",
      disposalPath: undefined,
      policyBasisOther: undefined,
      outcomeId,
      dimensions,
    });
    await upload(id, "BEFORE_PHOTO", await photo(clean ? "2026:11:01 09:00:00" : undefined));
    await upload(id, "AFTER_PHOTO", await photo(clean ? "2026:11:10 09:00:00" : undefined));
    const res = await submitCase({ caseId: id, version: (await current(id)).version });
    expect(res).toMatchObject({ ok: true });
    return id;
  });
}

describe("accepting a case with integrity flags", () => {
  it("is refused without 已核实 and a note, at the field, and nothing changes", async () => {
    const id = await submitted({ name: "核实测试翻砂厂" });
    const before = await current(id);
    await actAs("office");

    const unticked = await acceptCase({ caseId: id, version: before.version });
    expect(unticked).toEqual({
      ok: false,
      code: "INVALID",
      message: "该整治对象有 2 条材料核查提示，请逐条核实后勾选“已核实”并填写核实说明",
      fieldErrors: { verified: ["该整治对象有 2 条材料核查提示，请逐条核实后勾选“已核实”并填写核实说明"] },
    });
    expect(await acceptCase({ caseId: id, version: before.version, verified: true, verifiedNote: "  " })).toEqual({
      ok: false,
      code: "INVALID",
      message: "请填写核实说明（如何核实了上述提示）",
      fieldErrors: { verifiedNote: ["请填写核实说明（如何核实了上述提示）"] },
    });
    // A note without the tick is no verification either.
    expect(await acceptCase({ caseId: id, version: before.version, verifiedNote: "已电话核实" })).toMatchObject({
      ok: false,
      fieldErrors: { verified: [expect.any(String)] },
    });

    expect(await current(id)).toEqual(before);
    expect(await prisma.review.count({ where: { caseId: id } })).toBe(0);
    expect(await prisma.auditLog.count({ where: { entityId: id, action: "case.accept" } })).toBe(0);
  });

  it("is accepted with 已核实 and a note, both recorded in the review and the audit log", async () => {
    const id = await submitted({ name: "核实通过翻砂厂" });
    const { version } = await current(id);
    await actAs("office");
    const res = await acceptCase({ caseId: id, version, verified: true, verifiedNote: " 已到现场复核，照片无误 " });
    expect(res).toMatchObject({ ok: true, data: { status: "ACCEPTED" } });
    expect(await prisma.review.findFirstOrThrow({ where: { caseId: id } })).toMatchObject({
      decision: "ACCEPT",
      verified: true,
      verifiedNote: "已到现场复核，照片无误",
      caseVersion: version + 1,
    });
    const audit = await prisma.auditLog.findFirstOrThrow({ where: { entityId: id, action: "case.accept" } });
    expect(audit.after).toMatchObject({ status: "ACCEPTED", verified: true, verifiedNote: "已到现场复核，照片无误" });
  });

  it("a lead department is held to the same rule", async () => {
    const id = await submitted({ name: "部门核实测试厂", dimensions: ["ENERGY"] });
    const { version } = await current(id);
    await actAs("fgj");
    expect(await acceptCase({ caseId: id, version })).toMatchObject({ ok: false, code: "INVALID" });
    expect(await acceptCase({ caseId: id, version, verified: true, verifiedNote: "已核实" })).toMatchObject({
      ok: true,
    });
  });

  it("a case without flags is accepted as before, nothing recorded as verified", async () => {
    const id = await submitted({ name: "无提示测试厂", clean: true });
    await actAs("office");
    expect(await acceptCase({ caseId: id, version: (await current(id)).version })).toMatchObject({ ok: true });
    expect(await prisma.review.findFirstOrThrow({ where: { caseId: id } })).toMatchObject({
      verified: false,
      verifiedNote: null,
    });
  });
});

describe("a returned case", () => {
  it("is submitted again only once something changed since the return", async () => {
    const id = await submitted({ name: "退回修改测试厂" });
    const submitNow = async () => submitCase({ caseId: id, version: (await current(id)).version });

    await actAs("office");
    expect(
      await returnCase({ caseId: id, version: (await current(id)).version, reason: "整治后照片看不清" }),
    ).toMatchObject({ ok: true });
    expect(await prisma.review.findFirstOrThrow({ where: { caseId: id } })).toMatchObject({
      decision: "RETURN",
      caseVersion: (await current(id)).version,
    });

    await actAs("jishigang");
    expect(await submitNow()).toEqual({ ok: false, code: "INVALID", message: UNCHANGED_SINCE_RETURN });
    expect((await current(id)).status).toBe("RETURNED");
    // A new photo is a change.
    const added = await upload(id, "AFTER_PHOTO", await photo("2026:11:20 09:00:00"));
    expect(await submitNow()).toMatchObject({ ok: true, data: { status: "SUBMITTED" } });

    // Returned again: removing a file is a change too.
    await asUser("office", async () =>
      returnCase({ caseId: id, version: (await current(id)).version, reason: "多传了一张照片" }),
    );
    expect(await submitNow()).toMatchObject({ ok: false, message: UNCHANGED_SINCE_RETURN });
    expect((await removeEvidence({ evidenceId: added.id, caseVersion: (await current(id)).version })).ok).toBe(true);
    expect(await submitNow()).toMatchObject({ ok: true });

    // And so is an edit of the case's details.
    await asUser("office", async () =>
      returnCase({ caseId: id, version: (await current(id)).version, reason: "整治方面填写不全" }),
    );
    expect(await submitNow()).toMatchObject({ ok: false, message: UNCHANGED_SINCE_RETURN });
    const edit = await updateCase({
      caseId: id,
      version: (await current(id)).version,
      dimensions: ["QUALITY", "SAFETY"],
      outcomeId,
    });
    expect(edit.ok).toBe(true);
    expect(await submitNow()).toMatchObject({ ok: true });
  });
});

describe("待验收", () => {
  it("lists days waiting and flags, sorts and filters, and 下一件 follows the list the reviewer came from", async () => {
    const a = await submitted({ name: "队列甲厂", dimensions: ["ENERGY"] });
    const b = await submitted({ name: "队列乙厂", clean: true });
    const c = await submitted({ name: "队列丙厂" });
    // Submitted a week ago (Friday 20 November, 10:00 Beijing), two days ago, and today.
    await prisma.case.update({ where: { id: a }, data: { submittedAt: new Date("2026-11-20T02:00:00Z") } });
    await prisma.case.update({ where: { id: b }, data: { submittedAt: new Date("2026-11-25T15:59:00Z") } });

    const office = (await actAs("office"))!;
    const list = async (params: Record<string, string>) =>
      (await listReviewQueue(office, campaignId, parseReviewQueueFilters({ q: "队列", ...params }))).rows.map((r) => [
        r.enterprise.name,
        r.daysWaiting,
        r.flagCount,
      ]);
    expect(await list({})).toEqual([
      ["队列甲厂", 7, 2],
      ["队列乙厂", 2, 0],
      ["队列丙厂", 0, 2],
    ]);
    expect((await list({ sort: "flags" })).map((r) => r[0])).toEqual(["队列甲厂", "队列丙厂", "队列乙厂"]);
    expect((await list({ sort: "recent" })).map((r) => r[0])).toEqual(["队列丙厂", "队列乙厂", "队列甲厂"]);
    expect((await list({ flag: "NONE" })).map((r) => r[0])).toEqual(["队列乙厂"]);
    expect((await list({ flag: "NO_CAPTURE_TIME" })).map((r) => r[0])).toEqual(["队列甲厂", "队列丙厂"]);

    // 区发改局 leads 能耗: only 甲 is in its queue.
    const fgj = (await actAs("fgj"))!;
    const fgjQueue = await listReviewQueue(fgj, campaignId, parseReviewQueueFilters({ q: "队列" }));
    expect(fgjQueue.rows.map((r) => r.enterprise.name)).toEqual(["队列甲厂"]);

    // The office clears the three, each decision opening the next of the same list.
    await actAs("office");
    const filters = parseReviewQueueFilters({ q: "队列" });
    const decide = async (id: string, run: (version: number) => Promise<{ ok: boolean }>) => {
      expect(await run((await current(id)).version)).toMatchObject({ ok: true });
      return (await nextReviewCase(office, campaignId, filters, id)).nextId;
    };
    // 下一件 without a decision skips to the next.
    expect((await nextReviewCase(office, campaignId, filters, a)).nextId).toBe(b);
    expect(
      await decide(a, (version) => acceptCase({ caseId: a, version, verified: true, verifiedNote: "已核实" })),
    ).toBe(b);
    expect(await decide(b, (version) => returnCase({ caseId: b, version, reason: "验收意见表未盖章" }))).toBe(c);
    expect(
      await decide(c, (version) => acceptCase({ caseId: c, version, verified: true, verifiedNote: "已核实" })),
    ).toBeNull();
    expect(await list({})).toEqual([]);
  });

  it("下一件 is nothing for a case out of the reviewer's reach", async () => {
    const office = (await actAs("office"))!;
    expect(await nextReviewCase(office, campaignId, parseReviewQueueFilters({}), "not-a-case")).toEqual({
      nextId: null,
      after: null,
    });
  });
});
