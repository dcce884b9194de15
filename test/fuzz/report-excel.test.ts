// Fuzz: random ReportDoc content into the Office.js writer, on the recording fake of Excel. Nothing
// throws; at most 3 syncs, none over 5,000,000 bytes; the user's sheet untouched; every text cell
// stored as the same clean text, never as a formula, number or boolean.
import fc from "fast-check";
import { cleanText } from "../../src/hosts/excel/cells";
import { RecordingExcel, WEB_PAYLOAD_LIMIT } from "../../src/hosts/excel/fake/recordingExcel";
import { capabilities, planReport, splitBatches } from "../../src/hosts/excel/plan";
import { insertReport, REQUEST_BUDGET } from "../../src/hosts/excel/writeReport";
import type { ReportCell, ReportDoc, ReportSheet } from "../../src/reports/types";
import { nastyText, params, RUNS, timeout } from "./arbitraries";
import { covered, docs, textCells } from "./docs";

const REPORT_CODES = new Set([
  "report-empty",
  "report-too-large",
  "report-write-failed",
  "report-rollback-failed",
]);

/** Cells covered by a merge of the doc other than its top-left. */

async function insertChecked(doc: ReportDoc, excelApi: string) {
  const fake = new RecordingExcel({ excelApi });
  fake.addSheet("Data", [
    ["Đơn vị", "Trưởng phòng"],
    ["Phòng A", 1],
  ]);
  fake.protect("Data");
  const result = await insertReport(fake.context, doc, {
    sourceSheet: "Data",
    supports: fake.isSetSupported,
  });
  const fail = (what: string): never => {
    throw new Error(`${what}; requests ${JSON.stringify(fake.requests.map((r) => [r.ops, r.bytes]))}`);
  };
  // A report that fits two requests takes at most 3 syncs (2 writes + page setup); a larger one one
  // more sync per further request, each under the limit (checked below).
  const requests = splitBatches(
    planReport(doc, capabilities(fake.isSetSupported)).ops,
    REQUEST_BUDGET,
  ).length;
  if (fake.syncCount > Math.max(3, requests + 1)) fail(`${fake.syncCount} syncs for ${requests} requests`);
  for (const r of fake.requests) if (r.bytes >= WEB_PAYLOAD_LIMIT) fail(`a request of ${r.bytes} bytes`);
  if (fake.violations.length > 0) fail(`wrote to the source: ${fake.violations.join("; ")}`);
  if (fake.pending !== 0) fail(`${fake.pending} operations left unsynced`);
  if (!result.ok) {
    if (!REPORT_CODES.has(result.issue.code)) fail(`unexpected issue ${JSON.stringify(result.issue)}`);
    // A failed insert leaves the workbook as it was.
    if (fake.sheetNames().join() !== "Data") fail(`sheets left behind: ${fake.sheetNames().join(", ")}`);
  }
  return { fake, result, fail };
}

describe("the Office.js report writer on random docs", () => {
  it(
    "keeps to 3 syncs (one more per further request) under 5 MB each, leaves the source alone, and stores text as text",
    async () => {
      await fc.assert(
        fc.asyncProperty(docs, fc.constantFrom("1.13", "1.9", "1.7", "1.1"), async (doc, excelApi) => {
          const { fake, result, fail } = await insertChecked(doc, excelApi);
          if (!result.ok) return;
          doc.sheets.forEach((sheet, i) => {
            const name = result.value.sheetNames[i] as string;
            const skip = covered(sheet);
            for (const [address, written] of textCells(sheet)) {
              if (skip.has(address)) continue;
              const stored = fake.cell(name, address);
              const clean = cleanText(written);
              const ok =
                clean === "" ? stored === undefined : stored?.kind === "text" && stored.text === clean;
              if (!ok)
                fail(
                  `${name}!${address}: wrote ${JSON.stringify(written)}, stored ${JSON.stringify(stored)}`,
                );
            }
          });
        }),
        params(),
      );
    },
    timeout(4),
  );

  // Docs of up to a few hundred cells of up to 32,767 characters (up to ~13 MB): the writer must
  // split them over its two write syncs, or refuse them whole before sending anything. Heavy (0.2 s
  // a run): RUNS / 100 runs.
  const big = fc
    .tuple(fc.integer({ min: 1, max: 400 }), fc.integer({ min: 1, max: 33_000 }), nastyText)
    .map(([n, length, start]): ReportDoc => {
      const cells: ReportCell[] = [];
      for (let i = 0; i < n; i++) {
        const text = (start + "Phòng Tổ chức cán bộ ").repeat(Math.ceil(length / 20)).slice(0, length);
        cells.push({ row: i + 1, col: 1 + (i % 3), content: { kind: "text", text } });
      }
      const sheet: ReportSheet = {
        name: "Báo cáo",
        parts: [],
        cells,
        merges: [],
        columnWidths: [40, 40, 40],
        rowHeights: [],
        validations: [],
        page: {
          paper: "A4",
          orientation: "portrait",
          margins: { top: 20, bottom: 20, left: 30, right: 15 },
          fitToWidth: true,
          pageNumbers: true,
        },
        freezeRows: 0,
      };
      return { template: "x", style: "state", sheets: [sheet], styles: {}, notes: [] };
    });

  it(
    "splits a large doc over its syncs under 5 MB each, or refuses it before writing anything",
    async () => {
      await fc.assert(
        fc.asyncProperty(big, async (doc) => {
          const { fake, result, fail } = await insertChecked(doc, "1.13");
          if (!result.ok) {
            if (result.issue.code !== "report-too-large") fail(`unexpected issue ${result.issue.code}`);
            if (fake.syncCount !== 0) fail("refused after sending requests");
            return;
          }
          const name = result.value.sheetNames[0] as string;
          for (const [address, written] of textCells(doc.sheets[0] as ReportSheet)) {
            const stored = fake.cell(name, address);
            const clean = cleanText(written);
            // Text that cleans to nothing (a lone control character) leaves the cell empty.
            const ok = clean === "" ? stored === undefined : stored?.kind === "text" && stored.text === clean;
            if (!ok) fail(`${address} not stored as text`);
          }
        }),
        params(Math.max(10, Math.ceil(RUNS / 100))),
      );
    },
    timeout(20),
  );
});
