// Real files and cases for integration tests.
import { readdirSync } from "node:fs";
import sharp from "sharp";
import type { EvidenceKind } from "@/lib/generated/prisma/enums";
import { registerCase } from "@/server/cases/actions/register-case";
import { creditCheckChar } from "@/lib/credit-code";

export async function jpeg({ capturedAt, color = "#3a7" }: { capturedAt?: string; color?: string } = {}) {
  const img = sharp({ create: { width: 64, height: 48, channels: 3, background: color } }).jpeg();
  return capturedAt ? img.withExif({ IFD2: { DateTimeOriginal: capturedAt } }).toBuffer() : img.toBuffer();
}

export function pdf(): Buffer {
  return Buffer.from("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");
}

let serial = 0;
const run = String(Math.floor(Math.random() * 1e4)).padStart(4, "0");
/** A valid credit code, unique within a test run. */
export function creditCode(): string {
  const body = `91330203MA${run}${String(serial++).padStart(3, "0")}`;
  return body + creditCheckChar(body);
}

/** Registers a case through the real action as the current test user. */
export async function registerTestCase(overrides: Record<string, unknown> = {}) {
  const res = await registerCase({
    enterpriseName: `测试企业${serial++}`, creditCode: creditCode(), industry: "FOUNDRY", category: "ELIMINATION",
    disposalPath: "DISMANTLED", dimensions: ["ENVIRONMENT"], ...overrides,
  });
  if (!res.ok) throw new Error(`registerTestCase: ${res.message}`);
  return res.data.id;
}

/** A POST to the evidence upload route, with the Content-Length a browser sends. */
export async function uploadRequest(caseId: string, kind: EvidenceKind | string, file: { name: string; bytes: Buffer; type?: string }) {
  const form = new FormData();
  form.set("kind", kind);
  form.set("file", new File([new Uint8Array(file.bytes)], file.name, { type: file.type ?? "image/jpeg" }));
  const encoded = new Response(form);
  const body = new Uint8Array(await encoded.arrayBuffer());
  return new Request(`http://localhost/api/cases/${caseId}/evidence`, {
    method: "POST",
    body,
    headers: { "content-type": encoded.headers.get("content-type")!, "content-length": String(body.length), origin: "http://localhost" },
  });
}

/** Files under the upload directory (set per test file by setup-db). */
export function filesIn(dir = process.env.UPLOAD_DIR!): string[] {
  try {
    return readdirSync(dir, { recursive: true, withFileTypes: true }).filter((d) => d.isFile()).map((d) => d.name);
  } catch {
    return [];
  }
}
