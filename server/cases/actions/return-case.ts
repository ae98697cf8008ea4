"use server";
import { defineTransition } from "@/server/cases/define-transition";

/** 退回 with a reason the officer will see. */
export const returnCase = defineTransition("RETURN", ["OFFICE", "DEPARTMENT"], "case.return");
