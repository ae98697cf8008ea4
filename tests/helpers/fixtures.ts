// Real files and cases for integration tests.
import { readdirSync } from "node:fs";

import sharp from "sharp";

import { creditCheckChar } from "@/lib/enterprises/credit-code";
import type { EvidenceKind } from "@/lib/generated/prisma/enums";
import { registerCase } from "@/server/cases/actions/register-case";

export async function jpeg({ capturedAt, color = "#3a7" }: { capturedAt?: string; color?: string } = {}) {
  const img = sharp({ create: { width: 64, height: 48, channels: 3, background: color } }).jpeg();
  return capturedAt ? img.withExif({ IFD2: { DateTimeOriginal: capturedAt } }).toBuffer() : img.toBuffer();
}

export function pdf(): Buffer {
  return Buffer.from("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");
}

let serial = 0;
const run = String(Math.floor(Math.random() * 1e4)).padStart(4, "0");
/** The characters of a credit code: three of them number 29 791 codes per run (a 10 000-row import file). */
const CODE_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY";
const threeChars = (n: number) => [961, 31, 1].map((d) => CODE_CHARS[Math.floor(n / d) % 31]).join("");
/** A valid credit code, unique within a test run. */
export function creditCode(): string {
  const body = `91330203MA${run}${threeChars(serial++)}`;
  return body + creditCheckChar(body);
}

/** Registers a case through the real action as the current test user. */
export async function registerTestCase(overrides: Record<string, unknown> = {}) {
  const res = await registerCase({
    enterpriseName: `测试企业${serial++}`,
    creditCode: creditCode(),
    industry: "FOUNDRY",
    category: "ELIMINATION",
    disposalPath: "DISMANTLED",
    dimensions: ["ENVIRONMENT"],
    policyBasisOther: "测试用政策依据",
    ...overrides,
  });
  if (!res.ok) throw new Error(`registerTestCase: ${res.message}`);
  return res.data.id;
}

/**
 * A multipart POST as the portal's own page sends it: the Content-Length a browser sends and its
 * Origin (mutating route handlers refuse requests from other origins). `headers` add or override.
 */
export async function multipartRequest(
  url: string,
  fields: Record<string, string>,
  files: { field: string; name: string; bytes: Buffer; type?: string }[],
  headers: Record<string, string> = {},
) {
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) form.set(k, v);
  for (const f of files) form.append(f.field, new File([new Uint8Array(f.bytes)], f.name, { type: f.type ?? "" }));
  const encoded = new Response(form);
  const body = new Uint8Array(await encoded.arrayBuffer());
  return new Request(url, {
    method: "POST",
    body,
    headers: {
      "content-type": encoded.headers.get("content-type")!,
      "content-length": String(body.length),
      origin: "http://localhost",
      ...headers,
    },
  });
}

/** A POST to the evidence upload route. */
export function uploadRequest(
  caseId: string,
  kind: EvidenceKind | string,
  file: { name: string; bytes: Buffer; type?: string },
) {
  return multipartRequest(`http://localhost/api/cases/${caseId}/evidence`, { kind }, [
    { field: "file", type: "image/jpeg", ...file },
  ]);
}

/** Files under the upload directory (set per test file by setup-db). */
export function filesIn(dir = process.env.UPLOAD_DIR!): string[] {
  try {
    return readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((d) => d.isFile())
      .map((d) => d.name);
  } catch {
    return [];
  }
}

/**
 * 海曙区: the district the migration makes for an existing installation and the seed fills (docs/domain.md
 * §市级) — the first District row of every test database, so its id is 1.
 */
export const HAISHU_DISTRICT_ID = 1;
/** Who reads 海曙区's campaign outside a request (getCurrentCampaign asks for the district). */
export const HAISHU = { districtId: HAISHU_DISTRICT_ID };
