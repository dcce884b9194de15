/** A layout as the hosts hand it over: a Grid for the core reader, and an .xlsx for the CLI. */
import { Workbook } from "exceljs";
import type { Grid } from "../../../src/core/types";
import type { Layout, LayoutSheet } from "./types";

export function layoutGrid(sheet: LayoutSheet): Grid {
  const grid: Grid = { sheet: sheet.name, origin: { row: 1, col: 1 }, cells: sheet.cells };
  if (sheet.merges?.length) grid.merges = sheet.merges;
  if (sheet.fonts?.length) grid.fonts = sheet.fonts;
  return grid;
}

/** The layout written as Excel would save it: Times New Roman 12, the layout's own fonts and merges. */
export async function layoutXlsx(layout: Layout): Promise<Uint8Array> {
  const wb = new Workbook();
  for (const sheet of layout.sheets) {
    const ws = wb.addWorksheet(sheet.name);
    sheet.cells.forEach((row, i) =>
      row.forEach((value, j) => {
        if (value === null || value === undefined) return;
        const cell = ws.getCell(i + 1, j + 1);
        cell.value =
          typeof value === "object" && !(value instanceof Date) ? ({ error: value.error } as never) : value;
        cell.font = { name: "Times New Roman", size: 12 };
      }),
    );
    for (const area of sheet.fonts ?? []) {
      for (let r = area.top; r <= area.bottom; r++)
        for (let c = area.left; c <= area.right; c++) ws.getCell(r, c).font = { name: area.font, size: 12 };
    }
    for (const m of sheet.merges ?? []) ws.mergeCells(m.top, m.left, m.bottom, m.right);
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
