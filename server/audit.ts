import "server-only";
import type { Tx } from "@/server/db";

export type AuditEntry = { entity: string; entityId: string | number; before: unknown; after: unknown };

// JSON columns take plain JSON: Dates become ISO strings, Decimals their string form.
const plain = (v: unknown) => (v === undefined || v === null ? undefined : JSON.parse(JSON.stringify(v)));

export async function writeAudit(tx: Tx, actorId: string | null, action: string, entries: AuditEntry[]) {
  await tx.auditLog.createMany({
    data: entries.map((e) => ({
      actorId, action, entity: e.entity, entityId: String(e.entityId), before: plain(e.before), after: plain(e.after),
    })),
  });
}
