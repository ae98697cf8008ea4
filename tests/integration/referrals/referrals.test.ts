// 行业专家意见 (docs/domain.md §督办): the expert sees only what was referred to them — the referral, the case's evidence
// — and nothing else; another expert sees nothing; a department refers only cases in its remit; the
// opinion is written once; the referrer is told.
import { beforeAll, describe, expect, it } from "vitest";

import { POST as uploadEvidence } from "@/app/api/cases/[id]/evidence/route";
import { GET as getEvidence } from "@/app/api/evidence/[id]/route";
import { POST as uploadOpinionFile } from "@/app/api/referrals/[id]/files/route";
import { GET as getOpinionFile } from "@/app/api/referrals/files/[id]/route";
import { prisma } from "@/server/db";
import { answerReferral } from "@/server/referrals/actions/answer-referral";
import { referToExpert } from "@/server/referrals/actions/refer-to-expert";
import { removeOpinionFile } from "@/server/referrals/actions/remove-opinion-file";
import { withdrawReferral } from "@/server/referrals/actions/withdraw-referral";
import { getReferral, listReferrals, reviewQueueOpinions, subjectReferrals } from "@/server/referrals/read-referrals";
import { createUser } from "@/server/users/actions/create-user";
import { loadSessionUser } from "@/server/users/load-session-user";

import { jpeg, multipartRequest, registerTestCase, uploadRequest } from "../../helpers/fixtures";
import { actAs, asUser } from "../../helpers/session";

const params = (id: string) => ({ params: Promise.resolve({ id }) });
const get = (path: string) => new Request(`http://localhost${path}`);

let referredCase: string;
let otherCase: string;
let referredEvidence: string;
let otherEvidence: string;
let expertId: string;

async function caseWithPhoto(dimensions: string[]) {
  const id = await asUser("jishigang", () => registerTestCase({ dimensions }));
  const res = await asUser("jishigang", async () =>
    uploadEvidence(await uploadRequest(id, "BEFORE_PHOTO", { name: "拆前.jpg", bytes: await jpeg() }), params(id)),
  );
  expect(res.status).toBe(201);
  await prisma.case.update({ where: { id }, data: { status: "SUBMITTED", submittedAt: new Date() } });
  return { id, evidenceId: (await res.json()).id as string };
}

const sessionOf = async (username: string) =>
  (await loadSessionUser((await prisma.user.findUniqueOrThrow({ where: { username } })).id))!;

beforeAll(async () => {
  const a = await caseWithPhoto(["ENERGY"]);
  const b = await caseWithPhoto(["ENERGY"]);
  [referredCase, referredEvidence, otherCase, otherEvidence] = [a.id, a.evidenceId, b.id, b.evidenceId];
  expertId = (await prisma.user.findUniqueOrThrow({ where: { username: "expert" } })).id;
  // A second expert of another association, created by the office as in /admin/users.
  const res = await asUser("office", () =>
    createUser({
      username: "expert2",
      displayName: "李工",
      role: "EXPERT",
      unitId: null,
      departmentId: null,
      phone: "",
      organisation: "宁波市机械行业协会",
    }),
  );
  expect(res.ok).toBe(true);
  await prisma.user.update({ where: { username: "expert2" }, data: { mustChangePassword: false } });
});

describe("referring a case", () => {
  it("the office refers a case to the demo expert, who is notified", async () => {
    await actAs("office");
    const res = await referToExpert({ caseId: referredCase, expertId, question: "该冲天炉是否属于淘汰类设备？" });
    expect(res.ok).toBe(true);
    const notice = await prisma.notification.findFirstOrThrow({
      where: { recipientId: expertId },
      orderBy: { createdAt: "desc" },
    });
    expect(notice.text).toMatch(/^收到专家咨询：/);
    expect(notice.href).toBe(`/referrals/${(res as { data: { id: string } }).data.id}`);
  });

  it("a department refers only the cases in its remit (区发改局 leads 能耗; 区应急管理局 does not)", async () => {
    expect(
      await asUser("fgj", () =>
        referToExpert({ caseId: referredCase, expertId, question: "拆除是否到位？请看拆后照片" }),
      ),
    ).toMatchObject({ ok: true });
    expect(
      await asUser("yjgl", () =>
        referToExpert({ caseId: referredCase, expertId, question: "拆除是否到位？请看拆后照片" }),
      ),
    ).toMatchObject({ ok: false, code: "NOT_FOUND" });
    const before = await prisma.expertReferral.count();
    expect(
      await asUser("jishigang", () =>
        referToExpert({ caseId: referredCase, expertId, question: "本单位自己咨询可以吗" }),
      ),
    ).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await prisma.expertReferral.count()).toBe(before);
  });

  it("only to an active expert account", async () => {
    const fgj = await prisma.user.findUniqueOrThrow({ where: { username: "fgj" } });
    expect(
      await asUser("office", () =>
        referToExpert({ caseId: referredCase, expertId: fgj.id, question: "请部门经办人答复" }),
      ),
    ).toMatchObject({ ok: false, code: "INVALID", message: "请选择启用中的行业专家账号" });
  });
});

