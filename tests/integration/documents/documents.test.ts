// The documents the office sends, generated through their download routes and read back from the .docx:
// the 通报 (drafted, edited, issued, its 发文字号), the 约谈记录, the monthly 工作进展简报; their fonts named and
// never embedded; who may download which.
import { beforeAll, describe, expect, it } from "vitest";

import { GET as briefingRoute } from "@/app/api/documents/briefing/route";
import { GET as noticeRoute } from "@/app/api/documents/notices/[id]/route";
import { asOfMoment } from "@/lib/dashboard/history";
import { draftCircular } from "@/lib/documents/circular";
import { slowUnitParagraph } from "@/lib/documents/figures-text";
import { HAISHU_ISSUER } from "@/lib/documents/office";
import { type FrozenFigures } from "@/lib/supervision/rules";
import { getDashboard } from "@/server/dashboard/get-dashboard";
import { prisma } from "@/server/db";
import { documentFigures } from "@/server/documents/figures-as-of";
import { issueCircular } from "@/server/supervision/actions/issue-circular";
import { issueInterview } from "@/server/supervision/actions/issue-interview";

import { HAISHU_DISTRICT_ID } from "../../helpers/fixtures";
import { districtB, getRequest, params, USERNAMES } from "../../helpers/matrix-fixtures";
import { actAs, asUser } from "../../helpers/session";
import { readDocx } from "../../helpers/unzip";

const day = (s: string) => new Date(`${s}T00:00:00Z`);
let gulin: number;
let jishigang: number;
let circularId: string;
let interviewId: string;
let draftBody: string;

const notice = (who: string | null, id: string) =>
  asUser(who, () => noticeRoute(getRequest(`/api/documents/notices/${id}`), params(id)));
const briefing = (who: string | null, month: string) =>
  asUser(who, () => briefingRoute(getRequest(`/api/documents/briefing?month=${month}`)));
const docx = async (res: Response) => readDocx(Buffer.from(await res.arrayBuffer()));

beforeAll(async () => {
  gulin = (await prisma.unit.findFirstOrThrow({ where: { name: "古林镇" } })).id;
  jishigang = (await prisma.unit.findFirstOrThrow({ where: { name: "集士港镇" } })).id;
  const campaign = await prisma.campaign.findFirstOrThrow({ where: { isCurrent: true } });
  const [office, yjgl] = await Promise.all([
    prisma.user.findUniqueOrThrow({ where: { username: "office" } }),
    prisma.department.findFirstOrThrow({ where: { name: "区应急管理局" } }),
  ]);
  // 古林镇: one elimination case accepted on 10 June 2020.
  const enterprise = await prisma.enterprise.create({
    data: { name: "古林简报铸造厂", unitId: gulin, industry: "FOUNDRY" },
  });
  await prisma.case.create({
    data: {
      campaignId: campaign.id,
      enterpriseId: enterprise.id,
      unitId: gulin,
      category: "ELIMINATION",
      disposalPath: "DISMANTLED",
      status: "ACCEPTED",
      createdAt: new Date("2020-05-06T02:00:00Z"),
      submittedAt: new Date("2020-06-01T02:00:00Z"),
      acceptedAt: new Date("2020-06-10T02:00:00Z"),
      createdById: office.id,
    },
  });
  // A tip received, assigned and verified in June; an inspection round in June with one open finding.
  await prisma.tip.create({
    data: {
      districtId: HAISHU_DISTRICT_ID,
      reference: "JB20200605-DOC1",
      enterpriseName: "无名翻砂点",
      address: "古林镇某村",
      description: "夜间生产",
      status: "VERIFIED",
      unitId: gulin,
      createdAt: new Date("2020-06-05T01:00:00Z"),
      assignedAt: new Date("2020-06-06T01:00:00Z"),
      verifiedAt: new Date("2020-06-08T01:00:00Z"),
      outcome: "TRUE",
      findings: "属实",
    },
  });
  await prisma.inspectionRound.create({
    data: {
      campaignId: campaign.id,
      title: "六月淘汰落后产能监督检查",
      startDate: day("2020-06-10"),
      endDate: day("2020-06-12"),
      checklist: "抽查已验收整治对象",
      createdById: office.id,
      units: { create: [{ unitId: gulin }] },
      departments: { create: [{ departmentId: yjgl.id }] },
      findings: {
        create: [
          {
            unitId: gulin,
            problem: "设备未拆除到位",
            requirement: "彻底拆除",
            dueDate: day("2020-07-10"),
            recordedById: office.id,
            recordedAt: new Date("2020-06-11T03:00:00Z"),
          },
        ],
      },
    },
  });

  // The office drafts the 通报 from the figures as of its date (as the page does), edits the text, issues it.
  const user = (await actAs("office"))!;
  const d = (await documentFigures(user, campaign, day("2020-06-15"), new Date()))!;
  const units = d.units.filter((u) => [jishigang, gulin].includes(u.unitId));
  const draft = draftCircular({
    issuer: HAISHU_ISSUER,
    units,
    elapsed: d.elapsed,
    dataDate: day("2020-06-15"),
    year: 2020,
    campaignTitle: campaign.title,
    referenceNo: "",
  });
  draftBody = `${draft.body}\n三、其他\n各单位于6月30日前报送整改情况。`;
  const c = await issueCircular({
    unitIds: [gulin, jishigang],
    title: draft.title,
    body: draftBody,
    date: "2020-06-15",
    recipients: draft.recipients,
  });
  const i = await issueInterview({
    unitId: gulin,
    date: "2020-06-20",
    startTime: "09:30",
    place: "区经信局301会议室",
    participants: "区工强办主任、古林镇分管副镇长",
    body: "淘汰落后产能进度滞后，台账不清",
    commitments: "7月底前完成2家验收",
    followUpDate: "2020-07-20",
  });
  if (!c.ok || !i.ok) throw new Error(`setup failed: ${JSON.stringify([c, i])}`);
  circularId = c.data.id;
  interviewId = i.data.id;
});

