import { beforeAll, describe, expect, it } from "vitest";

import { POST as uploadFile } from "@/app/api/tips/[id]/files/route";
import { GET as downloadFile } from "@/app/api/tips/files/[id]/route";
import { GET as lookup, POST as submit } from "@/app/api/tips/public/route";
import { prisma } from "@/server/db";
import { assignTip } from "@/server/tips/actions/assign-tip";
import { closeTip } from "@/server/tips/actions/close-tip";
import { openCaseFromTip } from "@/server/tips/actions/open-case-from-tip";
import { verifyTip } from "@/server/tips/actions/verify-tip";
import { getTip } from "@/server/tips/get-tip";
import { listTips } from "@/server/tips/list-tips";

import { filesIn, jpeg } from "../../helpers/fixtures";
import { actAs } from "../../helpers/session";

let ip = 0;
/** A multipart POST to the public route, from its own client address unless given. */
async function tipRequest(
  fields: Record<string, string>,
  photos: { name: string; bytes: Buffer }[] = [],
  from = `10.0.0.${++ip}`,
) {
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) form.set(k, v);
  for (const p of photos) form.append("photo", new File([new Uint8Array(p.bytes)], p.name));
  const encoded = new Response(form);
  const body = new Uint8Array(await encoded.arrayBuffer());
  return new Request("http://localhost/api/tips/public", {
    method: "POST",
    body,
    headers: {
      "content-type": encoded.headers.get("content-type")!,
      "content-length": String(body.length),
      "x-haishu-client-ip": from,
      origin: "http://localhost",
    },
  });
}
const lookupRequest = (ref: string, from = `10.1.0.${++ip}`) =>
  new Request(`http://localhost/api/tips/public?ref=${encodeURIComponent(ref)}`, {
    headers: { "x-haishu-client-ip": from },
  });
const params = (id: string) => ({ params: Promise.resolve({ id }) });
const deadline = "2020-12-01";
const anonymous = {
  enterpriseName: "无名翻砂作坊",
  address: "古林镇某村12号",
  description: "夜间冒黑烟，疑似恢复生产",
};

async function snapshot() {
  return {
    tips: await prisma.tip.findMany({ orderBy: { id: "asc" } }),
    files: await prisma.tipFile.count(),
    cases: await prisma.case.count(),
    audit: await prisma.auditLog.count(),
    stored: filesIn().length,
  };
}

async function submitTip(fields: Record<string, string> = anonymous, photos: { name: string; bytes: Buffer }[] = []) {
  const res = await submit(await tipRequest(fields, photos));
  expect(res.status).toBe(201);
  const { reference } = await res.json();
  return prisma.tip.findUniqueOrThrow({ where: { reference } });
}

let gulinId: number;
beforeAll(async () => {
  gulinId = (await prisma.unit.findFirstOrThrow({ where: { name: "古林镇" } })).id;
});

