// 监督检查 records for the authorisation matrix, owned like the rest of it (matrix-fixtures.ts) by
// 集士港镇 and 区发改局: a round over 集士港镇 in which 区发改局 takes part (区应急管理局, the matrix's
// other department, does not), and findings of 集士港镇 recorded by 区发改局.
import { addDays, beijingDay } from "@/lib/dates";
import type { FindingStatus } from "@/lib/generated/prisma/enums";
import { prisma } from "@/server/db";

import { HAISHU_DISTRICT_ID } from "./fixtures";
import { caseOf, fgj, jishigang } from "./matrix-fixtures";

const user = (username: string) => prisma.user.findUniqueOrThrow({ where: { username } });

/** A round of the current campaign over 集士港镇 with 区发改局, started 2020-07-01 — or, `future`, starting in ten days. */
export async function roundOf({ future = false } = {}) {
  const [campaign, u, d, office] = await Promise.all([
    prisma.campaign.findFirstOrThrow({ where: { isCurrent: true, districtId: HAISHU_DISTRICT_ID } }),
    jishigang(),
    fgj(),
    user("office"),
  ]);
  const start = future ? addDays(beijingDay(new Date()), 10) : new Date("2020-07-01T00:00:00Z");
  return prisma.inspectionRound.create({
    data: {
      campaignId: campaign.id,
      title: "矩阵监督检查",
      startDate: start,
      endDate: addDays(start, 30),
      checklist: "核实拆除和去向",
      createdById: office.id,
      units: { create: { unitId: u.id } },
      departments: { create: { departmentId: d.id } },
    },
  });
}

/** A finding of 集士港镇 recorded by 区发改局 in such a round, in the given state (on an accepted case when `onAcceptedCase`); OPEN ones may carry an ANSWER file row. */
export async function findingOf(status: FindingStatus, { onAcceptedCase = false, answerFile = false } = {}) {
  const [round, d, recorder, unit] = await Promise.all([roundOf(), fgj(), user("fgj"), user("jishigang")]);
  const c = onAcceptedCase ? await caseOf("ACCEPTED") : null;
  const answered = status !== "OPEN";
  return prisma.inspectionFinding.create({
    data: {
      roundId: round.id,
      unitId: (await jishigang()).id,
      caseId: c?.id,
      departmentId: d.id,
      status,
      problem: "设备未拆除",
      requirement: "拆除并提供去向证明",
      dueDate: addDays(beijingDay(new Date()), 30),
      recordedById: recorder.id,
      answer: answered ? "已拆除" : null,
      answeredAt: answered ? new Date() : null,
      answeredById: answered ? unit.id : null,
      files: answerFile
        ? {
            create: {
              role: "ANSWER",
              storageKey: `matrix/finding-${Date.now().toString(36)}${Math.random().toString(36).slice(2)}`,
              originalName: "整改.jpg",
              mime: "image/jpeg",
              size: 1,
              sha256: "0".repeat(64),
              uploadedById: unit.id,
            },
          }
        : undefined,
    },
  });
}

/** An open finding of 集士港镇 recorded by 区发改局 with one file: 区发改局's photo (FINDING) or 集士港镇's evidence (ANSWER). */
export async function findingFileOf(role: "FINDING" | "ANSWER") {
  const [finding, uploader] = await Promise.all([findingOf("OPEN"), user(role === "ANSWER" ? "jishigang" : "fgj")]);
  const file = await prisma.inspectionFindingFile.create({
    data: {
      findingId: finding.id,
      role,
      storageKey: `matrix/finding-file-${Date.now().toString(36)}${Math.random().toString(36).slice(2)}`,
      originalName: "现场.jpg",
      mime: "image/jpeg",
      size: 1,
      sha256: "0".repeat(64),
      uploadedById: uploader.id,
    },
  });
  return { finding, file };
}
