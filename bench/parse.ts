/**
 * engine_vs_parse: the whole compare of two rosters as the CLI does it (open the .xlsx bytes, read
 * the table, compare) against a bare ExcelJS load of the same bytes (the reader used ExcelJS until
 * issue 12; the figure is kept to compare with earlier runs).
 *
 * engine_vs_floor: the same engine side against the floor of reading at all: inflate the sheet part
 * with Node's zlib and one pass over its `<c` elements, nothing else (parse_floor_ms).
 *
 * A load of a 100,000-row file varies by ±15% from run to run on a small VM, more than the
 * engine's own share, so the two sides are timed in adjacent pairs, one file at a time, the order
 * alternating: bare load of A, engine on A; engine on B, bare load of B; ... Each pair gives
 * (engine + half the compare) / bare; the figure is the median of the pairs.
 */

import { spawn } from "child_process";
import { Workbook } from "exceljs";
import path from "path";
import { inflateRawSync } from "zlib";
import { compare } from "../src/core/analyse";
import { readTable } from "../src/core/read";
import type { Grid, StaffingTable } from "../src/core/types";
import { openWorkbookBytes } from "../src/hosts/xlsx/open";
import { partData, zipEntries } from "../src/hosts/xlsx/stream/zip";
import { log, median, timeAsync, timeSync } from "./measure";

export interface ParseResult {
  /** Medians over the pairs, per file, summed over the two files. */
  bareMs: number;
  engineMs: number;
  compareMs: number;
  /** Median of the pairs' ratios. */
  ratio: number;
  ratios: number[];
  /**
   * The engine's own work alone, on grids already read: read both tables, compare. A cross-check
   * of the ratio: 1 + ownMs / bareMs.
   */
  ownMs: number;
  /** What the compare found, to check that the engine really did the work. */
  summary: { units: [number, number]; staff: [number, number] };
}

async function bareLoad(bytes: Uint8Array): Promise<Workbook> {
  const wb = new Workbook();
  await wb.xlsx.load(bytes as unknown as Parameters<Workbook["xlsx"]["load"]>[0]);
  return wb;
}

async function firstGrid(bytes: Uint8Array, name: string): Promise<Grid> {
  const opened = await openWorkbookBytes(bytes, name);
  if (!opened.ok) throw new Error(`open failed: ${opened.issue.code}`);
  const grid = opened.value.grid(opened.value.sheetNames[0] as string);
  if (!grid) throw new Error("no sheet");
  return grid;
}

/** What the CLI does with one file: open it (unzip, sheet XML to grid) and read its table. */
async function openAndRead(bytes: Uint8Array, name: string): Promise<StaffingTable> {
  const grid = await firstGrid(bytes, name);
  const read = readTable(grid);
  if (!read?.table) throw new Error(`read failed: ${JSON.stringify(read?.issues.slice(0, 3))}`);
  return read.table;
}

const OPTS = { date: "2026-02-05" };

export async function engineVsParse(
  files: readonly [Uint8Array, Uint8Array],
  reps: number,
): Promise<ParseResult> {
  // One unmeasured round first: the JIT and the heap grow on it, for both sides.
  for (const [f, bytes] of files.entries()) {
    await bareLoad(bytes);
    await openAndRead(bytes, `roster-${f}.xlsx`);
  }
  const bare: [number[], number[]] = [[], []];
  const ours: [number[], number[]] = [[], []];
  const tables: StaffingTable[] = [];
  for (let k = 0; k < 2 * reps; k++) {
    const f = k % 2;
    const bytes = files[f] as Uint8Array;
    const runBare = async () => (bare[f] as number[]).push(await timeAsync(() => bareLoad(bytes)));
    const runOurs = async () =>
      (ours[f] as number[]).push(
        await timeAsync(async () => (tables[f] = await openAndRead(bytes, `roster-${f}.xlsx`))),
      );
    if (Math.floor(k / 2) % 2 === f) {
      await runBare();
      await runOurs();
    } else {
      await runOurs();
      await runBare();
    }
  }
  const [before, after] = tables as [StaffingTable, StaffingTable];
  const compareTimes: number[] = [];
  for (let k = 0; k < 5; k++) compareTimes.push(timeSync(() => compare(before, after, OPTS)));
  const compareMs = median(compareTimes);
  const ratios: number[] = [];
  for (const f of [0, 1])
    (bare[f] as number[]).forEach((b, k) =>
      ratios.push((((ours[f] as number[])[k] as number) + compareMs / 2) / b),
    );
  for (const f of [0, 1])
    log(
      `  file ${f + 1}: bare ExcelJS ${bare[f]?.map((t) => t.toFixed(0)).join(", ")} ms; ` +
        `engine ${ours[f]?.map((t) => t.toFixed(0)).join(", ")} ms`,
    );
  log(`  compare ${compareMs.toFixed(1)} ms; pair ratios ${ratios.map((r) => r.toFixed(3)).join(", ")}`);
  const s = compare(before, after, OPTS).summary;
  const ownMs = await ownWork(files, reps);
  log(`  the engine's own work on loaded workbooks: ${ownMs.toFixed(0)} ms (median)`);
  return {
    bareMs: median(bare[0]) + median(bare[1]),
    engineMs: median(ours[0]) + median(ours[1]) + compareMs,
    compareMs,
    ratio: median(ratios),
    ratios,
    ownMs,
    summary: { units: [s.units.before, s.units.after ?? -1], staff: [s.staff.before, s.staff.after ?? -1] },
  };
}

