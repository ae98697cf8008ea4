// Next calls register() once when a server process starts: the scheduled jobs start here, outside
// any page rendering (server/jobs). Node runtime only; not while `next build` collects pages.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  const { startJobRunner } = await import("@/server/jobs/runner");
  startJobRunner();
}
