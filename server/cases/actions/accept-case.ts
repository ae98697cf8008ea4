"use server";
import { defineTransition } from "@/server/cases/define-transition";

/** 验收通过 — 区工强办 or the lead department of one of the case's dimensions. */
export const acceptCase = defineTransition("ACCEPT", ["OFFICE", "DEPARTMENT"], "case.accept");
