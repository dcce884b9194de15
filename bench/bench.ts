/**
 * `npm run bench`: the speed and size figures of DESIGN.md §6, measured side by side in one run.
 * Prints one `name: value` line per figure on stdout (progress and the targets go to stderr); with
 * `--json`, one JSON object with the same keys. Inputs are generated here from a seeded PRNG,
 * written to a temporary folder and deleted at the end. Results: docs/benchmarks.md.
 */

import { mkdtempSync, readFileSync, rmSync } from "fs";
import os from "os";
import path from "path";
import { buildBundles } from "./bundles";
import { cliPeakRss } from "./cli";
import { consolidateRun } from "./consolidate";
import { roster, rosterRows, unitTableRows, writeRosterXlsx } from "./data";
import { excelRoundTrips } from "./excel";
import { engineVsFormulas } from "./formulas";
import { functionTimes } from "./functions";
import { collect, log, round } from "./measure";
import { engineVsFloor, engineVsFloorInChild, engineVsParse } from "./parse";
import { proposeTimes } from "./propose";

/** The repository: this file runs as build-bench/bench/bench.js. */
const ROOT = path.resolve(__dirname, "..", "..");

const SIZES = {
  /** Persons in each of the two rosters compared (engine_vs_parse, cli_peak_rss_mb). */
  compare: 100_000,
  /** Adjacent pairs (bare ExcelJS load, engine) per file. */
  parseReps: 4,
  /** Adjacent pairs (floor, engine) per file: cheap, so more of them than of engine_vs_parse's. */
  floorReps: 8,
  /** HyperFormula's COUNTIFS cost grows with persons × units: 20,000 × 200 takes minutes here. */
  formulas: { persons: 10_000, units: 100 },
  functionCells: 100_000,
  functionReps: 5,
  /** The staffing sheet read from and reported into the Excel fake. */
  excelRows: 50_000,
  excelUnits: 2_000,
};

type Figure = number | string | null;

interface Target {
  key: string;
  text: string;
  met: (v: number) => boolean;
}

const TARGETS: Target[] = [
  { key: "engine_vs_parse", text: "≤ 1.3", met: (v) => v <= 1.3 },
  { key: "engine_vs_floor", text: "≤ 2.0", met: (v) => v <= 2.0 },
  { key: "cli_peak_rss_mb", text: "≤ 300", met: (v) => v <= 300 },
  { key: "engine_vs_formulas", text: "≤ 0.05", met: (v) => v <= 0.05 },
  { key: "read_syncs", text: "= 1", met: (v) => v === 1 },
  { key: "units_50k_read_syncs", text: "= 1", met: (v) => v === 1 },
  { key: "report_syncs", text: "≤ 3", met: (v) => v <= 3 },
  { key: "max_request_bytes", text: "< 5,000,000", met: (v) => v < 5_000_000 },
  { key: "taskpane_js_gzip_kb", text: "≤ 300", met: (v) => v <= 300 },
  { key: "functions_js_gzip_kb", text: "≤ 60", met: (v) => v <= 60 },
  { key: "propose_500_units_ms", text: "≤ 5,000", met: (v) => v <= 5000 },
  { key: "consolidate_100_files_ms", text: "≤ 10,000", met: (v) => v <= 10_000 },
  { key: "consolidate_100_files_peak_rss_mb", text: "≤ 300", met: (v) => v <= 300 },
];

