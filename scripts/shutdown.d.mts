export function onStopSignals(
  steps: (() => unknown)[],
  options?: { timeoutMs?: number; onError?: (err: unknown) => void },
): void;