describe("what the expert sees", () => {
  it("lists only the referrals addressed to them, and the referred case's evidence", async () => {
    const expert = await sessionOf("expert");
    const list = await listReferrals(expert, "OPEN", 1);
    expect(list.rows.map((r) => r.caseId)).toEqual([referredCase, referredCase]);
    const page = await getReferral(expert, list.rows[0].id);
    expect(page?.case?.evidence.map((e) => e.id)).toEqual([referredEvidence]);
    expect(
      (await asUser("expert", () => getEvidence(get(`/api/evidence/${referredEvidence}`), params(referredEvidence))))
        .status,
    ).toBe(200);
  });

  it("never the evidence of a case not referred to them", async () => {
    const res = await asUser("expert", () => getEvidence(get(`/api/evidence/${otherEvidence}`), params(otherEvidence)));
    expect(res.status).toBe(404);
    expect(await subjectReferrals(await sessionOf("expert"), { caseId: otherCase })).toEqual([]);
  });

  it("another expert sees nothing: no referral, no evidence, no answer", async () => {
    const other = await sessionOf("expert2");
    expect((await listReferrals(other, "OPEN", 1)).total).toBe(0);
    const referral = await prisma.expertReferral.findFirstOrThrow({ where: { caseId: referredCase } });
    expect(await getReferral(other, referral.id)).toBeNull();
    expect(
      (await asUser("expert2", () => getEvidence(get(`/api/evidence/${referredEvidence}`), params(referredEvidence))))
        .status,
    ).toBe(404);
    expect(
      await asUser("expert2", () =>
        answerReferral({
          referralId: referral.id,
          version: referral.version,
          conclusion: "CONFIRMED",
          opinion: "冒名答复的意见",
        }),
      ),
    ).toMatchObject({ ok: false, code: "NOT_FOUND" });
  });

  it("a township reads no referral and no opinion", async () => {
    expect(await subjectReferrals(await sessionOf("jishigang"), { caseId: referredCase })).toEqual([]);
  });
});

