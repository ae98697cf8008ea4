// The Content-Security-Policy of stored files: an image is served under its own sandboxing policy and a
// PDF under the API's (Chromium shows no PDF under `sandbox`), and next.config.ts sets the API policy on
// every other /api path only — a header of its would replace the file's own (Next keeps the config's).
import { readFileSync } from "node:fs";

import { getPathMatch } from "next/dist/shared/lib/router/utils/path-match";
import { beforeAll, describe, expect, it } from "vitest";

import { POST as uploadEvidenceRoute } from "@/app/api/cases/[id]/evidence/route";
import { GET as evidenceFile } from "@/app/api/evidence/[id]/route";
import { apiContentSecurityPolicy, fileContentSecurityPolicy } from "@/lib/security-headers";
import nextConfig from "@/next.config";

import { jpeg, pdf, registerTestCase, uploadRequest } from "../../helpers/fixtures";
import { routeHandlerFiles } from "../../helpers/route-handlers";
import { actAs } from "../../helpers/session";

const params = (id: string) => ({ params: Promise.resolve({ id }) });

/** The headers next.config.ts gives a path, later entries replacing earlier ones, as Next applies them. */
async function configHeaders(path: string): Promise<Record<string, string>> {
  const found: Record<string, string> = {};
  for (const rule of await nextConfig.headers!()) {
    if (getPathMatch(rule.source, { strict: true, removeUnnamedParams: true })(path)) {
      for (const h of rule.headers) found[h.key.toLowerCase()] = h.value;
    }
  }
  return found;
}

describe("next.config.ts", () => {
  it("gives the API policy to every route handler but those serving stored files, and the framing rule to all", async () => {
    const routes = routeHandlerFiles().filter((r) => r.path.startsWith("/api/"));
    const serving = routes.filter((r) => /\bfileRoute\(/.test(readFileSync(r.file, "utf8")));
    expect(serving.length).toBeGreaterThanOrEqual(10);
    for (const { path } of routes) {
      const concrete = path.replace(/\[\.\.\.[^\]]+\]/g, "session").replace(/\[[^\]]+\]/g, "cm0abcdefghijklmnopqrstu");
      const headers = await configHeaders(concrete);
      expect(headers["x-frame-options"], path).toBe("SAMEORIGIN");
      expect(headers["content-security-policy"], path).toBe(
        serving.some((r) => r.path === path) ? undefined : apiContentSecurityPolicy,
      );
    }
    expect((await configHeaders("/api/no-such-route"))["content-security-policy"]).toBe(apiContentSecurityPolicy);
  });
});

describe("a stored file", () => {
  let caseId: string;
  beforeAll(async () => {
    await actAs("jishigang");
    caseId = await registerTestCase();
  });

  async function served(file: { name: string; bytes: Buffer }, query = "") {
    const res = await uploadEvidenceRoute(await uploadRequest(caseId, "OTHER", file), params(caseId));
    expect(res.status).toBe(201);
    expect(res.headers.get("content-security-policy")).toBe(apiContentSecurityPolicy);
    const { id } = await res.json();
    return evidenceFile(new Request(`http://localhost/api/evidence/${id}${query}`), params(id));
  }

  it("an image (and its preview) carries its own sandboxing policy", async () => {
    for (const query of ["", "?thumb=1", "?download=1"]) {
      const res = await served({ name: "现场.jpg", bytes: await jpeg() }, query);
      expect(res.status).toBe(200);
      expect(res.headers.get("content-security-policy")).toBe(fileContentSecurityPolicy);
      expect(fileContentSecurityPolicy).toMatch(/default-src 'none'.*; sandbox/);
    }
  });

  it("a PDF carries the API's policy, without sandbox; a refusal too", async () => {
    const res = await served({ name: "决定书.pdf", bytes: pdf() });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/pdf");
    expect(res.headers.get("content-security-policy")).toBe(apiContentSecurityPolicy);
    const missing = await evidenceFile(
      new Request("http://localhost/api/evidence/cm0abcdefghijklmnopqrstu"),
      params("cm0abcdefghijklmnopqrstu"),
    );
    expect(missing.status).toBe(404);
    expect(missing.headers.get("content-security-policy")).toBe(apiContentSecurityPolicy);
  });
});
