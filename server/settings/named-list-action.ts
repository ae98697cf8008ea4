import "server-only";

import { z } from "zod";

import { intId, text } from "@/lib/fields";
import { defineAction } from "@/server/action";
import type { Tx } from "@/server/db";
import { ActionError, notFound } from "@/server/errors";
import { districtOf } from "@/server/scope";

type Row = { id: number; name: string; displayOrder: number; active: boolean; districtId: number };
/** The part of a Prisma delegate a named list uses (RectificationOutcome, PolicyBasis). */
type Delegate = {
  findFirst(args: { where: { districtId: number } & ({ id: number } | { name: string }) }): Promise<Row | null>;
  aggregate(args: {
    where: { districtId: number };
    _max: { displayOrder: true };
  }): Promise<{ _max: { displayOrder: number | null } }>;
  create(args: { data: { name: string; displayOrder: number; districtId: number } }): Promise<Row>;
  update(args: { where: { id: number }; data: { active: boolean } }): Promise<Row>;
};

/**
 * A list the office keeps in 工作设置 (outcome categories, policy bases), each district its own: add a name at the
 * end, or switch an entry on or off. Entries are never deleted: cases refer to them.
 */
export function defineNamedListAction<K extends string>(def: {
  name: string;
  entity: string;
  idKey: K;
  label: string;
  maxLength: number;
  duplicate: string;
  table: (tx: Tx) => unknown;
}) {
  const list = (tx: Tx) => def.table(tx) as Delegate;
  return defineAction({
    name: def.name,
    input: z.union([
      z.object({ name: text(def.label, def.maxLength, 2) }),
      z.object({ [def.idKey]: intId, active: z.boolean() } as { [P in K]: typeof intId } & { active: z.ZodBoolean }),
    ]),
    roles: ["OFFICE"],
    authorize: async ({ user, input, tx }) => {
      const districtId = districtOf(user);
      if ("name" in input) {
        if (await list(tx).findFirst({ where: { districtId, name: input.name } }))
          throw new ActionError("CONFLICT", def.duplicate);
        return null;
      }
      const row = await list(tx).findFirst({ where: { districtId, id: (input as Record<K, number>)[def.idKey] } });
      if (!row) throw notFound();
      return row;
    },
    run: async ({ user, input, tx, resource: before }) => {
      const districtId = districtOf(user);
      const last = async () =>
        (await list(tx).aggregate({ where: { districtId }, _max: { displayOrder: true } }))._max.displayOrder ?? 0;
      const after =
        "name" in input
          ? await list(tx).create({ data: { name: input.name, displayOrder: (await last()) + 1, districtId } })
          : await list(tx).update({
              where: { id: before!.id },
              data: { active: (input as { active: boolean }).active },
            });
      return { data: null, audit: [{ entity: def.entity, entityId: after.id, before, after }] };
    },
    revalidate: () => ["/settings"],
  });
}
