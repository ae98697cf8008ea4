import "server-only";

import { revalidatePath } from "next/cache";
import { NextResponse } from "next/server";

import { invalidateFigures } from "@/server/cache";
import { guard } from "@/server/http/guard";
import { httpError } from "@/server/http/response";
import { type ImportFile, type ImportRefusal, importUnitOf } from "@/server/import/ledger-import";
import { uploadLimits } from "@/server/policies";
import type { SessionUser } from "@/server/session";
import { formFiles, readMultipart } from "@/server/uploads/routes";

/**
 * The POST handlers of the ledger import (check, import): the route guard → a role that imports
 * (the office; a township officer for their own unit; anyone else: not found) → the body within the
 * upload size cap → `run` on the one file → `okStatus` or the refusal (with every row's errors).
 */
export function importRoute(
  run: (user: SessionUser, ownUnitId: number | null, file: ImportFile) => Promise<{ ok: true } | ImportRefusal>,
  okStatus: number,
) {
  return guard({}, async (user, request: Request) => {
    const ownUnitId = importUnitOf(user);
    if (ownUnitId === undefined) return httpError(404, "页面不存在或无权访问");
    const { maxBytes } = uploadLimits;
    const body = await readMultipart(request, maxBytes, `文件超过大小上限 ${maxBytes / 1024 / 1024} MB`);
    if (!body.ok) return body.response;
    const [file] = await formFiles(body.form, "file");
    if (!file) return httpError(400, "请选择要导入的 Excel 文件");
    const result = await run(user, ownUnitId, file);
    if (result.ok && okStatus === 201) {
      revalidatePath("/cases");
      await invalidateFigures(); // the new cases count on the dashboard
    }
    return NextResponse.json(result, { status: result.ok ? okStatus : result.status });
  });
}
