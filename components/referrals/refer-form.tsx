import { ReferFormClient, type ReferSubject } from "@/components/referrals/refer-form-client";
import { listExperts } from "@/server/referrals/read-referrals";
import { requireUser } from "@/server/session";

/**
 * 咨询行业专家 for one case (`{ caseId }`) or one inspection finding (`{ findingId }`), to mount on a
 * server page where the user may refer it (the server decides again: lib/referrals/rules.ts).
 */
export async function ReferForm(subject: ReferSubject) {
  const experts = await listExperts(await requireUser());
  return (
    <ReferFormClient
      subject={subject.caseId ? { caseId: subject.caseId } : { findingId: subject.findingId! }}
      experts={experts}
    />
  );
}
