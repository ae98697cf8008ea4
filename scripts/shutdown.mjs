// Stopping the portal on Ctrl-C (SIGINT) or SIGTERM: run each step once, in order, however many
// signals arrive (a terminal signals `npm start` and the server process both), then exit 0. A step
// that fails is logged and the next still runs; after `timeoutMs` the process exits regardless.
/**
 * @param {(() => unknown)[]} steps
 * @param {{ timeoutMs?: number, onError?: (err: unknown) => void }} [options]
 */
export function onStopSignals(steps, { timeoutMs = 10_000, onError = (err) => console.error(err) } = {}) {
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    setTimeout(() => process.exit(0), timeoutMs).unref();
    for (const step of steps) {
      try {
        await step();
      } catch (err) {
        onError(err);
      }
    }
    process.exit(0);
  };
  for (const sig of ["SIGINT", "SIGTERM"]) process.on(sig, stop);
}
