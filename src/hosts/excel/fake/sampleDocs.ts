/**
 * ReportDocs built by hand for the Excel host's tests (the renderer in src/reports is written
 * separately): a title, a two-row header with a numbering row, `rows` unit rows with live
 * formulas, a total row, a chart, a status drop-down and an A4 page setup.
 */

import type { CellStyle, ReportCell, ReportDoc, ReportSheet } from "../../../reports/types";

export const HEADER_ROW = 3;
export const FIRST_DATA_ROW = 5;

export const SAMPLE_STYLES: Record<string, CellStyle> = {
  title: { font: { size: 14, bold: true }, align: { horizontal: "center", vertical: "middle" } },
  th: {
    font: { bold: true },
    align: { horizontal: "center", vertical: "middle", wrap: true },
    border: { top: "thin", bottom: "thin", left: "thin", right: "thin" },
    fill: "D9E1F2",
  },
  num: {
    align: { horizontal: "right" },
    border: { top: "thin", bottom: "thin", left: "thin", right: "thin" },
    numberFormat: "#,##0",
  },
  text: {
    align: { horizontal: "left", wrap: true },
    border: { top: "thin", bottom: "thin", left: "thin", right: "thin" },
  },
  total: { font: { bold: true }, border: { top: "medium", bottom: "double" }, numberFormat: "#,##0" },
  date: { font: { italic: true }, align: { horizontal: "right" } },
};

const HEADERS = [
  "STT",
  "Đơn vị",
  "Trưởng phòng",
  "Phó trưởng phòng",
  "Biên chế",
  "Định mức",
  "Dôi dư",
  "Ghi chú",
];

/** A one-sheet report with `rows` unit rows (rows 5 .. 4 + rows) and a total row below. */
export function sampleDoc(rows: number, name = "Báo cáo"): ReportDoc {
  const cells: ReportCell[] = [];
  const text = (row: number, col: number, value: string, style?: string): void => {
    cells.push({ row, col, content: { kind: "text", text: value }, style });
  };
  const num = (row: number, col: number, value: number, style = "num"): void => {
    cells.push({ row, col, content: { kind: "number", value }, style });
  };
  const formula = (row: number, col: number, f: string, result: number, style = "num"): void => {
    cells.push({ row, col, content: { kind: "formula", formula: f, result }, style });
  };

  text(1, 1, "BÁO CÁO KẾT QUẢ SẮP XẾP TỔ CHỨC BỘ MÁY", "title");
  cells.push({ row: 2, col: 8, content: { kind: "date", iso: "2026-02-05" }, style: "date" });
  HEADERS.forEach((h, i) => text(HEADER_ROW, i + 1, h, "th"));
  HEADERS.forEach((_, i) => text(HEADER_ROW + 1, i + 1, `(${i + 1})`, "th"));
  const last = FIRST_DATA_ROW + rows - 1;
  for (let r = FIRST_DATA_ROW; r <= last; r++) {
    const i = r - FIRST_DATA_ROW + 1;
    num(r, 1, i);
    text(r, 2, `Phòng Tổ chức - Hành chính số ${i}`, "text");
    num(r, 3, 1);
    num(r, 4, (i % 4) + 1);
    num(r, 5, 10 + (i % 7));
    num(r, 6, 2);
    formula(r, 7, `MAX(0,D${r}-F${r})`, Math.max(0, (i % 4) + 1 - 2));
    text(r, 8, i % 2 === 0 ? "Sáp nhập" : "Giữ nguyên", "text");
  }
  const total = last + 1;
  text(total, 2, "Tổng cộng", "total");
  for (const col of [3, 4, 5, 6, 7]) {
    const letter = String.fromCharCode(64 + col);
    formula(total, col, `SUM(${letter}${FIRST_DATA_ROW}:${letter}${last})`, 0, "total");
  }

  const sheet: ReportSheet = {
    name,
    cells,
    parts: [],
    merges: [{ top: 1, left: 1, bottom: 1, right: 8 }],
    columnWidths: [6, 36, 12, 12, 12, 12, 12, 20],
    rowHeights: [
      { row: 1, height: 30 },
      { row: HEADER_ROW, height: 32 },
    ],
    validations: [
      {
        block: { top: FIRST_DATA_ROW, left: 8, bottom: last, right: 8 },
        values: ["Giữ nguyên", "Sáp nhập", "Giải thể"],
      },
    ],
    chart: {
      type: "columnClustered",
      title: "Số phó trưởng phòng",
      categories: { top: FIRST_DATA_ROW, left: 2, bottom: FIRST_DATA_ROW + Math.min(rows, 10) - 1, right: 2 },
      series: [
        {
          name: "Phó trưởng phòng",
          values: { top: FIRST_DATA_ROW, left: 4, bottom: FIRST_DATA_ROW + Math.min(rows, 10) - 1, right: 4 },
        },
        {
          name: "Định mức",
          values: { top: FIRST_DATA_ROW, left: 6, bottom: FIRST_DATA_ROW + Math.min(rows, 10) - 1, right: 6 },
        },
      ],
      anchor: { row: total + 2, col: 2, cols: 6, rows: 15 },
    },
    page: {
      paper: "A4",
      orientation: "landscape",
      margins: { top: 20, bottom: 20, left: 30, right: 15 },
      printTitleRows: [HEADER_ROW, HEADER_ROW + 1],
      fitToWidth: true,
      pageNumbers: true,
    },
    freezeRows: HEADER_ROW + 1,
  };
  return { template: "ket-qua-sap-xep", style: "state", sheets: [sheet], styles: SAMPLE_STYLES, notes: [] };
}

/** A doc with one sheet holding exactly these cells (row 1, from column A), no extras. */
export function cellsDoc(contents: ReportCell["content"][]): ReportDoc {
  return {
    template: "test",
    style: "state",
    styles: {},
    notes: [],
    sheets: [
      {
        name: "Báo cáo",
        parts: [],
        cells: contents.map((content, i) => ({ row: 1, col: i + 1, content })),
        merges: [],
        columnWidths: [],
        rowHeights: [],
        validations: [],
        page: {
          paper: "A4",
          orientation: "portrait",
          margins: { top: 20, bottom: 20, left: 30, right: 15 },
          fitToWidth: false,
          pageNumbers: false,
        },
        freezeRows: 0,
      },
    ],
  };
}
