import { beforeAll, describe, expect, it } from "vitest";

import { POST } from "@/app/api/cases/[id]/evidence/route";
import { prisma } from "@/server/db";
import { removeEvidence } from "@/server/evidence/actions/remove-evidence";

import { filesIn, jpeg, multipartRequest, registerTestCase } from "../../helpers/fixtures";
import { actAs } from "../../helpers/session";

// The browser's offline queue sends each file with an Idempotency-Key; a retry (the connection dropped
// after the server stored the file but before the answer arrived) must not add a second copy.

const params = (id: string) => ({ params: Promise.resolve({ id }) });
let caseId: string;

beforeAll(async () => {
  // A colleague in the same unit, who may see and upload to the same cases.
  const jishigang = await prisma.user.findUniqueOrThrow({ where: { username: "jishigang" } });
  await prisma.user.create({
    data: {
      username: "jishigang2",
      displayName: "第二经办人",
      role: "TOWNSHIP",
      districtId: 1,
      unitId: jishigang.unitId,
      passwordHash: jishigang.passwordHash,
    },
  });
  await actAs("jishigang");
  caseId = await registerTestCase();
});

async function send(
  key: string | null,
  opts: { asField?: boolean; name?: string; color?: string; queuedBy?: string } = {},
) {
  const fields: Record<string, string> = { kind: "BEFORE_PHOTO" };
  if (key && opts.asField) fields.idempotencyKey = key;
  const headers: Record<string, string> = key && !opts.asField ? { "idempotency-key": key } : {};
  if (opts.queuedBy) headers["x-queued-by"] = opts.queuedBy;
  const req = await multipartRequest(
    `http://localhost/api/cases/${caseId}/evidence`,
    fields,
    [{ field: "file", name: opts.name ?? "现场.jpg", type: "image/jpeg", bytes: await jpeg({ color: opts.color }) }],
    headers,
  );
  const res = await POST(req, params(caseId));
  return { status: res.status, body: await res.json() };
}

const rows = () => prisma.evidence.count({ where: { caseId } });

describe("evidence upload with an idempotency key", () => {
  it("a replay with the same key returns the stored evidence and stores nothing more", async () => {
    const key = crypto.randomUUID();
    const first = await send(key);
    expect(first.status).toBe(201);
    const count = await rows();
    const files = filesIn().length;
    const again = await send(key);
    expect(again.status).toBe(201);
    expect(again.body.id).toBe(first.body.id);
    expect(await rows()).toBe(count);
    expect(filesIn()).toHaveLength(files);
  });

  it("the key may come as a form field too", async () => {
    const key = crypto.randomUUID();
    const first = await send(key, { asField: true });
    const again = await send(key, { asField: true });
    expect(again.body.id).toBe(first.body.id);
  });

  it("two requests racing with the same key store one row", async () => {
    const key = crypto.randomUUID();
    const count = await rows();
    const [a, b] = await Promise.all([send(key), send(key)]);
    expect([a.status, b.status]).toEqual([201, 201]);
    expect(a.body.id).toBe(b.body.id);
    expect(await rows()).toBe(count + 1);
  });

  it("different keys (or none) are different files", async () => {
    const count = await rows();
    await send(crypto.randomUUID());
    await send(crypto.randomUUID());
    await send(null);
    expect(await rows()).toBe(count + 3);
  });

  it("a malformed key is refused", async () => {
    const res = await send("bad key with spaces");
    expect(res.status).toBe(400);
    expect(res.body.message).toMatch(/上传标识无效/);
  });

  it("another unit cannot learn of a key on a case outside its scope", async () => {
    const key = crypto.randomUUID();
    await send(key);
    await actAs("gaoqiao");
    try {
      const res = await send(key);
      expect(res.status).toBe(404);
    } finally {
      await actAs("jishigang");
    }
  });
});

describe("an idempotency key is the uploader's own", () => {
  it("a colleague re-sending the same key with another file on the same case stores that file as theirs", async () => {
    const key = crypto.randomUUID();
    const mine = await send(key);
    expect(mine.status).toBe(201);
    await actAs("jishigang2");
    try {
      const theirs = await send(key, { color: "#a33" });
      expect(theirs.status).toBe(201);
      expect(theirs.body.id).not.toBe(mine.body.id);
      const row = await prisma.evidence.findUniqueOrThrow({
        where: { id: theirs.body.id },
        include: { uploadedBy: true },
      });
      expect(row.uploadedBy.username).toBe("jishigang2");
      // A retry by the colleague is a replay of the colleague's upload only.
      expect((await send(key, { color: "#a33" })).body.id).toBe(theirs.body.id);
    } finally {
      await actAs("jishigang");
    }
  });

  it("a key whose evidence was removed is spent: refused with a clear message, nothing stored", async () => {
    const key = crypto.randomUUID();
    const first = await send(key);
    const { version } = await prisma.case.findUniqueOrThrow({ where: { id: caseId } });
    expect(await removeEvidence({ evidenceId: first.body.id, caseVersion: version })).toMatchObject({ ok: true });
    const count = await rows();
    const again = await send(key, { color: "#33a" });
    expect(again.status).toBe(410);
    expect(again.body.message).toMatch(/已被删除/);
    expect(await rows()).toBe(count);
  });
});

describe("a file queued offline is uploaded under its capturer's session only", () => {
  it("a colleague's session refuses the first officer's queued file (kept for later), the officer's own takes it", async () => {
    const officer = await prisma.user.findUniqueOrThrow({ where: { username: "jishigang" } });
    const key = crypto.randomUUID();
    await actAs("jishigang2");
    try {
      const count = await rows();
      const res = await send(key, { queuedBy: officer.id });
      expect(res.status).toBe(409);
      expect(res.body.message).toMatch(/另一账号离线采集/);
      expect(await rows()).toBe(count);
    } finally {
      await actAs("jishigang");
    }
    const own = await send(key, { queuedBy: officer.id });
    expect(own.status).toBe(201);
    const row = await prisma.evidence.findUniqueOrThrow({ where: { id: own.body.id } });
    expect(row.uploadedById).toBe(officer.id);
  });
});
