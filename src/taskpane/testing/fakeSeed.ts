/**
 * The workbook the fake-Excel test page starts with (test/browser/seed.ts makes it from a real
 * .xlsx): sheets of values from a top-left cell, merged areas, Excel tables, the selection.
 */
export interface FakeSeed {
  sheets: { name: string; at: string; rows: unknown[][]; merges: string[] }[];
  tables?: { name: string; sheet: string; address: string }[];
  selection?: { sheet: string; address: string };
  active?: string;
  /** Highest ExcelApi version the fake supports ("1.13" by default). */
  excelApi?: string;
  /** Document settings already stored with the workbook (the JSON text under "tinhgon.settings"). */
  settings?: Record<string, unknown>;
}
