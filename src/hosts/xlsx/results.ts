/**
 * A plain results workbook for an {@link Analysis}: summary, units, issues. Browser-safe (ExcelJS
 * objects only). The formatted official reports are rendered elsewhere (src/reports).
 *
 * Safety: every text goes through {@link safeText} and is stored as a string value. ExcelJS writes
 * a string as a shared string even when it starts with = + - @, so a unit named "=SUM(A1)" stays
 * text; formulas are only written from `{ formula }` objects, which this file never creates.
 */

import { Workbook, type Cell, type Worksheet } from "exceljs";
import { issueMessage, levelLabel, type Lang } from "../../core/messages";
import { FLAG_LABELS, SUMMARY_ROWS } from "../../core/labels";
import { UNIT_TYPE_LABELS } from "../../core/rules";
import type { Analysis, AnalysisMode, Change } from "../../core/types";

const FONT_NAME = "Times New Roman";
const FONT_SIZE = 12;
/** Excel's limit on the characters of one cell. */
const MAX_CELL_TEXT = 32767;

type Text = Record<Lang, string>;

const SHEETS = {
  summary: { vi: "Tổng hợp", en: "Summary" },
  units: { vi: "Đơn vị", en: "Units" },
  issues: { vi: "Vấn đề", en: "Issues" },
} satisfies Record<string, Text>;

const SUMMARY_HEAD: Text[] = [
  { vi: "Chỉ tiêu", en: "Item" },
  { vi: "Trước", en: "Before" },
  { vi: "Sau", en: "After" },
  { vi: "Giảm", en: "Cut" },
  { vi: "Tỷ lệ giảm", en: "Cut rate" },
];

const MODES: Record<AnalysisMode, Text> = {
  compare: { vi: "So sánh trước/sau", en: "Before/after comparison" },
  plan: { vi: "Phương án sắp xếp (ngày đầu sau sáp nhập)", en: "Merger plan (day one)" },
  check: { vi: "Rà soát", en: "Review" },
};

const UNIT_HEAD: { label: Text; width: number }[] = [
  { label: { vi: "Tên đơn vị", en: "Unit" }, width: 40 },
  { label: { vi: "Cấp trưởng", en: "Heads" }, width: 11 },
  { label: { vi: "Cấp phó", en: "Deputies" }, width: 11 },
  { label: { vi: "Chuyên viên", en: "Specialists" }, width: 12 },
  { label: { vi: "Biên chế", en: "Staff" }, width: 11 },
  { label: { vi: "Biên chế được giao", en: "Quota" }, width: 12 },
  { label: { vi: "Hợp đồng", en: "Contract" }, width: 11 },
  { label: { vi: "Loại đơn vị", en: "Unit type" }, width: 24 },
  { label: { vi: "Định mức cấp phó", en: "Deputy cap" }, width: 12 },
  { label: { vi: "Cấp phó dôi dư", en: "Excess deputies" }, width: 12 },
  { label: { vi: "Hạn giải quyết", en: "Deadline" }, width: 14 },
  { label: { vi: "Cảnh báo", en: "Flags" }, width: 40 },
  { label: { vi: "Hợp nhất từ", en: "Merged from" }, width: 40 },
];

const ISSUE_HEAD: { label: Text; width: number }[] = [
  { label: { vi: "Mức độ", en: "Level" }, width: 12 },
  { label: { vi: "Ô", en: "Cell" }, width: 24 },
  { label: { vi: "Nội dung", en: "Message" }, width: 100 },
];

/**
 * Text as it can be stored in a cell: characters XML 1.0 forbids removed (ExcelJS would write a
 * file neither it nor Excel can open), CR/CRLF turned into LF (XML would do it anyway), cut to
 * Excel's 32 767 characters.
 */
export function safeText(value: string): string {
  const cleaned = value
    .replace(/\r\n?/g, "\n")
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, "")
    .replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, "");
  return cleaned.length > MAX_CELL_TEXT ? cleaned.slice(0, MAX_CELL_TEXT) : cleaned;
}

export function resultsWorkbook(analysis: Analysis, lang: Lang): Workbook {
  const wb = new Workbook();
  wb.creator = "Tinh Gọn";
  wb.created = new Date();
  summarySheet(wb.addWorksheet(SHEETS.summary[lang]), analysis, lang);
  unitsSheet(wb.addWorksheet(SHEETS.units[lang]), analysis, lang);
  issuesSheet(wb.addWorksheet(SHEETS.issues[lang]), analysis, lang);
  return wb;
}