describe("the opinion", () => {
  it("is written once, with attachments before; the referrer is notified; afterwards nothing changes", async () => {
    const referral = await prisma.expertReferral.findFirstOrThrow({
      where: { caseId: referredCase, departmentId: null },
      orderBy: { referredAt: "asc" },
    });
    const send = async () =>
      uploadOpinionFile(
        await multipartRequest(`http://localhost/api/referrals/${referral.id}/files`, {}, [
          { field: "file", name: "意见附件.jpg", type: "image/jpeg", bytes: await jpeg() },
        ]),
        params(referral.id),
      );
    // Another expert cannot attach files to it.
    expect((await asUser("expert2", send)).status).toBe(404);
    const upload = await asUser("expert", send);
    expect(upload.status).toBe(201);
    const fileId = (await upload.json()).id as string;

    const res = await asUser("expert", () =>
      answerReferral({
        referralId: referral.id,
        version: referral.version,
        conclusion: "CONFIRMED",
        opinion: "属于淘汰类第一项，拆除到位。",
      }),
    );
    expect(res.ok).toBe(true);
    const office = await prisma.user.findUniqueOrThrow({ where: { username: "office" } });
    const told = await prisma.notification.findFirstOrThrow({
      where: { recipientId: office.id, text: { startsWith: "专家已答复" } },
    });
    expect(told.href).toBe(`/cases/${referredCase}`);

    const after = await prisma.expertReferral.findUniqueOrThrow({ where: { id: referral.id } });
    expect(
      await asUser("expert", () =>
        answerReferral({
          referralId: referral.id,
          version: after.version,
          conclusion: "NOT_CONFIRMED",
          opinion: "改主意了，改一下",
        }),
      ),
    ).toMatchObject({ ok: false, code: "FORBIDDEN", message: "该咨询已答复，意见不能再修改" });
    expect((await asUser("expert", send)).status).toBe(403);
    expect(
      await asUser("office", () => withdrawReferral({ referralId: referral.id, version: after.version })),
    ).toMatchObject({ ok: false, message: "专家已答复，不能撤回" });

    // The reviewer reads it on the case; the file opens for the office and the expert, never for a township.
    const shown = await subjectReferrals(await sessionOf("office"), { caseId: referredCase });
    expect(shown.find((r) => r.id === referral.id)).toMatchObject({
      state: "ANSWERED",
      conclusion: "CONFIRMED",
      expert: { organisation: "宁波市铸造行业协会" },
    });
    expect(
      (await asUser("office", () => getOpinionFile(get(`/api/referrals/files/${fileId}`), params(fileId)))).status,
    ).toBe(200);
    expect(
      (await asUser("expert", () => getOpinionFile(get(`/api/referrals/files/${fileId}`), params(fileId)))).status,
    ).toBe(200);
    expect(
      (await asUser("jishigang", () => getOpinionFile(get(`/api/referrals/files/${fileId}`), params(fileId)))).status,
    ).toBe(404);
    expect(
      (await asUser("expert2", () => getOpinionFile(get(`/api/referrals/files/${fileId}`), params(fileId)))).status,
    ).toBe(404);
  });

  it("an attachment uploaded by mistake is removed by the expert before answering: gone from the page and the download, kept in the database", async () => {
    const c = await caseWithPhoto(["ENERGY"]);
    const id = (
      (await asUser("office", () =>
        referToExpert({ caseId: c.id, expertId, question: "附件删除：是否拆除到位？" }),
      )) as { data: { id: string } }
    ).data.id;
    const send = async (name: string) =>
      uploadOpinionFile(
        await multipartRequest(`http://localhost/api/referrals/${id}/files`, {}, [
          { field: "file", name, type: "image/jpeg", bytes: await jpeg() },
        ]),
        params(id),
      );
    const wrong = (await (await asUser("expert", () => send("传错的.jpg"))).json()).id as string;
    const right = (await (await asUser("expert", () => send("现场.jpg"))).json()).id as string;
    let version = (await prisma.expertReferral.findUniqueOrThrow({ where: { id } })).version;

    expect(await asUser("expert2", () => removeOpinionFile({ fileId: wrong, version }))).toMatchObject({
      ok: false,
      code: "NOT_FOUND",
    });
    expect(await asUser("office", () => removeOpinionFile({ fileId: wrong, version }))).toMatchObject({
      ok: false,
      code: "FORBIDDEN",
    });
    expect(await asUser("expert", () => removeOpinionFile({ fileId: wrong, version: version + 1 }))).toMatchObject({
      ok: false,
      code: "CONFLICT",
    });
    expect(await asUser("expert", () => removeOpinionFile({ fileId: wrong, version }))).toMatchObject({ ok: true });
    expect((await getReferral(await sessionOf("expert"), id))!.files.map((f) => f.originalName)).toEqual(["现场.jpg"]);
    expect(
      (await asUser("office", () => getOpinionFile(get(`/api/referrals/files/${wrong}`), params(wrong)))).status,
    ).toBe(404);
    expect((await prisma.expertOpinionFile.findUniqueOrThrow({ where: { id: wrong } })).deletedAt).toBeInstanceOf(Date);
    expect(await prisma.auditLog.count({ where: { action: "referral.removeFile", entityId: wrong } })).toBe(1);

    // The version moved on: the form built before is stale; once answered, nothing is removed.
    expect(
      await asUser("expert", () =>
        answerReferral({ referralId: id, version, conclusion: "CONFIRMED", opinion: "拆除到位，见现场照片。" }),
      ),
    ).toMatchObject({ ok: false, code: "CONFLICT" });
    version += 1;
    expect(
      await asUser("expert", () =>
        answerReferral({ referralId: id, version, conclusion: "CONFIRMED", opinion: "拆除到位，见现场照片。" }),
      ),
    ).toMatchObject({ ok: true });
    expect(await asUser("expert", () => removeOpinionFile({ fileId: right, version: version + 1 }))).toMatchObject({
      ok: false,
      code: "FORBIDDEN",
      message: "该咨询已答复，意见不能再修改",
    });
    expect(
      (await subjectReferrals(await sessionOf("office"), { caseId: c.id }))[0].files.map((f) => f.originalName),
    ).toEqual(["现场.jpg"]);
  });

  it("a withdrawn referral disappears for the expert, evidence included", async () => {
    const c = await caseWithPhoto(["ENERGY"]);
    const res = await asUser("fgj", () => referToExpert({ caseId: c.id, expertId, question: "请判断是否拆除到位" }));
    const id = (res as { data: { id: string } }).data.id;
    expect(
      (await asUser("expert", () => getEvidence(get(`/api/evidence/${c.evidenceId}`), params(c.evidenceId)))).status,
    ).toBe(200);
    // Another department cannot withdraw 区发改局's referral.
    expect(await asUser("yjgl", () => withdrawReferral({ referralId: id, version: 0 }))).toMatchObject({
      ok: false,
      code: "FORBIDDEN",
    });
    expect(await asUser("fgj", () => withdrawReferral({ referralId: id, version: 0 }))).toMatchObject({ ok: true });
    expect(await getReferral(await sessionOf("expert"), id)).toBeNull();
    expect(
      (await asUser("expert", () => getEvidence(get(`/api/evidence/${c.evidenceId}`), params(c.evidenceId)))).status,
    ).toBe(404);
    expect(
      await asUser("expert", () =>
        answerReferral({ referralId: id, version: 1, conclusion: "CONFIRMED", opinion: "撤回之后的答复" }),
      ),
    ).toMatchObject({ ok: false, code: "NOT_FOUND" });
  });
});

