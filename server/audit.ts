import "server-only";

import type { Tx } from "@/server/db";

export type AuditEntry = {
  entity: string;
  entityId: string | number;
  before: unknown;
  after: unknown;
  /**
   * The district the entry belongs to when not the actor's: a city account's change addressed to a district (a city
   * 通报 naming it) is entered in that district's log too (docs/domain.md §市级).
   */
  districtId?: number;
};

// JSON columns take plain JSON: Dates become ISO strings, Decimals their string form.
const plain = (v: unknown) => (v === undefined || v === null ? undefined : JSON.parse(JSON.stringify(v)));

/**
 * Who made the change: a signed-in user (their district is the entry's; a city account's entries have
 * none), or nobody — a job or the public — on behalf of the district the record belongs to (docs/domain.md §市级).
 */
export type AuditActor = { id: string; districtId: number | null } | { id: null; districtId: number };

export async function writeAudit(tx: Tx, actor: AuditActor, action: string, entries: AuditEntry[]) {
  await tx.auditLog.createMany({
    data: entries.map((e) => ({
      actorId: actor.id,
      districtId: e.districtId ?? actor.districtId,
      action,
      entity: e.entity,
      entityId: String(e.entityId),
      before: plain(e.before),
      after: plain(e.after),
    })),
  });
}

/**
 * The audit entry of a versioned edit: the named fields and the version, before and after (plus
 * anything else the action records, such as its reason).
 */
export function versionedChange<T extends { version: number }, K extends keyof T>(
  entity: string,
  id: string | number,
  before: T,
  after: T,
  fields: K[],
  extra: Record<string, unknown> = {},
): AuditEntry {
  const pick = (row: T) => Object.fromEntries([...fields, "version" as K].map((f) => [f, row[f]]));
  return { entity, entityId: id, before: pick(before), after: { ...pick(after), ...extra } };
}
