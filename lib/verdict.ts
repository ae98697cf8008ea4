// The answer of a pure rule that allows or refuses with a reason the UI and the server both show.

export type Verdict = { ok: true } | { ok: false; reason: string };

export const OK: Verdict = { ok: true };

export const refuse = (reason: string): Verdict => ({ ok: false, reason });