describe("the review queue's summary", () => {
  it("lists the opinions on submitted cases in the reviewer's remit only", async () => {
    const campaign = await prisma.campaign.findFirstOrThrow({ where: { isCurrent: true } });
    const ofCase = async (username: string) =>
      (await reviewQueueOpinions(await sessionOf(username), campaign)).rows.filter((r) => r.caseId === referredCase);
    expect((await ofCase("fgj")).map((r) => r.state).sort()).toEqual(["ANSWERED", "OPEN"]);
    expect(await ofCase("office")).toHaveLength(2);
    expect(await ofCase("yjgl")).toEqual([]);
  });
});

describe("expert accounts", () => {
  it("need an organisation", async () => {
    expect(
      await asUser("office", () =>
        createUser({
          username: "expert3",
          displayName: "赵工",
          role: "EXPERT",
          unitId: null,
          departmentId: null,
          phone: "",
        }),
      ),
    ).toMatchObject({ ok: false, code: "INVALID", message: "行业专家账号须填写所属协会/单位" });
    expect(await prisma.user.findUnique({ where: { username: "expert2" } })).toMatchObject({
      role: "EXPERT",
      organisation: "宁波市机械行业协会",
      unitId: null,
      departmentId: null,
    });
  });

  it("the demo expert belongs to 宁波市铸造行业协会", async () => {
    expect(await prisma.user.findUniqueOrThrow({ where: { username: "expert" } })).toMatchObject({
      role: "EXPERT",
      organisation: "宁波市铸造行业协会",
    });
  });
});

describe("referring an inspection finding", () => {
  let findingId: string;
  beforeAll(async () => {
    const [campaign, unit, office, yjgl] = await Promise.all([
      prisma.campaign.findFirstOrThrow({ where: { isCurrent: true } }),
      prisma.unit.findFirstOrThrow({ where: { name: "集士港镇" } }),
      prisma.user.findUniqueOrThrow({ where: { username: "office" } }),
      prisma.department.findFirstOrThrow({ where: { code: "YJGL" } }),
    ]);
    const round = await prisma.inspectionRound.create({
      data: {
        campaignId: campaign.id,
        title: "有限空间专项检查",
        startDate: new Date("2020-07-01"),
        endDate: new Date("2020-07-10"),
        checklist: "抽查",
        createdById: office.id,
        units: { create: { unitId: unit.id } },
        departments: { create: { departmentId: yjgl.id } },
      },
    });
    findingId = (
      await prisma.inspectionFinding.create({
        data: {
          roundId: round.id,
          unitId: unit.id,
          problem: "有限空间作业未配气体检测仪",
          requirement: "限期配备",
          dueDate: new Date("2020-08-01"),
          recordedById: office.id,
        },
      })
    ).id;
  });

  it("the office and a department of the round refer it; a department outside the round finds nothing; the finding page lists the referrals", async () => {
    expect(
      await asUser("office", () => referToExpert({ findingId, expertId, question: "检测仪配备是否符合要求？" })),
    ).toMatchObject({ ok: true });
    expect(
      await asUser("yjgl", () => referToExpert({ findingId, expertId, question: "整改方案是否可行？" })),
    ).toMatchObject({ ok: true });
    expect(
      await asUser("scjg", () => referToExpert({ findingId, expertId, question: "我部门也想问一下" })),
    ).toMatchObject({ ok: false, code: "NOT_FOUND" });
    const shown = await subjectReferrals(await sessionOf("office"), { findingId });
    expect(shown.map((r) => r.question)).toEqual(["检测仪配备是否符合要求？", "整改方案是否可行？"]);
    expect(await subjectReferrals(await sessionOf("jishigang"), { findingId })).toEqual([]);
    const expertList = await listReferrals(await sessionOf("expert"), "OPEN", 1);
    expect(expertList.rows.filter((r) => r.findingId === findingId)).toHaveLength(2);
    expect(await subjectReferrals(await sessionOf("expert2"), { findingId })).toEqual([]);
  });
});
