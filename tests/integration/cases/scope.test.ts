import { beforeAll, describe, expect, it } from "vitest";

import { POST } from "@/app/api/cases/[id]/evidence/route";
import { GET } from "@/app/api/evidence/[id]/route";
import { parseCaseListFilters } from "@/lib/cases/list-filters";
import { acceptCase } from "@/server/cases/actions/accept-case";
import { returnCase } from "@/server/cases/actions/return-case";
import { submitCase } from "@/server/cases/actions/submit-case";
import { updateCase } from "@/server/cases/actions/update-case";
import { getCase } from "@/server/cases/get-case";
import { listCases } from "@/server/cases/list-cases";
import { prisma } from "@/server/db";
import { removeEvidence } from "@/server/evidence/actions/remove-evidence";

import { filesIn, jpeg, registerTestCase, uploadRequest } from "../../helpers/fixtures";
import { actAs } from "../../helpers/session";

const params = (id: string) => ({ params: Promise.resolve({ id }) });
let caseId: string;
let evidenceId: string;
let version: number;

async function snapshot() {
  return {
    cases: await prisma.case.findMany({ orderBy: { id: "asc" } }),
    evidence: await prisma.evidence.findMany({ orderBy: { id: "asc" } }),
    reviews: await prisma.review.count(),
    audit: await prisma.auditLog.count(),
    files: filesIn().length,
  };
}

beforeAll(async () => {
  await actAs("jishigang");
  caseId = await registerTestCase({ dimensions: ["ENVIRONMENT"] });
  const res = await POST(
    await uploadRequest(caseId, "BEFORE_PHOTO", { name: "拆前.jpg", bytes: await jpeg() }),
    params(caseId),
  );
  evidenceId = (await res.json()).id;
  version = (await prisma.case.findUniqueOrThrow({ where: { id: caseId } })).version;
});

describe("gulin cannot reach a jishigang case", () => {
  it("cannot read it, list it, change it, upload to it or download from it; nothing changes", async () => {
    const before = await snapshot();
    const gulin = (await actAs("gulin"))!;
    const campaign = await prisma.campaign.findFirstOrThrow();

    expect(await getCase(gulin, caseId)).toBeNull();
    expect((await listCases(gulin, campaign.id, parseCaseListFilters({}))).rows.map((r) => r.id)).not.toContain(caseId);

    const notFound = { ok: false, code: "NOT_FOUND" };
    expect(await updateCase({ caseId, version, dimensions: ["SAFETY"] })).toMatchObject(notFound);
    expect(await submitCase({ caseId, version })).toMatchObject(notFound);
    expect(await removeEvidence({ evidenceId, caseVersion: version })).toMatchObject(notFound);

    const up = await POST(
      await uploadRequest(caseId, "AFTER_PHOTO", { name: "x.jpg", bytes: await jpeg() }),
      params(caseId),
    );
    expect(up.status).toBe(404);
    const down = await GET(new Request(`http://localhost/api/evidence/${evidenceId}`), params(evidenceId));
    expect(down.status).toBe(404);
    const thumb = await GET(new Request(`http://localhost/api/evidence/${evidenceId}?thumb=1`), params(evidenceId));
    expect(thumb.status).toBe(404);

    expect(await snapshot()).toEqual(before);
  });

  it("anonymous callers get nothing from the route handlers either", async () => {
    await actAs(null);
    expect((await GET(new Request(`http://localhost/api/evidence/${evidenceId}`), params(evidenceId))).status).toBe(
      401,
    );
    const up = await POST(
      await uploadRequest(caseId, "AFTER_PHOTO", { name: "x.jpg", bytes: await jpeg() }),
      params(caseId),
    );
    expect(up.status).toBe(401);
  });
});

describe("departments read every case (信息共享) and act only on those in the dimensions they lead", () => {
  it("sthj (环保) reads the case and its files; fgj (能耗/产业政策) reads them too but may not review it", async () => {
    const sthj = (await actAs("sthj"))!;
    expect((await getCase(sthj, caseId))?.id).toBe(caseId);
    expect((await GET(new Request(`http://localhost/api/evidence/${evidenceId}`), params(evidenceId))).status).toBe(
      200,
    );

    const before = await snapshot();
    const fgj = (await actAs("fgj"))!;
    const campaign = await prisma.campaign.findFirstOrThrow();
    expect((await getCase(fgj, caseId))?.id).toBe(caseId);
    expect((await listCases(fgj, campaign.id, parseCaseListFilters({}))).rows.map((r) => r.id)).toContain(caseId);
    // Its review queue stays its own remit.
    expect(
      (await listCases(fgj, campaign.id, parseCaseListFilters({}), { remit: true })).rows.map((r) => r.id),
    ).not.toContain(caseId);
    expect((await GET(new Request(`http://localhost/api/evidence/${evidenceId}`), params(evidenceId))).status).toBe(
      200,
    );
    expect(await acceptCase({ caseId, version })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await returnCase({ caseId, version, reason: "x" })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    // A township's own acts stay refused to every department (by role, before any look-up).
    for (const r of [
      await updateCase({ caseId, version, dimensions: ["SAFETY"] }),
      await submitCase({ caseId, version }),
      await removeEvidence({ evidenceId, caseVersion: version }),
    ])
      expect(["FORBIDDEN", "NOT_FOUND"], JSON.stringify(r)).toContain(r.ok ? "ok" : r.code);
    const up = await POST(
      await uploadRequest(caseId, "AFTER_PHOTO", { name: "x.jpg", bytes: await jpeg() }),
      params(caseId),
    );
    expect(up.status).toBe(404);
    expect(await snapshot()).toEqual(before);
  });

  it("a department cannot upload to a case it can read", async () => {
    await actAs("sthj");
    const up = await POST(
      await uploadRequest(caseId, "AFTER_PHOTO", { name: "x.jpg", bytes: await jpeg() }),
      params(caseId),
    );
    expect(up.status).toBe(403);
  });
});
