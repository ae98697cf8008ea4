// The campaign setting "expert opinion required": accepting an ELIMINATION case is refused until it
// has an answered, not withdrawn expert opinion; RECTIFICATION cases and other campaigns are unaffected.
import { beforeAll, describe, expect, it } from "vitest";

import { OPINION_REQUIRED_MESSAGE } from "@/lib/referrals/rules";
import { acceptCase } from "@/server/cases/actions/accept-case";
import { prisma } from "@/server/db";
import { answerReferral } from "@/server/referrals/actions/answer-referral";
import { referToExpert } from "@/server/referrals/actions/refer-to-expert";
import { setExpertOpinionRequired } from "@/server/referrals/actions/set-opinion-required";
import { withdrawReferral } from "@/server/referrals/actions/withdraw-referral";

import { registerTestCase } from "../../helpers/fixtures";
import { asUser } from "../../helpers/session";

let expertId: string;

async function submitted(category: "ELIMINATION" | "RECTIFICATION") {
  const outcome = await prisma.rectificationOutcome.findFirstOrThrow({ where: { active: true } });
  const id = await asUser("jishigang", () =>
    registerTestCase(
      category === "ELIMINATION"
        ? { dimensions: ["ENERGY"] }
        : { category, disposalPath: undefined, outcomeId: outcome.id, dimensions: ["ENERGY"] },
    ),
  );
  return prisma.case.update({ where: { id }, data: { status: "SUBMITTED", submittedAt: new Date() } });
}
const accept = (username: string, c: { id: string }) =>
  asUser(username, async () => {
    const { version } = await prisma.case.findUniqueOrThrow({ where: { id: c.id } });
    return acceptCase({ caseId: c.id, version });
  });

beforeAll(async () => {
  expertId = (await prisma.user.findUniqueOrThrow({ where: { username: "expert" } })).id;
  const campaign = await prisma.campaign.findFirstOrThrow({ where: { isCurrent: true } });
  // Only the office sets it.
  expect(
    await asUser("fgj", () =>
      setExpertOpinionRequired({ campaignId: campaign.id, version: campaign.version, required: true }),
    ),
  ).toMatchObject({ ok: false, code: "FORBIDDEN" });
  expect(
    await asUser("office", () =>
      setExpertOpinionRequired({ campaignId: campaign.id, version: campaign.version, required: true }),
    ),
  ).toMatchObject({ ok: true });
});

describe("accepting with the expert opinion required", () => {
  it("refuses an ELIMINATION case without an opinion, also after a withdrawn or unanswered referral; accepts once answered", async () => {
    const c = await submitted("ELIMINATION");
    expect(await accept("office", c)).toMatchObject({
      ok: false,
      code: "FORBIDDEN",
      message: OPINION_REQUIRED_MESSAGE,
    });

    const first = await asUser("office", () => referToExpert({ caseId: c.id, expertId, question: "是否属于淘汰类？" }));
    await asUser("office", () =>
      withdrawReferral({ referralId: (first as { data: { id: string } }).data.id, version: 0 }),
    );
    const second = await asUser("fgj", () => referToExpert({ caseId: c.id, expertId, question: "拆除是否到位？" }));
    expect(await accept("fgj", c)).toMatchObject({ ok: false, message: OPINION_REQUIRED_MESSAGE });
    expect((await prisma.case.findUniqueOrThrow({ where: { id: c.id } })).status).toBe("SUBMITTED");

    await asUser("expert", () =>
      answerReferral({
        referralId: (second as { data: { id: string } }).data.id,
        version: 0,
        conclusion: "CONFIRMED",
        opinion: "拆除到位，符合要求。",
      }),
    );
    expect(await accept("fgj", c)).toMatchObject({ ok: true });
    expect((await prisma.case.findUniqueOrThrow({ where: { id: c.id } })).status).toBe("ACCEPTED");
  });

  it("does not hold up a RECTIFICATION case", async () => {
    const c = await submitted("RECTIFICATION");
    expect(await accept("office", c)).toMatchObject({ ok: true });
  });

  it("the office can lift the requirement again", async () => {
    const c = await submitted("ELIMINATION");
    const campaign = await prisma.campaign.findFirstOrThrow({ where: { isCurrent: true } });
    expect(
      await asUser("office", () =>
        setExpertOpinionRequired({ campaignId: campaign.id, version: campaign.version, required: false }),
      ),
    ).toMatchObject({ ok: true });
    expect(await accept("office", c)).toMatchObject({ ok: true });
  });
});