async function ownWork(files: readonly [Uint8Array, Uint8Array], reps: number): Promise<number> {
  const grids: Grid[] = [];
  for (const [f, bytes] of files.entries()) grids.push(await firstGrid(bytes, `roster-${f}.xlsx`));
  const times: number[] = [];
  for (let k = 0; k < reps; k++) {
    times.push(
      timeSync(() => {
        const tables = grids.map((grid) => readTable(grid).table as StaffingTable);
        compare(tables[0] as StaffingTable, tables[1] as StaffingTable, OPTS);
      }),
    );
  }
  return median(times);
}

export interface FloorResult {
  /** Median floor per file, summed over the two files. */
  floorMs: number;
  /** The engine side (open + read per file, plus the compare), medians summed. */
  engineMs: number;
  /** Median of the pairs' ratios: (engine on a file + half the compare) / floor of that file. */
  ratio: number;
  ratios: number[];
  /** `<c` elements the floor counted in both files (a check that it saw the cells). */
  cells: number;
}

/** The raw deflate data of the first worksheet part (located through the central directory). */
function sheetPartData(bytes: Uint8Array): Uint8Array {
  const entry = zipEntries(bytes)?.find((e) => /^xl\/worksheets\/sheet\d+\.xml$/.test(e.name));
  const data = entry && partData(bytes, entry);
  if (!data) throw new Error("no worksheet part");
  return data;
}

/** The floor: inflate the sheet part with zlib and count its `<c` elements. */
function floor(bytes: Uint8Array): number {
  const xml = inflateRawSync(sheetPartData(bytes));
  let cells = 0;
  for (let i = xml.indexOf("<c"); i >= 0; i = xml.indexOf("<c", i + 2)) {
    const next = xml[i + 2];
    if (next === 0x20 || next === 0x3e || next === 0x2f) cells++;
  }
  return cells;
}

/**
 * engine_vs_floor measured in a fresh process (floor-run.ts), as the CLI reads: the files are read
 * there from disk, `reps` pairs per file.
 */
export function engineVsFloorInChild(
  files: readonly [string, string],
  reps: number,
  compareMs: number,
): Promise<FloorResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ["--expose-gc", path.join(__dirname, "floor-run.js"), ...files, String(reps), String(compareMs)],
      { stdio: ["ignore", "pipe", "inherit"] },
    );
    let out = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => (out += chunk));
    child.on("error", reject);
    child.on("close", (code) =>
      code === 0 ? resolve(JSON.parse(out) as FloorResult) : reject(new Error(`floor-run exited ${code}`)),
    );
  });
}

/** engine_vs_floor, timed in adjacent pairs as engine_vs_parse is. */
export async function engineVsFloor(
  files: readonly [Uint8Array, Uint8Array],
  reps: number,
  compareMs: number,
  warmRounds = 1,
): Promise<FloorResult> {
  let cells = 0;
  for (const bytes of files) cells += floor(bytes);
  for (let k = 0; k < warmRounds; k++)
    for (const [f, bytes] of files.entries()) await openAndRead(bytes, `roster-${f}.xlsx`);
  const floors: [number[], number[]] = [[], []];
  const ours: [number[], number[]] = [[], []];
  for (let k = 0; k < 2 * reps; k++) {
    const f = k % 2;
    const bytes = files[f] as Uint8Array;
    const runFloor = () => (floors[f] as number[]).push(timeSync(() => floor(bytes)));
    const runOurs = async () =>
      (ours[f] as number[]).push(await timeAsync(() => openAndRead(bytes, `roster-${f}.xlsx`)));
    if (Math.floor(k / 2) % 2 === f) {
      runFloor();
      await runOurs();
    } else {
      await runOurs();
      runFloor();
    }
  }
  const ratios: number[] = [];
  for (const f of [0, 1])
    (floors[f] as number[]).forEach((b, k) =>
      ratios.push((((ours[f] as number[])[k] as number) + compareMs / 2) / b),
    );
  for (const f of [0, 1])
    log(
      `  file ${f + 1}: floor ${floors[f]?.map((t) => t.toFixed(0)).join(", ")} ms; ` +
        `engine ${ours[f]?.map((t) => t.toFixed(0)).join(", ")} ms`,
    );
  log(`  pair ratios ${ratios.map((r) => r.toFixed(3)).join(", ")}; ${cells} cells`);
  return {
    floorMs: median(floors[0]) + median(floors[1]),
    engineMs: median(ours[0]) + median(ours[1]) + compareMs,
    ratio: median(ratios),
    ratios,
    cells,
  };
}
