/**
 * Per-stage timings of the CLI's read of one 100,000-person roster, for profiling (not part of
 * `npm run bench`): after `npm run bench` (or `npx tsc -p bench/tsconfig.json`), run
 * `node --expose-gc build-bench/bench/stages.js`; `REPS=n` sets the rounds (7). The two rosters of
 * the benchmark are written once to /tmp/tinhgon-stages-{1,2}.xlsx and kept for the next run.
 * Garbage is collected before each stage, so `open` and `readTable` here add up to less than the
 * benchmark's engine side, where the read pays for collecting what the open left.
 */
import { existsSync, readFileSync } from "fs";
import { inflateRawSync } from "zlib";
import { compare } from "../src/core/analyse";
import { readTable } from "../src/core/read";
import type { StaffingTable } from "../src/core/types";
import { openWorkbookBytes } from "../src/hosts/xlsx/open";
import { partData, unzipPart, zipEntries } from "../src/hosts/xlsx/stream/zip";
import { roster, writeRosterXlsx } from "./data";
import { median, timeSync, timeAsync } from "./measure";

async function main(): Promise<void> {
  const files = ["/tmp/tinhgon-stages-1.xlsx", "/tmp/tinhgon-stages-2.xlsx"];
  if (!existsSync(files[0] as string)) await writeRosterXlsx(roster(100_000, 1), files[0] as string);
  if (!existsSync(files[1] as string))
    await writeRosterXlsx(roster(100_000, 2, { merged: true }), files[1] as string);
  const bytes = readFileSync(files[0] as string);
  const bytes2 = readFileSync(files[1] as string);
  const entry = zipEntries(bytes)?.find((e) => /^xl\/worksheets\/sheet\d+\.xml$/.test(e.name));
  if (!entry) throw new Error("no sheet");
  const reps = Number(process.env.REPS ?? 7);
  const t: Record<string, number[]> = {};
  const add = (k: string, ms: number) => (t[k] ??= []).push(ms);
  let grid;
  let tables: StaffingTable[] = [];
  for (let k = 0; k < reps; k++) {
    add(
      "floor",
      timeSync(() => {
        const xml = inflateRawSync(partData(bytes, entry) as Uint8Array);
        let cells = 0;
        for (let i = xml.indexOf("<c"); i >= 0; i = xml.indexOf("<c", i + 2)) cells++;
        return cells;
      }),
    );
    add(
      "zlib",
      timeSync(() => inflateRawSync(partData(bytes, entry) as Uint8Array)),
    );
    add(
      "unzipPart",
      timeSync(() => unzipPart(bytes, entry)),
    );
    add(
      "open",
      await timeAsync(async () => {
        const o = await openWorkbookBytes(bytes, "a.xlsx");
        if (!o.ok) throw new Error("open");
        grid = o.value.grid(o.value.sheetNames[0] as string);
      }),
    );
    add(
      "readTable",
      timeSync(() => readTable(grid!)),
    );
    const o2 = await openWorkbookBytes(bytes2, "b.xlsx");
    if (!o2.ok) throw new Error("open");
    const g2 = o2.value.grid(o2.value.sheetNames[0] as string)!;
    tables = [readTable(grid!).table!, readTable(g2).table!];
    add(
      "compare",
      timeSync(() => compare(tables[0]!, tables[1]!, { date: "2026-02-05" })),
    );
  }
  for (const [k, v] of Object.entries(t))
    console.log(
      `${k.padEnd(10)} median ${median(v).toFixed(1)} ms  [${v.map((x) => x.toFixed(0)).join(", ")}]`,
    );
  const m = (k: string) => median(t[k] as number[]);
  console.log(`engine/floor ≈ ${((m("open") + m("readTable") + m("compare") / 2) / m("floor")).toFixed(2)}`);
}
void main();
