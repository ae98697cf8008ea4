"use server";
import { z } from "zod";

import { annexCategory, annexTarget, boundedArray, intId, intInRange, version } from "@/lib/fields";
import { defineAction } from "@/server/action";
import { ActionError, conflict } from "@/server/errors";
import { updateVersioned } from "@/server/versioned-update";

const cell = z.object({
  districtId: intId,
  category: annexCategory,
  target: annexTarget,
  /** The version of the target the grid was built on; null where it showed none set (未下达). */
  version: version.nullable(),
});

/**
 * 下达区县目标 (docs/domain.md §市级): the city office sets a year's targets of the districts (a new year
 * simply gets its rows). Each cell is saved against the version the grid was built on: a target set or
 * changed meanwhile refuses the whole grid instead of being overwritten.
 */
export const setDistrictTargets = defineAction({
  name: "city.setDistrictTargets",
  input: z.object({ year: intInRange(2000, 2100), cells: boundedArray(cell, 200, "目标") }),
  roles: ["CITY_OFFICE"],
  authorize: async ({ input, tx }) => {
    const ids = new Set(
      (
        await tx.district.findMany({
          where: { id: { in: input.cells.map((c) => c.districtId) } },
          select: { id: true },
        })
      ).map((d) => d.id),
    );
    if (input.cells.some((c) => !ids.has(c.districtId))) throw new ActionError("INVALID", "区县无效");
    const keys = new Set(input.cells.map((c) => `${c.districtId}:${c.category}`));
    if (keys.size !== input.cells.length) throw new ActionError("INVALID", "同一区县同一类别只能有一个目标");
    return tx.districtTarget.findMany({ where: { year: input.year, districtId: { in: [...ids] } } });
  },
  run: async ({ user, input, tx, resource: current }) => {
    const old = new Map(current.map((t) => [`${t.districtId}:${t.category}`, t]));
    for (const c of input.cells) {
      const row = old.get(`${c.districtId}:${c.category}`);
      if ((row?.version ?? null) !== c.version) throw conflict();
    }
    const changed = input.cells.filter((c) => {
      const row = old.get(`${c.districtId}:${c.category}`);
      return !row || row.target !== c.target;
    });
    const audit = [];
    for (const c of changed) {
      const row = old.get(`${c.districtId}:${c.category}`);
      // A parallel save between the read and here: the versioned update (or the unique key of a new row) refuses it.
      const saved = row
        ? await updateVersioned(tx.districtTarget, row.id, row.version, { target: c.target, updatedById: user.id })
        : await tx.districtTarget.create({
            data: {
              districtId: c.districtId,
              year: input.year,
              category: c.category,
              target: c.target,
              updatedById: user.id,
            },
          });
      audit.push({
        entity: "DistrictTarget",
        entityId: saved.id,
        before: row ? { target: row.target, version: row.version } : null,
        after: {
          districtId: c.districtId,
          year: input.year,
          category: c.category,
          target: saved.target,
          version: saved.version,
        },
      });
    }
    // Each district's own log shows the city changing its target too.
    return {
      data: { changed: changed.length },
      audit: [...audit, ...audit.map((entry) => ({ ...entry, districtId: entry.after.districtId }))],
    };
  },
  revalidate: () => ["/city", "/city/targets", "/admin/campaigns"],
});