describe("the 通报 as a .docx", () => {
  it("is numbered 海工强办〔2020〕1号 when the office leaves the number empty, and keeps the final text", async () => {
    const row = await prisma.supervisionNotice.findUniqueOrThrow({ where: { id: circularId } });
    expect(row.referenceNo).toBe("海工强办〔2020〕1号");
    expect(row.body).toBe(draftBody);
    expect(row.recipients).toContain("各镇（乡）人民政府");
  });

  it("downloads in the government layout: 红头, 发文字号, title, 主送, the text with the frozen figures, 落款 in Chinese, the annex", async () => {
    const res = await notice("office", circularId);
    expect(res.status).toBe(200);
    expect(res.headers.get("Content-Type")).toBe(
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    );
    expect(res.headers.get("X-Content-Type-Options")).toBe("nosniff");
    const title = "关于2020年淘汰落后产能及“低散乱”整治提升工作进展滞后单位的通报";
    expect(res.headers.get("Content-Disposition")).toBe(
      `attachment; filename="notice-${circularId}.docx"; filename*=UTF-8''${encodeURIComponent(`海工强办〔2020〕1号-${title}.docx`)}`,
    );
    const { paragraphs, xml, entries } = await docx(res);
    const frozen = (await prisma.supervisionNotice.findUniqueOrThrow({ where: { id: circularId } }))
      .figures as FrozenFigures;
    const gulinFrozen = frozen.units.find((u) => u.name === "古林镇")!;
    expect(paragraphs.slice(0, 4)).toEqual([
      "海曙区工业强区建设领导小组办公室",
      "海工强办〔2020〕1号",
      title,
      expect.stringMatching(/^各镇（乡）人民政府.*：$/),
    ]);
    expect(paragraphs).toContain(slowUnitParagraph(gulinFrozen));
    expect(paragraphs.join("")).toContain(
      `古林镇：淘汰落后产能目标${gulinFrozen.figures.ELIMINATION.target}家，已验收1家`,
    );
    expect(paragraphs).toEqual(
      expect.arrayContaining([
        "一、进展滞后单位情况",
        "三、其他",
        "附件：被通报单位工作进展情况表",
        "二〇二〇年六月十五日",
        "古林镇",
        "集士港镇",
      ]),
    );
    // Fonts named in the runs; none embedded (no font parts, no embedding in the font table).
    for (const font of ["方正小标宋简体", "仿宋_GB2312", "黑体", "宋体"])
      expect(xml + entries.find((e) => e.path === "word/footer1.xml")?.bytes.toString()).toContain(
        `w:eastAsia="${font}"`,
      );
    expect(entries.filter((e) => /^word\/fonts\/|\.odttf$|\.ttf$/i.test(e.path))).toEqual([]);
    expect(entries.find((e) => e.path === "word/fontTable.xml")?.bytes.toString() ?? "").not.toMatch(/w:embed/);
    // A4 portrait with the 公文 margins (37 mm top, 28 mm left), the annex landscape.
    expect(xml).toContain('<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"/>');
    expect(xml).toMatch(/<w:pgMar w:top="2098" w:right="1474" w:bottom="1985" w:left="1588"/);
    expect(xml).toContain('w:orient="landscape"');
  });

  it("a 发文字号 typed in any brackets is kept in the standard form; one already used is refused; the next empty one follows the highest", async () => {
    await actAs("office");
    const base = { unitIds: [gulin], title: "关于进度的再次通报", body: "请加快推进整改。", date: "2020-07-01" };
    const typed = await issueCircular({ ...base, referenceNo: "海工强办[2020]7号" });
    expect(typed).toMatchObject({ ok: true, data: { referenceNo: "海工强办〔2020〕7号" } });
    const count = await prisma.supervisionNotice.count();
    expect(await issueCircular({ ...base, referenceNo: "海工强办〔2020〕7号" })).toMatchObject({
      ok: false,
      code: "CONFLICT",
      message: "发文字号 海工强办〔2020〕7号 已被使用，请改用其他字号",
    });
    expect(await prisma.supervisionNotice.count()).toBe(count);
    expect(await issueCircular({ ...base, referenceNo: "七号文" })).toMatchObject({
      ok: false,
      code: "INVALID",
      fieldErrors: { referenceNo: ["发文字号格式应为：海工强办〔2020〕3号"] },
    });
    expect(await issueCircular(base)).toMatchObject({ ok: true, data: { referenceNo: "海工强办〔2020〕8号" } });
  });

  it("the leader downloads any; a named township its own, with only its own unit's figures in the annex; nobody else", async () => {
    expect((await notice("leader", circularId)).status).toBe(200);
    const own = await notice("jishigang", circularId);
    expect(own.status).toBe(200);
    const { paragraphs } = await docx(own);
    const annex = paragraphs.slice(paragraphs.indexOf("被通报单位工作进展情况表"));
    expect(annex).toContain("集士港镇");
    expect(annex).not.toContain("古林镇");
    expect((await notice("jishigang", interviewId)).status).toBe(404); // the 约谈 names 古林镇 only
    expect((await notice("sthj", circularId)).status).toBe(404);
    expect((await notice(null, circularId)).status).toBe(401);
    expect((await notice("office", "not-a-cuid!")).status).toBe(404);
  });
});

