/**
 * What the fake-Excel test page (src/taskpane/testing/fakeExcelPage.tsx) starts from: the sheets of
 * a real .xlsx (the bundled sample by default), read in node with the same reader the CLI uses and
 * handed to the page before its script runs.
 */
import { blockAddress } from "../../src/hosts/excel/address";
import type { FakeSeed } from "../../src/taskpane/testing/fakeSeed";
import { workbookGrids } from "../fixtures/sample";

export async function seedFromFile(file: string, extra: Partial<FakeSeed> = {}): Promise<FakeSeed> {
  const sheets: FakeSeed["sheets"] = [];
  for (const grid of await workbookGrids(file)) {
    const at = blockAddress({
      top: grid.origin.row,
      left: grid.origin.col,
      bottom: grid.origin.row,
      right: grid.origin.col,
    });
    sheets.push({
      name: grid.sheet,
      at,
      rows: grid.cells.map((row) =>
        row.map((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : (v ?? null))),
      ),
      merges: (grid.merges ?? []).map(blockAddress),
    });
  }
  return { sheets, active: sheets[0]?.name, ...extra };
}
