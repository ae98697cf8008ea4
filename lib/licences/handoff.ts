// 注销生产许可证 (work plan, 质量方面 2): the production licence of an enterprise closed by law is
// cancelled. Which accepted cases close the enterprise, and which of them still wait for the
// cancellation — pure, so the work list and its tests read the same rule.
import type { CaseStatus, Category } from "@/lib/generated/prisma/enums";

/** A rectification outcome that ends production (关停淘汰, 关闭, 依法关停, 取缔, 吊销…): the enterprise no longer needs its licence. */
export function isClosureOutcome(name: string | null | undefined): boolean {
  return name != null && /关停|关闭|取缔|吊销/.test(name);
}

type HandoffCase = {
  status: CaseStatus;
  category: Category;
  outcome: { name: string } | null;
  enterprise: { productionLicence: string | null; licenceCancellations: { licenceNumber: string }[] };
};

/** An accepted elimination, or an accepted rectification whose outcome is closure. */
export function closesEnterprise(c: Pick<HandoffCase, "status" | "category" | "outcome">): boolean {
  if (c.status !== "ACCEPTED") return false;
  return c.category === "ELIMINATION" || isClosureOutcome(c.outcome?.name);
}

/** On 区市场监管局's list: closed, holding a licence, and that licence not yet recorded as cancelled. */
export function awaitsLicenceCancellation(c: HandoffCase): boolean {
  const licence = c.enterprise.productionLicence?.trim();
  if (!licence || !closesEnterprise(c)) return false;
  return !c.enterprise.licenceCancellations.some((x) => x.licenceNumber === licence);
}

/** A licence number as typed: trimmed, full-width letters and digits made half-width, upper case. */
export function normaliseLicence(raw: string): string {
  return raw
    .trim()
    .replace(/[\uff01-\uff5e]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
    .toUpperCase();
}
