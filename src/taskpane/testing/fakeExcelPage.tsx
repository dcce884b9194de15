/**
 * Test page only (built by `webpack --env testPages` into dist-test/test-excel.html, never into
 * dist/): the task pane with the Excel host over the recording fake of the Excel API instead of
 * Office.js. The workbook comes from `window.__TINHGON_SEED__` (set by the browser test before the
 * page runs); every seeded sheet is protected, so any write to the user's data is a recorded
 * violation. `window.__tinhgonFake` lets the test count syncs and look at what was written.
 */
import { createRoot } from "react-dom/client";
import { RecordingExcel, type RequestRecord, type StoredCell } from "../../hosts/excel/fake/recordingExcel";
import { App } from "../App";
import { createExcelHost } from "../hosts/excelHost";
import { returnReader } from "../hosts/fileHost";
import { browserReader } from "../hosts/protocol";
import type { DocumentSettings } from "../hosts/settingsStore";
import type { FakeSeed } from "./fakeSeed";

export interface FakeApi {
  requests(): RequestRecord[];
  violations(): string[];
  sheetNames(): string[];
  activeSheet(): string | undefined;
  cell(sheet: string, address: string): StoredCell | undefined;
  cellCount(sheet: string): number;
  settings(): Record<string, unknown>;
  selected(): { sheet: string; address: string } | undefined;
}

declare global {
  interface Window {
    __TINHGON_SEED__?: FakeSeed;
    __tinhgonFake?: FakeApi;
  }
}

const seed: FakeSeed = window.__TINHGON_SEED__ ?? { sheets: [] };
const fake = new RecordingExcel({ excelApi: seed.excelApi });
for (const sheet of seed.sheets) {
  fake.addSheet(sheet.name, sheet.rows, sheet.at);
  for (const merge of sheet.merges) fake.addMerge(sheet.name, merge);
}
for (const table of seed.tables ?? []) fake.addTable(table.name, table.sheet, table.address);
if (seed.selection) fake.select(seed.selection.sheet, seed.selection.address);
for (const sheet of seed.sheets) fake.protect(sheet.name);

const stored: Record<string, unknown> = { ...seed.settings };
const settings: DocumentSettings = {
  get: (name) => stored[name] ?? null,
  set: (name, value) => {
    stored[name] = value;
  },
  saveAsync: (callback) => setTimeout(() => callback?.({ status: "succeeded" }), 0),
};

window.__tinhgonFake = {
  requests: () => fake.requests.map((r) => ({ ...r, names: [...r.names] })),
  violations: () => [...fake.violations],
  sheetNames: () => fake.sheetNames(),
  activeSheet: () => fake.activeSheet(),
  cell: (sheet, address) => fake.cell(sheet, address),
  cellCount: (sheet) => fake.cellCount(sheet),
  settings: () => ({ ...stored }),
  selected: () => {
    const s = fake.selected();
    return s && { sheet: s.sheet, address: s.address };
  },
};

const host = createExcelHost({
  run: (batch) => batch(fake.context),
  supports: fake.isSetSupported,
  settings,
  displayLanguage: "vi-VN",
  // The forms of a consolidation: read in the real reader worker, as in Excel.
  readReturn: returnReader(browserReader()),
});
const root = document.getElementById("root");
if (root) createRoot(root).render(<App host={host} />);
