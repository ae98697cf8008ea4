import "server-only";

// The rules' limits as configured (server/env.ts). The rules in lib/ stay pure and take these as
// parameters; each value is read from env() when used, so a test that sets the environment before its
// first use sees its own values.
import { type LoginPolicies, loginPolicies } from "@/lib/accounts/login-throttle";
import type { SheetLimits } from "@/lib/import/xlsx-rows";
import type { RatePolicy } from "@/lib/rate-limit";
import type { ReturnVisitPolicy } from "@/lib/return-visits/rules";
import type { UploadLimits } from "@/lib/uploads/rules";
import { env } from "@/server/env";

const HOUR_MS = 3_600_000;

export const uploadLimits: UploadLimits = {
  get maxBytes() {
    return env().UPLOAD_MAX_MB * 1024 * 1024;
  },
  get maxPixels() {
    return env().UPLOAD_MAX_MEGAPIXELS * 1_000_000;
  },
};

/** How long and with how much heap a worker may read an uploaded .xlsx (the ledger and quota imports). */
export function xlsxReadLimits(): Pick<SheetLimits, "seconds" | "memoryMb"> {
  return { seconds: env().XLSX_READ_SECONDS, memoryMb: env().XLSX_READ_MEMORY_MB };
}

/** The three login counters (account+client, client, account) as configured. */
export function loginThrottlePolicies(): LoginPolicies {
  return loginPolicies(env());
}

export const publicTipPolicy: { submit: RatePolicy; lookup: RatePolicy; maxPhotos: number } = {
  get submit() {
    return { max: env().TIP_SUBMIT_PER_HOUR, windowMs: HOUR_MS };
  },
  get lookup() {
    return { max: env().TIP_LOOKUP_PER_HOUR, windowMs: HOUR_MS };
  },
  get maxPhotos() {
    return env().TIP_MAX_PHOTOS;
  },
};

export const returnVisitPolicy: ReturnVisitPolicy = {
  get afterDays() {
    return env().RETURN_VISIT_AFTER_DAYS;
  },
  get samplePercent() {
    return env().RETURN_VISIT_SAMPLE_PERCENT;
  },
  get closedWorkshopSamplePercent() {
    return env().RETURN_VISIT_CLOSED_WORKSHOP_PERCENT;
  },
};

/** Evidence photos farther than this many metres from the enterprise's site are flagged (lib/enterprises/geo.ts). */
export function evidenceMaxDistanceM(): number {
  return env().EVIDENCE_MAX_DISTANCE_M;
}
