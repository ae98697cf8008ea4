import "server-only";

import { conflict } from "@/server/errors";

type Versioned<Id, Data, Row> = {
  updateMany(args: { where: { id: Id; version: number }; data: Data }): PromiseLike<{ count: number }>;
  findUniqueOrThrow(args: { where: { id: Id } }): PromiseLike<Row>;
};

/**
 * Updates one row only if it still has the version the user's form was built on (bumping it), and returns
 * the row as saved. A stale form is refused with CONFLICT instead of overwriting a newer edit.
 */
export async function updateVersioned<Id, Data, Row>(
  model: Versioned<NoInfer<Id>, NoInfer<Data> & { version: { increment: number } }, Row>,
  id: Id,
  version: number,
  data: Data,
): Promise<Row> {
  const { count } = await model.updateMany({ where: { id, version }, data: { ...data, version: { increment: 1 } } });
  if (count === 0) throw conflict();
  return model.findUniqueOrThrow({ where: { id } });
}
