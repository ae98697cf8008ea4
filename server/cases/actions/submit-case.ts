"use server";
import { defineTransition } from "@/server/cases/define-transition";

/** 上报验收 — refused while the rules still miss anything. */
export const submitCase = defineTransition("SUBMIT", ["TOWNSHIP"], "case.submit");
