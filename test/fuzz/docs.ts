/**
 * Random ReportDocs for the fuzz properties of both report writers: hostile texts, awkward numbers,
 * formulas from a whitelist, dates real and not, merges valid, invalid and overlapping, odd styles,
 * drop-down lists, charts and page setups. Small (a few dozen cells): the writers' per-cell work is
 * covered by their own tests and the benchmark; here the content is what varies.
 */

import fc from "fast-check";
import type {
  CellBlock,
  CellContent,
  CellStyle,
  ChartSpec,
  ListValidation,
  ReportCell,
  ReportDoc,
  ReportSheet,
} from "../../src/reports/types";
import { nastyNumber, nastyText } from "./arbitraries";

export const ROWS = 30;
export const COLS = 8;

/** Built-in functions only, English names, "," separators: what the renderer emits. */
export const FORMULAS = [
  "SUM(C5:C14)",
  "C5+D5",
  "MAX(0,D5-F5)",
  'IF(E5=0,"",ROUND((C5-E5)/C5,4))',
  "ROUND(A1/B1,4)",
  "COUNTA(B5:B14)",
  "IFERROR(D5/C5,0)",
  "=SUM(A1:A3)",
  'SUMPRODUCT((H5:H14="Sáp nhập")*1)',
];

export const STYLE_KEYS = ["title", "th", "num", "text", "weird", "missing"];

const content: fc.Arbitrary<CellContent> = fc.oneof(
  { weight: 5, arbitrary: nastyText.map((text): CellContent => ({ kind: "text", text })) },
  { weight: 2, arbitrary: nastyNumber.map((value): CellContent => ({ kind: "number", value })) },
  {
    weight: 2,
    arbitrary: fc
      .tuple(fc.constantFrom(...FORMULAS), fc.oneof(nastyNumber, nastyText))
      .map(([formula, result]): CellContent => ({ kind: "formula", formula, result })),
  },
  {
    weight: 1,
    arbitrary: fc
      .oneof(
        fc.constantFrom(
          "2030-12-31",
          "2026-02-05",
          "2026-02-30",
          "1899-12-31",
          "9999-12-31",
          "0000-01-01",
          "31/12/2030",
        ),
        nastyText,
      )
      .map((iso): CellContent => ({ kind: "date", iso })),
  },
);

const position = fc.tuple(fc.integer({ min: 1, max: ROWS }), fc.integer({ min: 1, max: COLS }));

/** Cells at distinct positions (which one wins at a shared position is not what is tested), a few off the grid. */
const cells: fc.Arbitrary<ReportCell[]> = fc
  .tuple(
    fc.uniqueArray(
      fc.tuple(position, content, fc.option(fc.constantFrom(...STYLE_KEYS), { nil: undefined })),
      {
        maxLength: 24,
        selector: ([[r, c]]) => r * 100 + c,
      },
    ),
    fc.array(
      fc.tuple(
        fc.constantFrom(0, -1, 1_048_577, 2.5, NaN),
        fc.constantFrom(0, 16_385, 1.5, -3, Infinity),
        content,
      ),
      { maxLength: 2 },
    ),
  )
  .map(([inside, outside]) => [
    ...inside.map(([[row, col], c, style]): ReportCell => ({
      row,
      col,
      content: c,
      ...(style ? { style } : {}),
    })),
    ...outside.map(([row, col, c]): ReportCell => ({ row, col, content: c })),
  ]);

const block: fc.Arbitrary<CellBlock> = fc.oneof(
  {
    weight: 5,
    arbitrary: fc
      .tuple(position, fc.integer({ min: 0, max: 4 }), fc.integer({ min: 0, max: 3 }))
      .map(([[top, left], h, w]) => ({ top, left, bottom: top + h, right: left + w })),
  },
  {
    weight: 1,
    arbitrary: fc.constantFrom<CellBlock>(
      { top: 3, left: 3, bottom: 1, right: 1 },
      { top: 0, left: 1, bottom: 2, right: 2 },
      { top: 1, left: 1, bottom: 1_048_577, right: 1 },
      { top: 1.5, left: 1, bottom: 2, right: 2 },
      { top: NaN, left: 1, bottom: 2, right: 2 },
    ),
  },
);

const style: fc.Arbitrary<CellStyle> = fc.record(
  {
    font: fc.record(
      {
        name: fc.constantFrom("Times New Roman", "", 'Arial"; x', "😀"),
        size: nastyNumber,
        bold: fc.boolean(),
        italic: fc.boolean(),
        underline: fc.boolean(),
        color: fc.constantFrom("C00000", "#1f4e79", "red", "", "GGGGGG"),
      },
      { requiredKeys: [] },
    ),
    align: fc.record(
      {
        horizontal: fc.constantFrom("left", "center", "right", "justify"),
        vertical: fc.constantFrom("top", "middle", "bottom"),
        wrap: fc.boolean(),
        indent: nastyNumber,
      },
      { requiredKeys: [] },
    ),
    border: fc.record(
      {
        top: fc.constantFrom("thin", "medium", "hair", "double"),
        bottom: fc.constantFrom("thin", "medium", "hair", "double"),
        left: fc.constantFrom("thin", "medium"),
        right: fc.constantFrom("thin", "double"),
      },
      { requiredKeys: [] },
    ),
    numberFormat: fc.constantFrom("#,##0", "0.00%", "dd/mm/yyyy", "@", "", '"=1+1"', "[Red]0;-0"),
    fill: fc.constantFrom("D9E1F2", "#FFFFFF", "nope"),
  },
  { requiredKeys: [] },
);