async function main(): Promise<void> {
  const json = process.argv.includes("--json");
  const started = Date.now();
  const figures: Record<string, Figure> = {};
  const scratch = mkdtempSync(path.join(os.tmpdir(), "tinhgon-bench-"));
  try {
    log(
      `Inputs: two rosters of ${SIZES.compare.toLocaleString("en")} persons (200 and 180 units) in ${scratch}`,
    );
    const files: [string, string] = [path.join(scratch, "truoc.xlsx"), path.join(scratch, "sau.xlsx")];
    await writeRosterXlsx(roster(SIZES.compare, 1), files[0]);
    await writeRosterXlsx(roster(SIZES.compare, 2, { merged: true }), files[1]);
    collect();

    log("CLI: tinhgon compare on the two files");
    const cli = await cliPeakRss(ROOT, files, scratch);
    log(`  ${cli.ms} ms, peak RSS ${cli.peakRssMb.toFixed(0)} MB`);

    log("Bundles: webpack --mode production");
    const bundles = await buildBundles(ROOT);
    log(`  ${bundles.ms} ms: ${JSON.stringify(bundles.gzipKb)}`);

    log(`engine_vs_parse: ${SIZES.parseReps} pairs per file`);
    const bytes: [Uint8Array, Uint8Array] = [readFileSync(files[0]), readFileSync(files[1])];
    const parse = await engineVsParse(bytes, SIZES.parseReps);
    if (parse.summary.staff[0] !== cli.staff[0] || parse.summary.staff[1] !== cli.staff[1])
      throw new Error(`the CLI and the engine disagree: ${cli.staff} vs ${parse.summary.staff}`);
    collect();
    log(`engine_vs_floor: ${SIZES.floorReps} pairs per file (zlib inflate + one pass over the cells)`);
    log("  in a fresh process, as the CLI reads:");
    const floor = await engineVsFloorInChild(files, SIZES.floorReps, parse.compareMs);
    log("  here, after engine_vs_parse's ExcelJS loads:");
    const floorHere = await engineVsFloor(bytes, SIZES.floorReps, parse.compareMs);

    const { persons, units } = SIZES.formulas;
    log(`engine_vs_formulas: ${persons.toLocaleString("en")} persons × ${units} units`);
    const formulas = engineVsFormulas(roster(persons, 3, { units }), { hf: 1, engine: 7 });
    collect();

    log("propose_500_units_ms: 25 bodies of 20 phòng, 3 runs");
    const proposals = proposeTimes(3);
    collect();

    log("consolidate_100_files_ms: tinhgon consolidate on 100 returned rosters of 300 people");
    const consolidated = await consolidateRun(ROOT, scratch);
    log(`  ${consolidated.ms} ms, peak RSS ${consolidated.peakRssMb.toFixed(0)} MB`);
    collect();

    log(`functions_100k_ms: ${SIZES.functionReps} calls each`);
    const functions = functionTimes(SIZES.functionCells, SIZES.functionReps);
    collect();

    log(`Excel fake: a ${SIZES.excelRows.toLocaleString("en")}-person roster of ${SIZES.excelUnits} units`);
    const excel = await excelRoundTrips(
      "Danh sách",
      rosterRows(roster(SIZES.excelRows, 5, { units: SIZES.excelUnits })),
    );
    collect();
    log(`Excel fake: a ${SIZES.excelRows.toLocaleString("en")}-unit table`);
    const excelUnits = await excelRoundTrips("Biểu 01", unitTableRows(SIZES.excelRows, 21));

    const taskpane = bundles.gzipKb["taskpane.js"];
    const functionsKb = bundles.gzipKb["functions.js"];
    const readerKb = bundles.gzipKb["reader.js"];
    Object.assign(figures, {
      engine_vs_parse: round(parse.ratio, 3),
      engine_vs_floor: round(floor.ratio, 3),
      engine_vs_formulas: round(formulas.ratio, 4),
      functions_100k_ms: round(Math.max(...Object.values(functions)), 1),
      read_syncs: excel.readSyncs,
      read_max_response_bytes: excel.readMaxResponseBytes,
      report_syncs: excel.reportSyncs,
      max_request_bytes: excel.maxRequestBytes,
      taskpane_js_gzip_kb: taskpane === undefined ? null : round(taskpane, 1),
      functions_js_gzip_kb: functionsKb === undefined ? null : round(functionsKb, 1),
      // The browser mode's worker (the .xlsx reader), loaded only when a file is opened outside Excel.
      reader_js_gzip_kb: readerKb === undefined ? null : round(readerKb, 1),
      cli_peak_rss_mb: round(cli.peakRssMb, 0),
      propose_500_units_ms: round(proposals.proposeMs, 0),
      // The same table's plain check, and how many of its bodies were searched greedily.
      propose_check_500_units_ms: round(proposals.checkMs, 1),
      propose_vs_check: round(proposals.proposeMs / proposals.checkMs, 1),
      propose_bounded_bodies: proposals.bounded,
      // The real command line on a folder of returns, read one file at a time.
      consolidate_100_files_ms: consolidated.ms,
      consolidate_100_files_peak_rss_mb: round(consolidated.peakRssMb, 0),
      // The parts of each figure.
      parse_bare_exceljs_ms: round(parse.bareMs, 0),
      parse_engine_ms: round(parse.engineMs, 0),
      parse_compare_ms: round(parse.compareMs, 1),
      parse_engine_own_ms: round(parse.ownMs, 0),
      engine_vs_parse_from_parts: round(1 + parse.ownMs / parse.bareMs, 3),
      parse_floor_ms: round(floor.floorMs, 0),
      parse_floor_engine_ms: round(floor.engineMs, 0),
      // The same ratio measured in this process, after the ExcelJS loads (see floor-run.ts).
      engine_vs_floor_after_exceljs: round(floorHere.ratio, 3),
      formulas_persons: formulas.persons,
      formulas_units: formulas.units,
      formulas_count: formulas.formulas,
      formulas_hyperformula_ms: round(formulas.hfMs, 0),
      formulas_engine_ms: round(formulas.engineMs, 1),
      ...Object.fromEntries(
        Object.entries(functions).map(([name, ms]) => [`functions_100k_ms.${name}`, round(ms, 1)]),
      ),
      excel_sheet_rows: excel.rows,
      excel_report_units: excel.units,
      excel_report_rows: excel.reportRows,
      units_50k_read_syncs: excelUnits.readSyncs,
      units_50k_read_max_response_bytes: excelUnits.readMaxResponseBytes,
      units_50k_report_syncs: excelUnits.reportSyncs,
      units_50k_report: excelUnits.refused
        ? `refused before any write: ${excelUnits.refused.code} (${JSON.stringify(excelUnits.refused.params)})`
        : `inserted, ${excelUnits.reportRows} rows`,
      cli_ms: cli.ms,
      machine: `${os.cpus()[0]?.model ?? "?"}, ${os.availableParallelism()} CPUs, ${round(os.totalmem() / 2 ** 30, 1)} GiB`,
      node: process.version,
      total_s: round((Date.now() - started) / 1000, 0),
    });
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }

  if (json) process.stdout.write(`${JSON.stringify(figures, null, 2)}\n`);
  else
    for (const [key, value] of Object.entries(figures)) process.stdout.write(`${key}: ${value ?? "n/a"}\n`);
  log("\nTargets:");
  for (const t of TARGETS) {
    const v = figures[t.key];
    const status = typeof v === "number" ? (t.met(v) ? "met" : "MISSED") : "n/a";
    log(`  ${t.key}: ${v ?? "n/a"} (target ${t.text}): ${status}`);
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`bench failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exitCode = 1;
});
