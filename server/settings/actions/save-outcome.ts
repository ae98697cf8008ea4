"use server";
import { defineNamedListAction } from "@/server/settings/named-list-action";

/** Adds a rectification outcome category, or switches one on or off. */
export const saveOutcome = defineNamedListAction({
  name: "outcome.save",
  entity: "RectificationOutcome",
  idKey: "outcomeId",
  label: "名称",
  maxLength: 20,
  duplicate: "已有同名的整治结果类别",
  table: (tx) => tx.rectificationOutcome,
});
