/**
 * What the fake-Excel test page (src/taskpane/testing/fakeExcelPage.tsx) starts from: the sheets of
 * a real .xlsx (the bundled sample by default), read in node with the same reader the CLI uses and
 * handed to the page before its script runs.
 */
import { readFileSync } from "fs";
import { blockAddress } from "../../src/hosts/excel/address";
import { openWorkbookBytes } from "../../src/hosts/xlsx/open-bytes";
import type { FakeSeed } from "../../src/taskpane/testing/fakeSeed";

export async function seedFromFile(file: string, extra: Partial<FakeSeed> = {}): Promise<FakeSeed> {
  const opened = await openWorkbookBytes(new Uint8Array(readFileSync(file)), file);
  if (!opened.ok) throw new Error(`cannot open ${file}: ${opened.issue.code}`);
  const source = opened.value;
  const sheets: FakeSeed["sheets"] = [];
  for (const name of source.sheetNames) {
    const grid = source.grid(name);
    if (!grid) continue;
    const at = blockAddress({
      top: grid.origin.row,
      left: grid.origin.col,
      bottom: grid.origin.row,
      right: grid.origin.col,
    });
    sheets.push({
      name,
      at,
      rows: grid.cells.map((row) =>
        row.map((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : (v ?? null))),
      ),
      merges: (grid.merges ?? []).map(blockAddress),
    });
  }
  return { sheets, active: sheets[0]?.name, ...extra };
}
