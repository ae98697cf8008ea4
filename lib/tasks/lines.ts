// How a task line's target reads: "13家", "1200亩以上", or the kind of record kept when it has none.
import type { ContributionStatus, MeasureUnit, Role } from "@/lib/generated/prisma/enums";
type TargetLine = { target: { toString(): string } | null; atLeast: boolean; measure: string; items?: unknown[] };

export function formatTarget(line: TargetLine, unitLabel: string): string {
  if (line.target === null) {
    if (line.items && line.items.length > 0) return `${line.items.length}项重点任务（完成/未完成）`;
    return `无数量目标，记录办理${unitLabel}数`;
  }
  return `${Number(line.target.toString())}${unitLabel}${line.atLeast ? "以上" : ""}`;
}

type TaskLineActor = { role: Role; id: string; unitId: number | null; departmentId: number | null };
/** computed: the line's figure comes from records (lib/tasks/line-source.ts), never typed on its page. */
type RightsLine = { measure: MeasureUnit; leadDepartmentIds: readonly number[]; computed: boolean };
type RightsEntry = { status: ContributionStatus | null; unitId: number | null; authorId: string };

export type TaskLineRights = {
  /** A township reads and records its own unit's part of the line only. */
  ownUnitOnly: boolean;
  /** The office and the line's lead departments split the target and confirm unit contributions. */
  leads: boolean;
  /** Records progress on the page (a computed line counts its records: T10's inspections, T9's cases…). */
  record: boolean;
  /** Marks the line's 重点事项 done: its lead departments. */
  toggleItems: boolean;
  /** Adjusts the line's target or deadline: the office. */
  adjust: boolean;
  /** Corrects an entry and attaches files to it (server/scope.ts taskProgressEditScope decides again). */
  mayCorrect: (entry: RightsEntry) => boolean;
};

/**
 * What a user may do on a task line's page: everyone in the tasks area reads every line; a lead
 * department records its own entries, a township its unit's contributions (not on done/not-done item lines).
 */
export function taskLineRights(actor: TaskLineActor, line: RightsLine): TaskLineRights {
  const township = actor.role === "TOWNSHIP";
  const department = actor.role === "DEPARTMENT";
  const leadsAsDepartment =
    department && actor.departmentId !== null && line.leadDepartmentIds.includes(actor.departmentId);
  const leads = actor.role === "OFFICE" || leadsAsDepartment;
  return {
    ownUnitOnly: township,
    leads,
    record: !line.computed && (leadsAsDepartment || (township && line.measure !== "ITEM")),
    toggleItems: leadsAsDepartment,
    adjust: actor.role === "OFFICE",
    mayCorrect: (e) =>
      !line.computed &&
      (township
        ? e.unitId === actor.unitId && e.status !== "CONFIRMED"
        : leadsAsDepartment && e.unitId === null && e.authorId === actor.id),
  };
}
