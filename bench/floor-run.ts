/**
 * engine_vs_floor in a process of its own, as the CLI reads: `bench.ts` starts it with
 * `node --expose-gc floor-run.js A.xlsx B.xlsx <pairs per file> <compare ms>` and reads the
 * {@link FloorResult} it prints as JSON (progress goes to stderr). In the benchmark's own process
 * the read comes after ten ExcelJS loads of these rosters (engine_vs_parse), which leave that
 * process slower for both sides, unevenly: measured on this machine, the same build read at
 * 2.3–2.8 × the floor there and 1.8–2.1 × in a fresh process. The CLI never loads a workbook with
 * ExcelJS. Both figures are printed.
 */

import { readFileSync } from "fs";
import { engineVsFloor } from "./parse";

async function main(): Promise<void> {
  const [a, b, pairs, compareMs] = process.argv.slice(2);
  if (!a || !b) throw new Error("usage: floor-run.js A.xlsx B.xlsx <pairs> <compare ms>");
  const files: [Uint8Array, Uint8Array] = [readFileSync(a), readFileSync(b)];
  const result = await engineVsFloor(files, Number(pairs), Number(compareMs), WARM_ROUNDS);
  process.stdout.write(JSON.stringify(result));
}

/** Unmeasured reads of each file first: a fresh process's first reads run before the JIT has compiled the reader. */
const WARM_ROUNDS = 4;

main().catch((err: unknown) => {
  process.stderr.write(
    `floor-run failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`,
  );
  process.exitCode = 1;
});
