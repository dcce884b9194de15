/** Timing helpers: wall-clock milliseconds, garbage collected before each run when allowed. */

import { performance } from "perf_hooks";

const gc = (globalThis as { gc?: () => void }).gc;

/** Collect garbage if node runs with --expose-gc, so one run does not pay for the last one's. */
export function collect(): void {
  gc?.();
}

export async function timeAsync(f: () => Promise<unknown>): Promise<number> {
  collect();
  const start = performance.now();
  await f();
  return performance.now() - start;
}

export function timeSync(f: () => unknown): number {
  collect();
  const start = performance.now();
  f();
  return performance.now() - start;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  if (sorted.length === 0) return NaN;
  return sorted.length % 2
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

export const round = (x: number, digits = 2): number => Math.round(x * 10 ** digits) / 10 ** digits;

/** Progress to stderr, so that stdout holds only the figures. */
export function log(text: string): void {
  process.stderr.write(`${text}\n`);
}
