import { NextResponse } from "next/server";

import { refuseCrossOrigin } from "@/server/http/same-origin";
import { publicTipPolicy, uploadLimits } from "@/server/policies";
import { clientAddress, hitRateLimit } from "@/server/public/hit-rate-limit";
import { lookupTip } from "@/server/tips/lookup-tip";
import { submitPublicTip } from "@/server/tips/submit-public-tip";
import { formFiles, readMultipart } from "@/server/uploads/routes";

// The public 举报 endpoint (no login): JSON only, never HTML, limited per client address; the POST
// only from the portal's own page (same origin).
const fail = (status: number, message: string, extra: object = {}) =>
  NextResponse.json({ ok: false, message, ...extra }, { status });
const FIELDS = [
  "reporterName",
  "reporterPhone",
  "enterpriseName",
  "address",
  "reportedUnitId",
  "description",
  "kind",
  "district",
] as const;

/** POST multipart/form-data: the form fields and up to TIP_MAX_PHOTOS `photo` files. Answers with the reference number only. */
export async function POST(request: Request) {
  const crossOrigin = refuseCrossOrigin(request);
  if (crossOrigin) return crossOrigin;
  const limited = await hitRateLimit(`tip-submit:${clientAddress(request)}`, publicTipPolicy.submit);
  if (limited) return fail(429, limited);
  const body = await readMultipart(
    request,
    publicTipPolicy.maxPhotos * uploadLimits.maxBytes,
    "提交内容过大，请减少或压缩照片",
  );
  if (!body.ok) return body.response;
  const fields = Object.fromEntries(
    FIELDS.map((k) => [k, typeof body.form.get(k) === "string" ? body.form.get(k) : undefined]),
  );
  const result = await submitPublicTip(fields, await formFiles(body.form, "photo"));
  if (!result.ok)
    return fail(result.status, result.message, result.fieldErrors ? { fieldErrors: result.fieldErrors } : {});
  return NextResponse.json({ ok: true, reference: result.reference }, { status: 201 });
}

/** GET ?ref=… — the status of one tip and its date, nothing else. */
export async function GET(request: Request) {
  const limited = await hitRateLimit(`tip-lookup:${clientAddress(request)}`, publicTipPolicy.lookup);
  if (limited) return fail(429, limited);
  const tip = await lookupTip(new URL(request.url).searchParams.get("ref") ?? "");
  if (!tip) return fail(404, "未查到该受理编号，请核对后再试");
  return NextResponse.json({ ok: true, ...tip }, { headers: { "Cache-Control": "no-store" } });
}