describe("another district's 通报 (docs/domain.md §市级)", () => {
  it("comes from that district's office: its own 发文字号 (北工强办〔2020〕1号), its name on the 红头 and the 落款, its own units only", async () => {
    const b = await districtB();
    await actAs(USERNAMES.bOffice);
    const issued = await issueCircular({
      unitIds: [b.unit.id],
      title: "关于江北区进度的通报",
      body: "请庄桥街道加快推进。",
      date: "2020-06-15",
    });
    expect(issued).toMatchObject({ ok: true, data: { referenceNo: "北工强办〔2020〕1号" } });
    const id = (issued as { data: { id: string } }).data.id;
    const { paragraphs } = await docx(await notice(USERNAMES.bOffice, id));
    expect(paragraphs.slice(0, 2)).toEqual(["江北区工业强区建设领导小组办公室", "北工强办〔2020〕1号"]);
    expect(paragraphs.join("")).not.toContain("海曙");
    // 海曙区's office cannot open it.
    expect((await notice("office", id)).status).toBe(404);
    // A 海曙区 unit cannot be named by B's office.
    expect(await issueCircular({ unitIds: [gulin], title: "越界", body: "越界", date: "2020-06-16" })).toMatchObject({
      ok: false,
    });
  });
});

describe("the 约谈记录 as a .docx", () => {
  it("states time, place, unit, participants, issues, commitments and follow-up date", async () => {
    const res = await notice("gulin", interviewId);
    expect(res.status).toBe(200);
    expect(decodeURIComponent(res.headers.get("Content-Disposition")!)).toContain("约谈古林镇（约谈记录）.docx");
    const { paragraphs } = await docx(res);
    expect(paragraphs).toEqual(
      expect.arrayContaining([
        "约谈记录",
        "约谈时间",
        "二〇二〇年六月二十日 09:30",
        "区经信局301会议室",
        "古林镇",
        "区工强办主任、古林镇分管副镇长",
        "淘汰落后产能进度滞后，台账不清",
        "7月底前完成2家验收",
        "二〇二〇年七月二十日",
      ]),
    );
  });
});

