/**
 * consolidate_100_files_ms: the real command line (`node bin/tinhgon.js consolidate FOLDER --json`)
 * on a hundred returned rosters of 300 people each (15 phòng, one sở per file, named in the title
 * rows), with its peak RSS read by the preloaded hook: the files are read one at a time, so memory
 * stays that of one workbook plus the figures kept.
 */

import { execFile } from "child_process";
import { mkdirSync, readFileSync, rmSync } from "fs";
import path from "path";
import { promisify } from "util";
import { stream } from "exceljs";
import { roster, rosterRows } from "./data";

export interface ConsolidateResult {
  files: number;
  ms: number;
  peakRssMb: number;
  /** The grand total of staff the CLI printed (checked against the rosters written). */
  staff: number;
}

async function writeReturn(file: string, agency: string, seed: number, people: number): Promise<number> {
  const r = roster(people, seed, { units: 15 });
  const wb = new stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: true, useStyles: true });
  const ws = wb.addWorksheet("Danh sách");
  for (const values of [["ỦY BAN NHÂN DÂN TỈNH BÌNH MINH"], [agency], ...rosterRows(r)])
    ws.addRow(values.map((v) => (v === undefined ? null : v))).commit();
  ws.commit();
  await wb.commit();
  return r.people.filter((p) => p.role !== "contract").length;
}

export async function consolidateRun(
  root: string,
  scratch: string,
  files = 100,
  people = 300,
): Promise<ConsolidateResult> {
  const folder = path.join(scratch, "tra-ve");
  mkdirSync(folder, { recursive: true });
  let expected = 0;
  for (let i = 0; i < files; i++) {
    const name = `${String(i + 1).padStart(3, "0")}-so-${i + 1}.xlsx`;
    expected += await writeReturn(path.join(folder, name), `SỞ SỐ ${i + 1}`, 1000 + i, people);
  }
  const rssFile = path.join(scratch, "consolidate-rss.txt");
  const started = Date.now();
  const { stdout } = await promisify(execFile)(
    process.execPath,
    [
      "-r",
      path.join(__dirname, "rss-hook.js"),
      path.join(root, "bin", "tinhgon.js"),
      "consolidate",
      folder,
      "--json",
      "--date",
      "2026-02-05",
    ],
    { cwd: scratch, maxBuffer: 256 * 1024 * 1024, env: { ...process.env, TINHGON_BENCH_RSS: rssFile } },
  ).catch((err: { stdout?: string; code?: number }) => {
    // Exit 1 (incomplete) still prints the JSON; it is checked below.
    if (typeof err.stdout === "string" && err.code === 1) return { stdout: err.stdout };
    throw err;
  });
  const ms = Date.now() - started;
  const json = JSON.parse(stdout) as {
    agencies: { counted: boolean }[];
    summary: { staff: { before: number } };
  };
  const kb = Number(readFileSync(rssFile, "utf8"));
  rmSync(rssFile, { force: true });
  rmSync(folder, { recursive: true, force: true });
  const counted = json.agencies.filter((a) => a.counted).length;
  if (counted !== files || json.summary.staff.before !== expected)
    throw new Error(
      `consolidate: ${counted} of ${files} files counted, staff ${json.summary.staff.before} (expected ${expected})`,
    );
  return { files, ms, peakRssMb: kb / 1024, staff: json.summary.staff.before };
}