const validation: fc.Arbitrary<ListValidation> = fc.record({
  block,
  values: fc.array(fc.oneof(nastyText, fc.constantFrom("Giữ nguyên", "Sáp nhập", "Giải thể", "a,b", '"q"')), {
    maxLength: 6,
  }),
});

const chart: fc.Arbitrary<ChartSpec> = fc.record({
  type: fc.constantFrom("columnClustered", "barClustered"),
  title: nastyText,
  categories: block,
  series: fc.array(fc.record({ name: nastyText, values: block }), { maxLength: 3 }),
  anchor: fc.record({
    row: fc.integer({ min: 1, max: ROWS }),
    col: fc.integer({ min: 1, max: COLS }),
    cols: fc.integer({ min: 0, max: 8 }),
    rows: fc.integer({ min: 0, max: 12 }),
  }),
});

const sheet: fc.Arbitrary<ReportSheet> = fc
  .record(
    {
      name: fc.oneof(
        nastyText,
        fc.constantFrom("Báo cáo", "History", "Data", "Danh sách", "'x'", "a/b:c*?[]"),
      ),
      cells,
      merges: fc.array(block, { maxLength: 5 }),
      columnWidths: fc.array(nastyNumber, { maxLength: COLS }),
      rowHeights: fc.array(fc.record({ row: fc.integer({ min: -1, max: ROWS + 1 }), height: nastyNumber }), {
        maxLength: 3,
      }),
      validations: fc.array(validation, { maxLength: 2 }),
      chart,
      page: fc.record({
        paper: fc.constant("A4" as const),
        orientation: fc.constantFrom("portrait" as const, "landscape" as const),
        margins: fc.record({ top: nastyNumber, bottom: nastyNumber, left: nastyNumber, right: nastyNumber }),
        printTitleRows: fc.option(
          fc.tuple(fc.integer({ min: -1, max: ROWS }), fc.integer({ min: -1, max: ROWS })),
          { nil: undefined },
        ),
        fitToWidth: fc.boolean(),
        pageNumbers: fc.boolean(),
      }),
      freezeRows: fc.oneof(fc.integer({ min: 0, max: 6 }), fc.constantFrom(-1, 2.5, NaN)),
    },
    {
      requiredKeys: [
        "name",
        "cells",
        "merges",
        "columnWidths",
        "rowHeights",
        "validations",
        "page",
        "freezeRows",
      ],
    },
  )
  .map((s) => {
    // Optional keys must be absent rather than undefined (exactOptionalPropertyTypes is not on, but
    // the renderer never sets them to undefined either).
    const out = { ...s };
    if (out.page.printTitleRows === undefined) delete out.page.printTitleRows;
    return out as ReportSheet;
  });

export const docs: fc.Arbitrary<ReportDoc> = fc.record({
  template: fc.constantFrom("ket-qua-sap-xep", "ra-soat-cap-pho", "x"),
  style: fc.constantFrom("party" as const, "state" as const),
  sheets: fc.array(sheet, { minLength: 1, maxLength: 2 }),
  styles: fc.dictionary(fc.constantFrom(...STYLE_KEYS.slice(0, 5)), style, { maxKeys: 5 }),
  notes: fc.array(nastyText, { maxLength: 2 }),
});

/** "C5" for row 5, column 3. */
export function a1(row: number, col: number): string {
  let n = col;
  let letters = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return `${letters}${row}`;
}

/** The text cells of a sheet on Excel's grid, by address. */
export function textCells(sheet: ReportSheet): Map<string, string> {
  const out = new Map<string, string>();
  for (const cell of sheet.cells) {
    if (cell.content.kind !== "text") continue;
    if (!Number.isInteger(cell.row) || !Number.isInteger(cell.col) || cell.row < 1 || cell.col < 1) continue;
    if (cell.row > 1_048_576 || cell.col > 16_384) continue;
    out.set(a1(cell.row, cell.col), cell.content.text);
  }
  return out;
}

/** Cells covered by a merge of the doc other than its top-left: they hold no value of their own. */
export function covered(sheet: ReportSheet): Set<string> {
  const out = new Set<string>();
  for (const m of sheet.merges) {
    if (![m.top, m.left, m.bottom, m.right].every(Number.isInteger)) continue;
    for (let r = m.top; r <= Math.min(m.bottom, 100); r++)
      for (let c = m.left; c <= Math.min(m.right, 100); c++)
        if (r !== m.top || c !== m.left) out.add(a1(r, c));
  }
  return out;
}
