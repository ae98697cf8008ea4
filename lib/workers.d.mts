export const MAX_WORKERS: number;
export function parseWorkers(value: string | undefined, embedded: boolean): number;
