"use server";
import { registerCaseInput } from "@/lib/cases/case-input";
import { defineAction } from "@/server/action";
import { checkRegistration, createCaseRecords } from "@/server/cases/register-case-records";

/** 登记企业并建立案件 — a township officer, for their own unit in the current campaign. */
export const registerCase = defineAction({
  name: "case.register",
  input: registerCaseInput,
  roles: ["TOWNSHIP"],
  authorize: ({ user, input, tx }) => checkRegistration(tx, user, input),
  run: async ({ user, input, tx, resource }) => {
    const { created, audit } = await createCaseRecords(tx, user, input, resource);
    return { data: { id: created.id }, audit };
  },
  revalidate: () => ["/cases"],
});
