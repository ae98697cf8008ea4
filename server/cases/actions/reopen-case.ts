"use server";
import { defineTransition } from "@/server/cases/define-transition";

/** 撤销验收 (reopens an accepted case, e.g. 死灰复燃) — 区工强办 only, with a reason. */
export const reopenCase = defineTransition("REOPEN", ["OFFICE"], "case.reopen");
