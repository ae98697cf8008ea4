import "server-only";

import type { Tx } from "@/server/db";

export type AuditEntry = { entity: string; entityId: string | number; before: unknown; after: unknown };

// JSON columns take plain JSON: Dates become ISO strings, Decimals their string form.
const plain = (v: unknown) => (v === undefined || v === null ? undefined : JSON.parse(JSON.stringify(v)));

export async function writeAudit(tx: Tx, actorId: string | null, action: string, entries: AuditEntry[]) {
  await tx.auditLog.createMany({
    data: entries.map((e) => ({
      actorId,
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
