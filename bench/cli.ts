/**
 * cli_peak_rss_mb: the real command line (`node bin/tinhgon.js compare A.xlsx B.xlsx --json`, built
 * by `npm run build:cli`) on the two 100,000-person rosters; its peak RSS, read by a preloaded
 * hook at exit. Its wall time and exit code are checked too.
 */

import { execFile } from "child_process";
import { readFileSync, rmSync } from "fs";
import path from "path";
import { promisify } from "util";

export interface CliResult {
  peakRssMb: number;
  ms: number;
  /** The staff figures the CLI printed, before and after. */
  staff: [number, number];
}

export async function cliPeakRss(root: string, files: [string, string], scratch: string): Promise<CliResult> {
  const rssFile = path.join(scratch, "cli-rss.txt");
  const started = Date.now();
  const { stdout } = await promisify(execFile)(
    process.execPath,
    [
      "-r",
      path.join(__dirname, "rss-hook.js"),
      path.join(root, "bin", "tinhgon.js"),
      "compare",
      ...files,
      "--json",
      "--date",
      "2026-02-05",
    ],
    { cwd: scratch, maxBuffer: 256 * 1024 * 1024, env: { ...process.env, TINHGON_BENCH_RSS: rssFile } },
  );
  const ms = Date.now() - started;
  const json = JSON.parse(stdout) as { summary: { staff: { before: number; after: number } } };
  const kb = Number(readFileSync(rssFile, "utf8"));
  rmSync(rssFile, { force: true });
  return { peakRssMb: kb / 1024, ms, staff: [json.summary.staff.before, json.summary.staff.after] };
}