function summarySheet(ws: Worksheet, analysis: Analysis, lang: Lang): void {
  header(
    ws,
    SUMMARY_HEAD.map((h) => h[lang]),
  );
  SUMMARY_ROWS.forEach(({ key, label }, i) => {
    const row = i + 2;
    const change: Change = analysis.summary[key];
    put(ws, row, 1, label[lang]);
    put(ws, row, 2, change.before);
    put(ws, row, 3, change.after);
    put(ws, row, 4, change.cut);
    put(ws, row, 5, change.rate).numFmt = "0.00%";
  });
  const info = SUMMARY_ROWS.length + 3;
  put(ws, info, 1, lang === "vi" ? "Chế độ" : "Mode");
  put(ws, info, 2, MODES[analysis.mode][lang]);
  put(ws, info + 1, 1, lang === "vi" ? "Ngày áp dụng" : "Rules as of");
  const date = isoDate(analysis.date);
  if (date) put(ws, info + 1, 2, date).numFmt = "dd/mm/yyyy";
  else put(ws, info + 1, 2, analysis.date);
  widths(ws, [24, 12, 12, 12, 14]);
}

function unitsSheet(ws: Worksheet, analysis: Analysis, lang: Lang): void {
  header(
    ws,
    UNIT_HEAD.map((h) => h.label[lang]),
  );
  analysis.units.forEach((u, i) => {
    const row = i + 2;
    const values: (string | number | Date | null | undefined)[] = [
      u.name,
      u.heads,
      u.deputies,
      u.specialists,
      u.staff,
      u.quota,
      u.contract,
      UNIT_TYPE_LABELS[u.unitType][lang],
      u.cap,
      u.excess,
      u.deadline ? (isoDate(u.deadline) ?? u.deadline) : null,
      u.flags.map((f) => FLAG_LABELS[f][lang]).join("; "),
      u.mergedFrom.join("; "),
    ];
    values.forEach((v, j) => {
      const cell = put(ws, row, j + 1, v);
      if (v instanceof Date) cell.numFmt = "dd/mm/yyyy";
    });
  });
  widths(
    ws,
    UNIT_HEAD.map((h) => h.width),
  );
}

function issuesSheet(ws: Worksheet, analysis: Analysis, lang: Lang): void {
  header(
    ws,
    ISSUE_HEAD.map((h) => h.label[lang]),
  );
  analysis.issues.forEach((issue, i) => {
    const row = i + 2;
    put(ws, row, 1, levelLabel(issue.level, lang));
    put(ws, row, 2, issue.cell ?? "");
    put(ws, row, 3, issueMessage(issue, lang)).alignment = { wrapText: true, vertical: "top" };
  });
  widths(
    ws,
    ISSUE_HEAD.map((h) => h.width),
  );
}

function header(ws: Worksheet, labels: string[]): void {
  labels.forEach((label, j) => {
    const cell = put(ws, 1, j + 1, label);
    cell.font = { name: FONT_NAME, size: FONT_SIZE, bold: true };
    cell.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
  });
  ws.getRow(1).height = 32;
  ws.views = [{ state: "frozen", ySplit: 1 }];
  // A4 landscape, as wide as the page: the plain results print without cut columns.
  ws.pageSetup = { paperSize: 9, orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0 };
  ws.pageSetup.printTitlesRow = "1:1";
}

/** Writes one value: numbers as numbers, text always as a plain (sanitised) string, null as blank. */
function put(
  ws: Worksheet,
  row: number,
  col: number,
  value: string | number | Date | null | undefined,
): Cell {
  const cell = ws.getCell(row, col);
  if (typeof value === "string") {
    cell.value = safeText(value);
  } else if (typeof value === "number") {
    cell.value = Number.isFinite(value) ? value : null;
  } else if (value instanceof Date) {
    cell.value = value;
  } else {
    cell.value = null;
  }
  cell.font = { name: FONT_NAME, size: FONT_SIZE };
  cell.border = {
    top: { style: "thin" },
    left: { style: "thin" },
    bottom: { style: "thin" },
    right: { style: "thin" },
  };
  return cell;
}

function widths(ws: Worksheet, list: number[]): void {
  list.forEach((width, j) => {
    ws.getColumn(j + 1).width = width;
  });
}

/** "2030-12-31" → a Date at UTC midnight (how ExcelJS stores a date-only value), else undefined. */
function isoDate(text: string): Date | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return undefined;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return Number.isNaN(date.getTime()) ? undefined : date;
}
