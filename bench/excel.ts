/**
 * read_syncs, report_syncs, max_request_bytes: the add-in's Excel round trips on the recording fake
 * of the Excel API (src/hosts/excel/fake), which counts syncs and request bytes and rejects a
 * request over 5,000,000 bytes as Excel on the web does: read a 50,000-row sheet with
 * readUsedRange, readTable, check, and insert its full per-unit deputy review. The fake also refuses a
 * response over 5,000,000 bytes, as Excel on the web does; a sheet whose values pass that is read in
 * row chunks under it (src/hosts/excel/read.ts), so its read takes more than one sync.
 *
 * The insert: a report that fits two requests takes two write syncs and one for the page setup; a
 * larger one (the deputy review of a 50,000-unit table, about 21 MB on the wire) one write sync per
 * request, each under the limit (src/hosts/excel/writeReport.ts). `reportSyncs` counts them all;
 * the run checks that the progress steps match them and that the report's last row is there.
 */

import { check } from "../src/core/analyse";
import { readTable } from "../src/core/read";
import type { Issue } from "../src/core/types";
import { blockAddress } from "../src/hosts/excel/address";
import { RecordingExcel } from "../src/hosts/excel/fake/recordingExcel";
import { readUsedRange } from "../src/hosts/excel/read";
import { insertReport } from "../src/hosts/excel/writeReport";
import { defaultDetails, deputyReview } from "../src/reports";

export interface ExcelResult {
  /** Rows of the source sheet, titles and header included. */
  rows: number;
  units: number;
  readSyncs: number;
  /** The largest response of the read: Excel on the web refuses one over 5,000,000 bytes. */
  readMaxResponseBytes: number;
  /** Syncs of the insert (writes, then the page setup); 0 when it was refused before sending anything. */
  reportSyncs: number;
  maxRequestBytes: number;
  /** The largest request of the insert. */
  reportMaxRequestBytes: number;
  /** Time of the insert alone (planning, and the fake's work for every request). */
  reportMs: number;
  /** The last row of the report sheet. */
  reportRows: number;
  /** Set when insertReport refused the report. */
  refused?: Issue;
  ms: number;
}

export async function excelRoundTrips(sheet: string, data: unknown[][]): Promise<ExcelResult> {
  const started = Date.now();
  const fake = new RecordingExcel({ excelApi: "1.13" });
  fake.addSheet(sheet, data);
  fake.addMerge(sheet, "A1:F1");
  fake.protect(sheet);
  const grid = await readUsedRange(fake.context, sheet, { supports: fake.isSetSupported });
  if (!grid.ok) throw new Error(`read failed: ${grid.issue.code}`);
  const readSyncs = fake.syncCount;
  const read = readTable(grid.value);
  if (!read.table) throw new Error(`table not read: ${JSON.stringify(read.issues.slice(0, 3))}`);
  const date = "2026-02-05";
  const analysis = check(read.table, { date });
  const doc = deputyReview(analysis, defaultDetails("state", date));
  const steps: [number, number][] = [];
  const reportStarted = Date.now();
  const inserted = await insertReport(fake.context, doc, {
    sourceSheet: sheet,
    supports: fake.isSetSupported,
    progress: (done, total) => steps.push([done, total]),
  });
  const reportMs = Date.now() - reportStarted;
  if (fake.violations.length > 0) throw new Error(`source sheet written: ${fake.violations[0]}`);
  if (fake.pending > 0) throw new Error("operations left unsynced");
  const reportSyncs = fake.syncCount - readSyncs;
  if (inserted.ok) {
    const step = steps[steps.length - 1];
    if (!step || step[0] !== reportSyncs || step[1] !== reportSyncs)
      throw new Error(`progress ${JSON.stringify(step)} does not match ${reportSyncs} syncs`);
    const target = inserted.value.sheetNames[0] ?? "";
    const cells = (doc.sheets[0]?.cells ?? []).filter((c) => c.content.kind !== "text" || c.content.text);
    const last = cells.reduce((m, c) => (c.row > m.row ? c : m), cells[0] ?? { row: 1, col: 1 });
    const address = blockAddress({ top: last.row, left: last.col, bottom: last.row, right: last.col });
    if (!fake.cell(target, address)) throw new Error(`the report's last cell ${address} is missing`);
  }
  return {
    rows: data.length,
    units: analysis.units.length,
    readSyncs,
    readMaxResponseBytes: Math.max(...fake.requests.slice(0, readSyncs).map((r) => r.responseBytes)),
    reportSyncs,
    maxRequestBytes: Math.max(...fake.requests.map((r) => r.bytes)),
    reportMaxRequestBytes: Math.max(0, ...fake.requests.slice(readSyncs).map((r) => r.bytes)),
    reportMs,
    reportRows: Math.max(0, ...doc.sheets.map((s) => s.cells.reduce((m, c) => Math.max(m, c.row), 0))),
    ...(inserted.ok ? {} : { refused: inserted.issue }),
    ms: Date.now() - started,
  };
}