describe("the public tip page", () => {
  it("accepts a tip with photos and answers with the reference number only", async () => {
    await actAs(null);
    const res = await submit(
      await tipRequest({ ...anonymous, reportedUnitId: String(gulinId) }, [{ name: "现场.jpg", bytes: await jpeg() }]),
    );
    expect(res.status).toBe(201);
    const body = await res.json();
    expect(Object.keys(body).sort()).toEqual(["ok", "reference"]);
    const tip = await prisma.tip.findUniqueOrThrow({ where: { reference: body.reference }, include: { files: true } });
    expect(tip).toMatchObject({ status: "RECEIVED", reportedUnitId: gulinId, reporterName: null });
    expect(tip.files).toHaveLength(1);
    expect(tip.files[0].uploadedById).toBeNull();
  });

  it("the lookup tells the status and its date, nothing about assignees or findings", async () => {
    const tip = await submitTip();
    await actAs("office");
    const { version } = await prisma.tip.findUniqueOrThrow({ where: { id: tip.id } });
    expect(
      (await assignTip({ tipId: tip.id, version, unitId: gulinId, departmentId: null, deadline, enterpriseId: null }))
        .ok,
    ).toBe(true);
    await actAs(null);
    const res = await lookup(lookupRequest(tip.reference.toLowerCase()));
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(Object.keys(body).sort()).toEqual(["ok", "receivedAt", "reference", "since", "status"]);
    expect(body.status).toBe("正在核查");
    expect(JSON.stringify(body)).not.toMatch(/古林|gulin|核查期限|2020-12-01/);
    expect((await lookup(lookupRequest("JB20200101-2345678923"))).status).toBe(404);
    expect((await lookup(lookupRequest("' OR 1=1 --"))).status).toBe(404);
  });

  it("refuses incomplete tips and unsafe files, leaving nothing behind", async () => {
    const before = await snapshot();
    // Neither the enterprise's name nor where it is: both fields say so, and the short description too.
    const missing = await submit(await tipRequest({ enterpriseName: "", address: " ", description: "短" }));
    expect(missing.status).toBe(400);
    expect((await missing.json()).fieldErrors).toEqual({
      enterpriseName: ["企业（作坊）名称和地址（位置）至少填写一项"],
      address: ["企业（作坊）名称和地址（位置）至少填写一项"],
      description: ["看到的情况至少5字"],
    });
    const html = await submit(
      await tipRequest(anonymous, [{ name: "a.jpg", bytes: Buffer.from("<html><script>alert(1)</script></html>") }]),
    );
    expect(html.status).toBe(415);
    // One good photo and one bad: neither is kept.
    const mixed = await submit(
      await tipRequest(anonymous, [
        { name: "好.jpg", bytes: await jpeg() },
        { name: "../坏.jpg", bytes: await jpeg() },
      ]),
    );
    expect(mixed.status).toBe(400);
    const tooMany = await submit(
      await tipRequest(
        anonymous,
        await Promise.all([1, 2, 3, 4].map(async (i) => ({ name: `${i}.jpg`, bytes: await jpeg() }))),
      ),
    );
    expect(tooMany.status).toBe(400);
    expect(await snapshot()).toEqual(before);
  });

  it("takes a tip without the enterprise's name when it says where: the office sees it by its place", async () => {
    const tip = await submitTip({
      enterpriseName: "",
      address: "古林镇某村桥头东侧铁皮棚",
      description: "夜间机器轰鸣，冒黑烟",
    });
    expect(tip).toMatchObject({ enterpriseName: "", address: "古林镇某村桥头东侧铁皮棚" });
    const note = await prisma.notification.findFirstOrThrow({ where: { href: `/tips/${tip.id}` } });
    expect(note.text).toBe("收到新举报：名称不详（古林镇某村桥头东侧铁皮棚）");
  });

  it("limits lookups per client address (30 an hour)", async () => {
    const tip = await submitTip();
    const from = "192.0.2.90";
    const statuses: number[] = [];
    for (let i = 0; i < 30; i++)
      statuses.push((await lookup(lookupRequest(i % 2 ? tip.reference : "JB20200101-2345678923", from))).status);
    expect(statuses).toEqual(Array.from({ length: 30 }, (_, i) => (i % 2 ? 200 : 404)));
    const refused = await lookup(lookupRequest(tip.reference, from));
    expect(refused.status).toBe(429);
    expect(JSON.stringify(await refused.json())).not.toContain(tip.reference);
    // Another address is not affected.
    expect((await lookup(lookupRequest(tip.reference, "192.0.2.91"))).status).toBe(200);
  });

  it("limits submissions per client address", async () => {
    const from = "192.0.2.77";
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) statuses.push((await submit(await tipRequest(anonymous, [], from))).status);
    expect(statuses).toEqual([201, 201, 201, 201, 201, 429]);
    // Another address is not affected.
    expect((await submit(await tipRequest(anonymous, [], "192.0.2.78"))).status).toBe(201);
  });
});

