"use server";
import { defineNamedListAction } from "@/server/settings/named-list-action";

/** Adds a policy basis (淘汰类 item or other basis) for ELIMINATION cases, or switches one on or off. */
export const savePolicyBasis = defineNamedListAction({
  name: "policyBasis.save",
  entity: "PolicyBasis",
  idKey: "policyBasisId",
  label: "政策依据",
  maxLength: 200,
  duplicate: "已有相同的政策依据",
  table: (tx) => tx.policyBasis,
});