describe("the monthly 工作进展简报", () => {
  it("for June 2020: headline figures as of 30 June, the month's acceptances, tips, inspections, 通报 and 约谈, the annex", async () => {
    const res = await briefing("leader", "2020-06");
    expect(res.status).toBe(200);
    expect(res.headers.get("Content-Disposition")).toContain(
      `filename*=UTF-8''${encodeURIComponent("整治提升工作简报（2020年6月）（未发布稿）.docx")}`,
    );
    const { paragraphs, xml } = await docx(res);
    const leader = (await actAs("leader"))!;
    const campaign = await prisma.campaign.findFirstOrThrow({ where: { isCurrent: true } });
    const june = (await getDashboard(leader, campaign, asOfMoment(day("2020-06-30"), new Date())))!.district
      .ELIMINATION;
    const text = paragraphs.join("\n");
    expect(paragraphs).toEqual(
      expect.arrayContaining([
        "整治提升工作简报",
        "第6期　　区工强办编　　二〇二〇年六月三十日",
        "2020年6月淘汰落后产能及“低散乱”整治提升工作进展情况",
      ]),
    );
    expect(text).toContain(`全区淘汰落后产能目标${june.target}家，已验收1家`);
    expect(text).toContain("6月新验收淘汰落后产能1家、整治提升0家");
    expect(text).toContain("6月受理群众举报1件，核查完毕1件（属实1件），办结0件；截至月末尚有0件正在核查。");
    expect(text).toContain("6月10日至6月12日开展“六月淘汰落后产能监督检查”，检查1个单位，区应急管理局参加。");
    expect(text).toContain("6月监督检查发现问题1个，整改销号0个；截至月末未销号1个。");
    expect(text).toContain(
      "6月15日，通报：关于2020年淘汰落后产能及“低散乱”整治提升工作进展滞后单位的通报（海工强办〔2020〕1号），涉及集士港镇、古林镇。",
    );
    expect(text).toContain("6月20日，约谈：约谈古林镇，涉及古林镇。");
    expect(paragraphs).toEqual(
      expect.arrayContaining(["2020年度目标任务分解表完成情况", "古林镇", "望春工业园区", "全区"]),
    );
    expect(xml).toContain('w:eastAsia="方正小标宋简体"');
  });

  it("another month states only its own events", async () => {
    const { paragraphs } = await docx(await briefing("office", "2020-05"));
    expect(paragraphs).toEqual(expect.arrayContaining(["5月无通报、约谈。", "5月未组织监督检查。"]));
    expect(paragraphs.join("")).toContain("5月新验收淘汰落后产能0家");
  });

  it("is for the office and the leaders only, and only for months of the campaign", async () => {
    for (const who of ["gulin", "fgj"]) expect((await briefing(who, "2020-06")).status).toBe(404);
    expect((await briefing(null, "2020-06")).status).toBe(401);
    for (const month of ["2019-12", "2021-01", "2020-6", "abc"])
      expect((await briefing("office", month)).status).toBe(404);
  });
});