describe("triage, verification and closing", () => {
  it("a named tip: assigned to 古林镇, seen and verified only by gulin, closed by the office", async () => {
    const tip = await submitTip({ ...anonymous, reporterName: "李四", reporterPhone: "13900000000" }, [
      { name: "现场.jpg", bytes: await jpeg() },
    ]);
    const reporterPhoto = await prisma.tipFile.findFirstOrThrow({ where: { tipId: tip.id } });
    const office = (await actAs("office"))!;
    const assigned = await assignTip({
      tipId: tip.id,
      version: tip.version,
      unitId: gulinId,
      departmentId: null,
      deadline,
      enterpriseId: null,
    });
    expect(assigned).toMatchObject({ ok: true });
    const version = assigned.ok ? assigned.data.version : -1;

    // The office cannot close a named tip before it is verified.
    expect(await closeTip({ tipId: tip.id, version, closingNote: "无法核实" })).toMatchObject({
      ok: false,
      code: "FORBIDDEN",
    });
    expect((await getTip(office, tip.id))?.reporterName).toBe("李四");

    // jishigang does not see it and cannot act on it; nothing changes.
    const before = await snapshot();
    const jishigang = (await actAs("jishigang"))!;
    expect(await getTip(jishigang, tip.id)).toBeNull();
    expect((await listTips(jishigang, undefined, 1)).rows.map((r) => r.id)).not.toContain(tip.id);
    expect(await verifyTip({ tipId: tip.id, version, findings: "现场已核查属实", outcome: "TRUE" })).toMatchObject({
      ok: false,
      code: "NOT_FOUND",
    });
    const up = new FormData();
    up.set("file", new File([new Uint8Array(await jpeg())], "核查.jpg"));
    const encoded = new Response(up);
    const upType = encoded.headers.get("content-type")!;
    const upBody = new Uint8Array(await encoded.arrayBuffer());
    const upRequest = () =>
      new Request(`http://localhost/api/tips/${tip.id}/files`, {
        method: "POST",
        body: upBody,
        headers: { "content-type": upType, "content-length": String(upBody.length), origin: "http://localhost" },
      });
    expect((await uploadFile(upRequest(), params(tip.id))).status).toBe(404);
    expect((await downloadFile(new Request("http://localhost/x"), params(reporterPhoto.id))).status).toBe(404);
    expect(await snapshot()).toEqual(before);

    // gulin sees it (without the reporter's identity), uploads evidence and verifies it; it cannot close it.
    const gulin = (await actAs("gulin"))!;
    const seen = await getTip(gulin, tip.id);
    expect(seen).toMatchObject({ named: true, reporterName: null, reporterPhone: null });
    expect((await listTips(gulin, "ASSIGNED", 1)).rows.map((r) => r.id)).toContain(tip.id);
    expect(
      await prisma.notification.count({ where: { recipient: { username: "gulin" }, href: `/tips/${tip.id}` } }),
    ).toBe(1);
    expect(
      (await downloadFile(new Request("http://localhost/x?thumb=1"), params(reporterPhoto.id))).headers.get(
        "content-type",
      ),
    ).toBe("image/webp");
    expect((await uploadFile(upRequest(), params(tip.id))).status).toBe(201);
    const verified = await verifyTip({ tipId: tip.id, version, findings: "现场已核查属实", outcome: "TRUE" });
    expect(verified).toMatchObject({ ok: true });
    const v2 = verified.ok ? verified.data.version : -1;
    expect(await closeTip({ tipId: tip.id, version: v2, closingNote: "已办结" })).toMatchObject({
      ok: false,
      code: "FORBIDDEN",
    });

    await actAs("office");
    expect(await closeTip({ tipId: tip.id, version: v2, closingNote: "核查属实，已立案整治" })).toMatchObject({
      ok: true,
    });
    expect(await prisma.tip.findUniqueOrThrow({ where: { id: tip.id } })).toMatchObject({
      status: "CLOSED",
      outcome: "TRUE",
    });
  });

  it("a stale page cannot overwrite a newer verification", async () => {
    const tip = await submitTip();
    await actAs("office");
    const a = await assignTip({
      tipId: tip.id,
      version: tip.version,
      unitId: gulinId,
      departmentId: null,
      deadline,
      enterpriseId: null,
    });
    expect(a.ok).toBe(true);
    await actAs("gulin");
    expect(
      await verifyTip({ tipId: tip.id, version: tip.version, findings: "旧页面提交内容", outcome: "FALSE" }),
    ).toMatchObject({ ok: false, code: "CONFLICT" });
  });

  it("a verified tip about an unregistered enterprise becomes a case of the assigned unit in one step", async () => {
    const tip = await submitTip({ ...anonymous, enterpriseName: "举报新发现塑料粒子作坊" });
    await actAs("office");
    const a = await assignTip({
      tipId: tip.id,
      version: tip.version,
      unitId: gulinId,
      departmentId: null,
      deadline,
      enterpriseId: null,
    });
    await actAs("gulin");
    const v = await verifyTip({
      tipId: tip.id,
      version: a.ok ? a.data.version : -1,
      findings: "确有无证生产",
      outcome: "PARTLY_TRUE",
    });
    const version = v.ok ? v.data.version : -1;
    const details = {
      industry: "OTHER",
      category: "RECTIFICATION",
      dimensions: ["PREMISES"],
    } as const satisfies Partial<Parameters<typeof openCaseFromTip>[0]>;

    await actAs("jishigang");
    expect(await openCaseFromTip({ tipId: tip.id, version, ...details })).toMatchObject({
      ok: false,
      code: "NOT_FOUND",
    });
    await actAs("gulin");
    const opened = await openCaseFromTip({ tipId: tip.id, version, ...details });
    expect(opened).toMatchObject({ ok: true });
    const caseId = opened.ok ? opened.data.caseId : "";
    const row = await prisma.case.findUniqueOrThrow({ where: { id: caseId }, include: { enterprise: true } });
    expect(row).toMatchObject({ unitId: gulinId, category: "RECTIFICATION", status: "REGISTERED" });
    expect(row.enterprise).toMatchObject({ name: "举报新发现塑料粒子作坊", address: anonymous.address });
    expect(await prisma.tip.findUniqueOrThrow({ where: { id: tip.id } })).toMatchObject({
      caseId,
      enterpriseId: row.enterpriseId,
    });
    // Only once.
    expect(await openCaseFromTip({ tipId: tip.id, version: version + 1, ...details })).toMatchObject({
      ok: false,
      code: "FORBIDDEN",
    });
  });

  it("only the office learns who reported a tip: neither the leader nor the assigned department", async () => {
    const sthjDept = await prisma.department.findFirstOrThrow({ where: { users: { some: { username: "sthj" } } } });
    const tip = await submitTip({ ...anonymous, reporterName: "王五", reporterPhone: "13700000000" });
    const office = (await actAs("office"))!;
    expect(
      await assignTip({
        tipId: tip.id,
        version: tip.version,
        unitId: null,
        departmentId: sthjDept.id,
        deadline,
        enterpriseId: null,
      }),
    ).toMatchObject({ ok: true });
    expect(await getTip(office, tip.id)).toMatchObject({
      named: true,
      reporterName: "王五",
      reporterPhone: "13700000000",
    });
    for (const who of ["leader", "sthj"]) {
      const user = (await actAs(who))!;
      const seen = await getTip(user, tip.id);
      expect(seen, who).toMatchObject({ id: tip.id, named: true, reporterName: null, reporterPhone: null });
      expect(JSON.stringify(seen), who).not.toMatch(/王五|13700000000/);
      const listed = await listTips(user, undefined, 1);
      expect(
        listed.rows.map((r) => r.id),
        who,
      ).toContain(tip.id);
      expect(JSON.stringify(listed), who).not.toMatch(/王五|13700000000/);
    }
  });

  it("a department assignee sees only the tips assigned to it", async () => {
    const sthjDept = await prisma.department.findFirstOrThrow({ where: { users: { some: { username: "sthj" } } } });
    const tip = await submitTip();
    await actAs("office");
    await assignTip({
      tipId: tip.id,
      version: tip.version,
      unitId: null,
      departmentId: sthjDept.id,
      deadline,
      enterpriseId: null,
    });
    const sthj = (await actAs("sthj"))!;
    expect((await getTip(sthj, tip.id))?.id).toBe(tip.id);
    const fgj = (await actAs("fgj"))!;
    expect(await getTip(fgj, tip.id)).toBeNull();
    const gulin = (await actAs("gulin"))!;
    expect(await getTip(gulin, tip.id)).toBeNull();
  });
});
