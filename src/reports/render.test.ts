import type { Analysis } from "../core/types";
import { compare } from "../core/analyse";
import { row, table } from "../core/analyse/fixtures";
import { FLAG_LABELS, SUMMARY_ROWS } from "../core/messages";
import { goldenDoc, STYLES, variantDocs } from "./all-docs";
import { columnsWidthPt, SheetBuilder, StyleBook, wrappedLines } from "./builder";
import { MAX_SHEET_NAME } from "./sheetName";
import {
  checkAnalysis,
  communeAnalysis,
  compareAnalysis,
  DETAILS,
  EXCESS_PLAN,
  planAnalysis,
  REPORT_DATE,
} from "./fixtures";
import {
  blankForm,
  deputyReview,
  excessRoadmap,
  mergeReport,
  NOTES_SHEET,
  pilotTracker,
  roadmap,
  TEMPLATES,
  TRACKER_STATUSES,
  type CellStyle,
  type ReportCell,
  type ReportDetails,
  type ReportDoc,
  type ReportPart,
  type ReportSheet,
  type TemplateId,
} from ".";
import { LAYOUTS, MARGINS } from "./layout";
import { chooseSplit } from "./state";
import { recipientLines } from "./render";

const IDS = Object.keys(TEMPLATES) as TemplateId[];

const ALL: [string, ReportDoc][] = [
  ...IDS.flatMap((id) =>
    STYLES.map((style): [string, ReportDoc] => [`${id}.${style}`, goldenDoc(id, style)]),
  ),
  ...STYLES.flatMap((style) =>
    variantDocs(style).map(([name, doc]): [string, ReportDoc] => [`${name}.${style}`, doc]),
  ),
];

const sheetOf = (doc: ReportDoc): ReportSheet => {
  const sheet = doc.sheets[0];
  if (!sheet) throw new Error("no sheet");
  return sheet;
};

const textOf = (cell: ReportCell | undefined): string | undefined =>
  cell?.content.kind === "text" ? cell.content.text : undefined;

const cellsWithText = (doc: ReportDoc, text: string): ReportCell[] =>
  sheetOf(doc).cells.filter((c) => textOf(c) === text);

const find = (doc: ReportDoc, text: string): ReportCell => {
  const cell = cellsWithText(doc, text)[0];
  if (!cell) throw new Error(`no cell with "${text}"`);
  return cell;
};

const at = (doc: ReportDoc, r: number, c: number): ReportCell | undefined =>
  sheetOf(doc).cells.find((cell) => cell.row === r && cell.col === c);

const styleOf = (doc: ReportDoc, cell: ReportCell): CellStyle => doc.styles[cell.style ?? ""] ?? {};

/** Formulas use only these functions, cell references, numbers and our own string literals. */
const FUNCTIONS = new Set(["SUM", "IF", "IFERROR", "COUNTIF", "COUNT", "MAX", "ROUND", "ROUNDUP", "OR"]);
const LITERALS = new Set(['""', '"?*"', '">0"', '"/"', ...TRACKER_STATUSES.map((s) => `"${s.label}"`)]);

function checkFormula(formula: string): void {
  expect(formula.startsWith("=")).toBe(false);
  const strings = formula.match(/"[^"]*"/g) ?? [];
  for (const s of strings) expect(LITERALS).toContain(s);
  const rest = formula.replace(/"[^"]*"/g, "");
  for (const name of rest.match(/[A-Z]+(?=\()/g) ?? []) expect(FUNCTIONS).toContain(name);
  expect(rest).toMatch(/^[A-Z0-9$:(),+\-*/=<>&.]*$/);
  let depth = 0;
  for (const ch of rest) {
    depth += ch === "(" ? 1 : ch === ")" ? -1 : 0;
    expect(depth).toBeGreaterThanOrEqual(0);
  }
  expect(depth).toBe(0);
}

describe.each(ALL)("%s", (_name, doc) => {
  const sheet = sheetOf(doc);
  const official = doc.sheets.filter((s) => s.role !== "notes");

  it("has the report sheet, its appendices and the notes for the clerk on sheets of their own", () => {
    expect(doc.sheets[0]).toBe(sheet);
    for (const s of doc.sheets) {
      expect(s.name.length).toBeGreaterThan(0);
      expect(s.name.length).toBeLessThanOrEqual(MAX_SHEET_NAME);
      expect(s.name).not.toMatch(/[[\]:*?/\\]/);
    }
    // Appendices follow the report: each titled "PHỤ LỤC", its table's header on every printed page;
    // numbered ones (the consolidation's) are "PL2 SỞ NỘI VỤ", to leave room for the agency.
    for (const appendix of official.slice(1)) {
      expect(appendix.name).toMatch(/^(Phụ lục|PL\d+ )/);
      expect(textOf(appendix.cells[0])).toMatch(/^PHỤ LỤC/);
      expect(appendix.page.printTitleRows).toBeDefined();
    }
    const notes = doc.sheets.filter((s) => s.role === "notes");
    expect(doc.sheets.slice(official.length)).toEqual(notes);
    expect(notes.map((s) => s.name)).toEqual(doc.notes.length > 0 ? [NOTES_SHEET] : []);
    const written = notes.flatMap((s) => s.cells.map(textOf));
    for (const note of doc.notes) expect(written).toContain(note);
  });

  it("keeps the notes for the person preparing it out of the document", () => {
    const texts = official.flatMap((s) => s.cells.map(textOf)).filter((t): t is string => t !== undefined);
    for (const note of doc.notes) expect(texts.filter((t) => t.includes(note))).toEqual([]);
  });

  it("uses only styles it defines, and defines only styles it uses", () => {
    const used = new Set(doc.sheets.flatMap((s) => s.cells.map((c) => c.style)));
    for (const name of used) expect(doc.styles).toHaveProperty([name as string]);
    expect(Object.keys(doc.styles).sort()).toEqual([...used].sort());
  });

  it("draws in Times New Roman (no other font named)", () => {
    for (const style of Object.values(doc.styles)) expect(style.font?.name).toBeUndefined();
  });
});

const ALL_SHEETS: [string, ReportDoc, ReportSheet][] = ALL.flatMap(([name, doc]) =>
  doc.sheets
    .filter((s) => s.role !== "notes")
    .map((s): [string, ReportDoc, ReportSheet] => [`${name} › ${s.name}`, doc, s]),
);

describe.each(ALL_SHEETS)("%s", (_name, doc, sheet) => {
  it("fits the page's width unshrunk, so that Excel prints it at the size Word lays it out", () => {
    const { orientation, margins } = sheet.page;
    const paperMm = orientation === "landscape" ? 297 : 210;
    const printablePt = ((paperMm - margins.left - margins.right) * 72) / 25.4;
    expect(columnsWidthPt(sheet.columnWidths, 1, sheet.columnWidths.length)).toBeLessThanOrEqual(printablePt);
  });

  it("prints on A4 with the style's margins, fit to the page width", () => {
    expect(sheet.page.paper).toBe("A4");
    expect(sheet.page.margins).toEqual({ top: 20, bottom: 20, left: 30, right: 15 });
    expect(sheet.page.fitToWidth).toBe(true);
    // The body as the template says; an appendix may be landscape for a wide table.
    if (sheet === doc.sheets[0])
      expect(sheet.page.orientation).toBe(TEMPLATES[doc.template as TemplateId].orientation);
  });

  it("never overlaps merges nor writes inside one", () => {
    const seen = new Map<string, number>();
    sheet.merges.forEach((m, i) => {
      expect(m.bottom).toBeGreaterThanOrEqual(m.top);
      expect(m.right).toBeGreaterThanOrEqual(m.left);
      expect(m.bottom > m.top || m.right > m.left).toBe(true);
      for (let r = m.top; r <= m.bottom; r++) {
        for (let c = m.left; c <= m.right; c++) {
          expect(seen.get(`${r}:${c}`)).toBeUndefined();
          seen.set(`${r}:${c}`, i);
        }
      }
    });
    for (const cell of sheet.cells) {
      const i = seen.get(`${cell.row}:${cell.col}`);
      if (i === undefined) continue;
      const m = sheet.merges[i];
      expect([cell.row, cell.col]).toEqual([m?.top, m?.left]);
    }
  });

  it("writes each cell once, in row order", () => {
    const keys = sheet.cells.map((c) => c.row * 1000 + c.col);
    expect(new Set(keys).size).toBe(keys.length);
    expect([...keys].sort((a, b) => a - b)).toEqual(keys);
  });

  it("has a width for every column it uses", () => {
    let maxCol = 0;
    for (const c of sheet.cells) maxCol = Math.max(maxCol, c.col);
    for (const m of sheet.merges) maxCol = Math.max(maxCol, m.right);
    for (const v of sheet.validations) maxCol = Math.max(maxCol, v.block.right);
    if (sheet.chart) maxCol = Math.max(maxCol, sheet.chart.anchor.col + sheet.chart.anchor.cols - 1);
    expect(sheet.columnWidths.length).toBeGreaterThanOrEqual(maxCol);
    for (const w of sheet.columnWidths) expect(w).toBeGreaterThan(0);
  });

  it("writes formulas with built-in functions only, our own literals and no user text", () => {
    for (const cell of sheet.cells) {
      if (cell.content.kind !== "formula") continue;
      checkFormula(cell.content.formula);
      const result = cell.content.result;
      expect(typeof result === "string" || Number.isFinite(result)).toBe(true);
    }
  });

  it("shows rates with 2 decimals", () => {
    for (const cell of sheet.cells) {
      if (cell.content.kind !== "formula" || !/\/[$A-Z]/.test(cell.content.formula)) continue;
      if (/&"\/"&/.test(cell.content.formula)) continue; // "13/14" is text
      expect(styleOf(doc, cell).numberFormat).toMatch(/^("giảm "0\.00%;"tăng "0\.00%;)?0\.00%$/);
    }
  });

  it("keeps text in NFC and dates as ISO", () => {
    for (const cell of sheet.cells) {
      if (cell.content.kind === "text") expect(cell.content.text).toBe(cell.content.text.normalize("NFC"));
      if (cell.content.kind === "date") expect(cell.content.iso).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it("sets positive row heights once per row, and sane print titles", () => {
    const rows = sheet.rowHeights.map((h) => h.row);
    expect(new Set(rows).size).toBe(rows.length);
    for (const h of sheet.rowHeights) expect(h.height).toBeGreaterThan(0);
    const last = Math.max(...sheet.cells.map((c) => c.row));
    if (sheet.page.printTitleRows) {
      const [a, b] = sheet.page.printTitleRows;
      expect(a).toBeGreaterThanOrEqual(1);
      expect(b).toBeGreaterThanOrEqual(a);
      expect(b).toBeLessThan(last);
    }
    expect(sheet.freezeRows).toBeGreaterThanOrEqual(0);
    expect(sheet.freezeRows).toBeLessThan(last);
  });

  it("lays every written row in one document part: tables hold the bordered cells, layouts the header", () => {
    const parts = sheet.parts;
    parts.forEach((p, i) => {
      expect(p.bottom).toBeGreaterThanOrEqual(p.top);
      if (i > 0) expect(p.top).toBeGreaterThan((parts[i - 1] as ReportPart).bottom);
      if (p.header) {
        expect(p.kind).toBe("table");
        expect(p.header[0]).toBe(p.top);
        expect(p.header[1]).toBeLessThanOrEqual(p.bottom);
      }
    });
    const partOf = (row: number): ReportPart | undefined =>
      parts.find((p) => p.top <= row && row <= p.bottom);
    for (const cell of sheet.cells) {
      const part = partOf(cell.row);
      expect(part?.kind).not.toBe(undefined);
      expect(part?.kind).not.toBe("space");
      const border = doc.styles[cell.style ?? ""]?.border;
      if (border?.top && border.bottom && border.left && border.right) expect(part?.kind).toBe("table");
    }
    // The report opens with its header; an appendix with its title.
    expect(parts[0]?.kind).toBe(sheet === doc.sheets[0] ? "layout" : "text");
  });

  it("offers drop-down lists Excel can hold", () => {
    for (const v of sheet.validations) {
      for (const value of v.values) expect(value).not.toContain(",");
      expect(v.values.join(",").length).toBeLessThanOrEqual(255);
      expect(v.block.bottom).toBeGreaterThanOrEqual(v.block.top);
    }
  });
});

describe("header, title, signature and recipients", () => {
  const state = mergeReport(compareAnalysis(), DETAILS.state);
  const party = mergeReport(compareAnalysis(), DETAILS.party);
  const font = (doc: ReportDoc, text: string): CellStyle["font"] => styleOf(doc, find(doc, text)).font;
  /** The text in the row under a cell, same column. */
  const under = (doc: ReportDoc, text: string): string | undefined => {
    const cell = find(doc, text);
    return textOf(at(doc, cell.row + 1, cell.col));
  };

  it("State (NĐ 30/2020): bodies, number, national motto with rules, place and date", () => {
    expect(font(state, "UBND TỈNH BÌNH PHƯỚC")).toEqual({ size: 13 });
    expect(font(state, "SỞ NỘI VỤ")).toEqual({ size: 13, bold: true });
    expect(font(state, "Số: 15/BC-SNV")).toEqual({ size: 13 });
    expect(font(state, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")).toEqual({ size: 12, bold: true });
    expect(font(state, "Độc lập - Tự do - Hạnh phúc")).toEqual({ size: 13, bold: true });
    expect(font(state, "Bình Phước, ngày 05 tháng 02 năm 2026")).toEqual({ size: 13, italic: true });
    // Rules: underscores under the issuing body (shorter) and the motto (as long as the line).
    const bodyRule = under(state, "SỞ NỘI VỤ") ?? "";
    const mottoRule = under(state, "Độc lập - Tự do - Hạnh phúc") ?? "";
    expect(bodyRule).toMatch(/^_{8,}$/);
    expect(mottoRule).toMatch(/^_+$/);
    expect(mottoRule.length).toBeGreaterThan(bodyRule.length);
    // Left block on the left, national motto on the right, number and date on one row.
    const number = find(state, "Số: 15/BC-SNV");
    const date = find(state, "Bình Phước, ngày 05 tháng 02 năm 2026");
    expect(number.row).toBe(date.row);
    expect(number.col).toBe(1);
    expect(date.col).toBe(find(state, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM").col);
  });

  it("Party (HD 36): Đảng Cộng sản Việt Nam with a rule, the asterisk, “Số” without a colon", () => {
    expect(font(party, "ĐẢNG CỘNG SẢN VIỆT NAM")).toEqual({ size: 15, bold: true });
    expect(under(party, "ĐẢNG CỘNG SẢN VIỆT NAM")).toMatch(/^_{20,}$/);
    expect(font(party, "ĐẢNG BỘ TỈNH BÌNH PHƯỚC")).toEqual({ size: 14 });
    expect(font(party, "TỈNH ỦY")).toEqual({ size: 14, bold: true });
    expect(under(party, "TỈNH ỦY")).toBe("*");
    expect(font(party, "Số 125-BC/TU")).toEqual({ size: 14 });
    expect(cellsWithText(party, "Số: 125-BC/TU")).toHaveLength(0);
    expect(font(party, "Bình Phước, ngày 05 tháng 02 năm 2026")).toEqual({ size: 14, italic: true });
  });

  it("title: BÁO CÁO in bold capitals, the subject in bold, then a rule (State) or ----- (Party)", () => {
    expect(font(state, "BÁO CÁO")).toEqual({ size: 14, bold: true });
    expect(font(party, "BÁO CÁO")).toEqual({ size: 15, bold: true });
    const subject = "Kết quả sắp xếp tổ chức bộ máy, tinh giản biên chế";
    expect(font(state, subject)?.bold).toBe(true);
    expect(under(state, subject)).toMatch(/^_+$/);
    expect(under(party, subject)).toBe("-----");
    const custom = mergeReport(compareAnalysis(), { ...DETAILS.state, subject: "Kết quả sắp xếp Văn phòng" });
    expect(cellsWithText(custom, "Kết quả sắp xếp Văn phòng")).toHaveLength(1);
    expect(cellsWithText(custom, subject)).toHaveLength(0);
  });

  it("signature on the right in bold capitals, then the name after room for the seal", () => {
    const role = find(state, "KT. GIÁM ĐỐC");
    const title = find(state, "PHÓ GIÁM ĐỐC");
    const name = find(state, "Nguyễn Văn An");
    expect(styleOf(state, role).font?.bold).toBe(true);
    expect(title.row).toBe(role.row + 1);
    expect(name.row).toBe(title.row + 1 + LAYOUTS.state.signature.gapRows);
    expect(styleOf(state, name).font?.bold).toBe(true);
    expect(role.col).toBe(find(state, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM").col);
    expect(find(party, "T/M BAN THƯỜNG VỤ").row).toBe(find(party, "PHÓ BÍ THƯ").row - 1);
  });

  it("Nơi nhận on the left, level with the signature: State bold italic 12 pt, lines 11 pt", () => {
    const head = find(state, "Nơi nhận:");
    expect(head.col).toBe(1);
    expect(head.row).toBe(find(state, "KT. GIÁM ĐỐC").row);
    expect(styleOf(state, head).font).toEqual({ size: 12, bold: true, italic: true });
    expect(textOf(at(state, head.row + 1, 1))).toBe("- UBND tỉnh (để báo cáo);");
    expect(textOf(at(state, head.row + 2, 1))).toBe("- Bộ Nội vụ;");
    expect(textOf(at(state, head.row + 3, 1))).toBe("- Lưu: VT, TCBC.");
    expect(styleOf(state, find(state, "- Bộ Nội vụ;")).font?.size).toBe(11);
  });

  it("Nơi nhận in the Party style is underlined, with commas", () => {
    expect(styleOf(party, find(party, "Nơi nhận:")).font?.underline).toBe(true);
    expect(cellsWithText(party, "- Ban Tổ chức Trung ương,")).toHaveLength(1);
    expect(cellsWithText(party, "- Lưu Văn phòng Tỉnh ủy.")).toHaveLength(1);
  });

  it("recipient lines: marks added, the archive line last (added when missing), Như trên only when addressed", () => {
    expect(recipientLines(["- Như trên;", "Lưu: VT", "Bộ Nội vụ."], LAYOUTS.state, true)).toEqual([
      "- Như trên;",
      "- Bộ Nội vụ;",
      "- Lưu: VT.",
    ]);
    // Without "Kính gửi" there is nothing for "Như trên" to point to.
    expect(recipientLines(["- Như trên;", "Lưu: VT", "Bộ Nội vụ."], LAYOUTS.state, false)).toEqual([
      "- Bộ Nội vụ;",
      "- Lưu: VT.",
    ]);
    expect(recipientLines(["Bộ Nội vụ"], LAYOUTS.state, true)).toEqual([
      "- Như trên;",
      "- Bộ Nội vụ;",
      "- Lưu: VT.",
    ]);
    // No body named: a dotted line to fill.
    expect(recipientLines([], LAYOUTS.state, false)).toEqual(["- ……………;", "- Lưu: VT."]);
    expect(recipientLines(["Thường trực Tỉnh ủy", " "], LAYOUTS.party, false)).toEqual([
      "- Thường trực Tỉnh ủy,",
      "- Lưu Văn phòng.",
    ]);
  });

  it("without a parent body the row stays empty; without a number dots stand in", () => {
    const doc = mergeReport(compareAnalysis(), { ...DETAILS.state, parentBody: " ", number: "" });
    expect(textOf(at(doc, 1, 1))).toBeUndefined();
    expect(cellsWithText(doc, "Số: ……")).toHaveLength(1);
  });

  it("margins are the style's, fixed", () => {
    expect(LAYOUTS.state.page.margins).toEqual(MARGINS);
    expect(LAYOUTS.party.page.margins).toEqual({ top: 20, bottom: 20, left: 30, right: 15 });
    expect(sheetOf(party).page.pageNumbers).toBe(true);
  });

  it("splits the header so that each side fits its widest line", () => {
    expect(chooseSplit([10, 10, 10, 10], 100, 100)).toBe(2);
    expect(chooseSplit([10, 10, 10, 10], 50, 200)).toBe(1);
    expect(chooseSplit([10, 10, 10, 10], 200, 50)).toBe(3);
  });
});

describe("Kết quả sắp xếp (mergeReport)", () => {
  const analysis = compareAnalysis();
  const doc = mergeReport(analysis, DETAILS.state);
  const sheet = sheetOf(doc);
  const labelRow = (label: string): number => find(doc, label).row;

  it("summary rows: before and after as values (the unit table is an appendix), cut and rate as formulas", () => {
    for (const { key, label } of SUMMARY_ROWS) {
      const r = labelRow(label.vi);
      const change = analysis.summary[key];
      expect(at(doc, r, 3)?.content).toEqual({ kind: "number", value: change.before });
      expect(at(doc, r, 5)?.content).toEqual({ kind: "number", value: change.after });
      expect(at(doc, r, 7)?.content).toEqual({ kind: "formula", formula: `C${r}-E${r}`, result: change.cut });
      expect(at(doc, r, 9)?.content).toEqual({
        kind: "formula",
        formula: `IF(C${r}=0,"",(C${r}-E${r})/C${r})`,
        result: change.rate,
      });
    }
    const staff = at(doc, labelRow("Biên chế"), 9)?.content;
    expect(staff?.kind === "formula" && staff.result).toBe(5 / 52);
  });

  it("puts the unit table in an appendix whose totals are the summary's after figures", () => {
    const appendix = doc.sheets[1] as ReportSheet;
    expect(appendix.name).toBe("Phụ lục I");
    expect(appendix.cells.map(textOf)).toContain("KẾT QUẢ SẮP XẾP THEO TỪNG ĐƠN VỊ");
    expect(
      cellsWithText(doc, "Kết quả sắp xếp của từng đơn vị tại Phụ lục I kèm theo Báo cáo này."),
    ).toHaveLength(1);
    const total = appendix.cells.find((c) => textOf(c) === "Tổng cộng") as ReportCell;
    const cell = (col: number) => appendix.cells.find((c) => c.row === total.row && c.col === col)?.content;
    expect(cell(3)).toMatchObject({ kind: "formula", result: analysis.summary.heads.after });
    expect(cell(4)).toMatchObject({ kind: "formula", result: analysis.summary.deputies.after });
    expect(cell(6)).toMatchObject({ kind: "formula", result: analysis.summary.staff.after });
    const header = appendix.cells.find((c) => textOf(c) === "Tên đơn vị (sau sắp xếp)") as ReportCell;
    expect(appendix.page.printTitleRows?.[0]).toBe(header.row);
  });

  it("charts the summary: trước vs sau for the four figures", () => {
    const chart = sheet.chart;
    expect(chart?.type).toBe("columnClustered");
    expect(chart?.series.map((s) => s.name)).toEqual(["Trước sắp xếp", "Sau sắp xếp"]);
    const first = labelRow("Đầu mối");
    expect(chart?.categories).toEqual({ top: first, left: 2, bottom: first + 3, right: 2 });
    expect(chart?.series[0]?.values).toEqual({ top: first, left: 3, bottom: first + 3, right: 3 });
    expect(chart?.series[1]?.values).toEqual({ top: first, left: 5, bottom: first + 3, right: 5 });
    // Nothing is written under the chart.
    const anchor = chart?.anchor ?? { row: 0, rows: 0, col: 0, cols: 0 };
    const covered = sheet.cells.filter((c) => c.row >= anchor.row && c.row < anchor.row + anchor.rows);
    expect(covered).toEqual([]);
  });

  it("prints an unsettled rule's caps as plain numbers and cites it; how sure we are goes to the notes", () => {
    const appendix = doc.sheets[1] as ReportSheet;
    const unitRow = appendix.cells.find((c) => textOf(c) === "Phòng Tổng hợp")?.row;
    const cap = appendix.cells.find((c) => c.row === unitRow && c.col === 7);
    expect(cap?.content).toEqual({ kind: "number", value: 3 });
    expect(styleOf(doc, cap as ReportCell).numberFormat).toBe("#,##0");
    for (const s of doc.sheets.slice(0, 2))
      expect(s.cells.some((c) => textOf(c)?.includes("chưa"))).toBe(false);
    expect(doc.notes.some((n) => n.includes("Quy định 329-QĐ/TW") && n.includes("chưa xác định"))).toBe(true);
  });

  it("lists the units that no longer exist, and says when no deputy is in excess", () => {
    expect(
      cellsWithText(doc, "Các đơn vị không còn sau sắp xếp: Phòng Tổ chức - Hành chính; Phòng Lưu trữ."),
    ).toHaveLength(1);
    expect(cellsWithText(doc, "Không có đơn vị nào có số cấp phó vượt định mức.")).toHaveLength(1);
  });

  it("says tăng for a figure that rises (a plan keeps the merged heads as deputies), giảm for the others", () => {
    const planned = mergeReport(planAnalysis(), DETAILS.state);
    expect(cellsWithText(planned, "Tăng, giảm")).toHaveLength(1);
    expect(cellsWithText(planned, "Tỷ lệ tăng, giảm")).toHaveLength(1);
    const row = find(planned, "Cấp phó").row;
    const cut = at(planned, row, 7);
    expect(cut?.content).toMatchObject({ kind: "formula", result: -2 });
    expect(styleOf(planned, cut as ReportCell).numberFormat).toBe('"giảm "#,##0;"tăng "#,##0;0');
    expect(styleOf(planned, at(planned, row, 9) as ReportCell).numberFormat).toBe(
      '"giảm "0.00%;"tăng "0.00%;0.00%',
    );
    // Nothing rises in the compare: the plain "Giảm" columns.
    expect(cellsWithText(doc, "Giảm")).toHaveLength(1);
    expect(cellsWithText(doc, "Tăng, giảm")).toHaveLength(0);
  });

  it("plan mode: excess deputies with cap, deadline (a date) and legal source", () => {
    const p = planAnalysis();
    const planned = mergeReport(p, DETAILS.state);
    expect(cellsWithText(planned, "Không có đơn vị nào có số cấp phó vượt định mức.")).toHaveLength(0);
    // The excess table is Phụ lục II, its header repeated on every printed page.
    const excessSheet = planned.sheets[2] as ReportSheet;
    expect(excessSheet.name).toBe("Phụ lục II");
    const excessRow = excessSheet.cells.find((c) => textOf(c) === "Phòng Tổng hợp")?.row as number;
    const cellAt = (col: number) => excessSheet.cells.find((c) => c.row === excessRow && c.col === col);
    const deadline = cellAt(6);
    expect(deadline?.content).toEqual({ kind: "date", iso: "2030-10-01" });
    expect(styleOf(planned, deadline as ReportCell).numberFormat).toBe("dd/mm/yyyy");
    expect(textOf(cellAt(8))).toContain("Nghị định 150/2025/NĐ-CP");
    expect(cellAt(5)?.content).toEqual({ kind: "number", value: 3 });
    expect(excessSheet.page.printTitleRows).toBeDefined();
    expect(
      sheetOf(planned).cells.some((c) =>
        textOf(c)?.endsWith("; chi tiết tại Phụ lục II kèm theo Báo cáo này."),
      ),
    ).toBe(true);
    // Without excess there is no Phụ lục II; the body says so in a sentence.
    const none = mergeReport(analysis, DETAILS.state);
    expect(none.sheets.map((s) => s.name)).not.toContain("Phụ lục II");
    expect(cellsWithText(none, "Không có đơn vị nào có số cấp phó vượt định mức.")).toHaveLength(1);
    const merged = p.units.find((u) => u.mergedFrom.includes("Phòng Tổ chức - Hành chính"));
    expect(merged?.flags).toContain("deputies-over-cap");
    const note = [
      "Sáp nhập thêm: Phòng Tổ chức - Hành chính",
      ...(merged?.flags ?? []).map((f) => FLAG_LABELS[f].vi),
    ];
    expect(planned.sheets[1]?.cells.filter((c) => textOf(c) === note.join(". "))).toHaveLength(1);
    expect(planned.sheets[0]?.name).toBe("Phương án sắp xếp");
    expect(cellsWithText(planned, "Phương án sắp xếp tổ chức bộ máy, tinh giản biên chế")).toHaveLength(1);
    expect(cellsWithText(planned, "Kết quả sắp xếp tổ chức bộ máy, tinh giản biên chế")).toHaveLength(0);
    expect(excessSheet.cells.some((c) => textOf(c)?.startsWith("Căn cứ định mức cấp phó: Điều 6"))).toBe(
      true,
    );
    expect(planned.notes).toContain(
      "Bảng không có biên chế được giao; định mức cấp phó được tính trên tổng số biên chế hiện có.",
    );
  });

  it("refuses a check analysis", () => {
    expect(() => mergeReport(checkAnalysis(), DETAILS.state)).toThrow(RangeError);
  });
});

describe("user text stays text", () => {
  const tricky = ["=SUM(A1)", "+84 123", "-5 người", "@HYPERLINK(1)"];
  const analysis = compare(
    table(tricky.map((name) => row(name, 1, 2, 5, 8))),
    table(tricky.map((name) => row(name, 1, 1, 5, 7))),
    { date: REPORT_DATE },
  );
  const details: ReportDetails = {
    ...DETAILS.state,
    parentBody: "=1+1",
    issuingBody: "+SỞ",
    number: "=A1",
    signerName: "=cmd|' /C calc'!A0",
    recipients: ["=2+2"],
  };

  it.each([
    ["mergeReport", mergeReport(analysis, details)],
    ["deputyReview", deputyReview(analysis, details)],
    [
      "pilotTracker",
      pilotTracker(
        { items: tricky.map((name) => ({ name, basis: name, responsible: name, decision: name })) },
        details,
      ),
    ],
  ])("%s", (_name, doc) => {
    const cells = doc.sheets.flatMap((s) => s.cells);
    for (const name of tricky) {
      const found = cells.filter((c) => c.content.kind === "text" && c.content.text.includes(name));
      expect(found.length).toBeGreaterThan(0);
      for (const c of cells) {
        if (c.content.kind === "formula") expect(c.content.formula).not.toContain(name);
      }
    }
    expect(cellsWithText(doc, "=1+1")).toHaveLength(1);
    expect(cellsWithText(doc, "Số: =A1")).toHaveLength(1);
    expect(cellsWithText(doc, "=cmd|' /C calc'!A0")).toHaveLength(1);
  });
});

describe("Rà soát cấp phó (deputyReview)", () => {
  const analysis = checkAnalysis();
  const report = deputyReview(analysis, DETAILS.party);
  // The table of every unit is the appendix.
  const doc: ReportDoc = { ...report, sheets: report.sheets.slice(1) };

  it("fills the row of a unit over its cap in red, other flagged units in yellow", () => {
    const over = find(doc, "Phòng Cơ yếu - Công nghệ thông tin");
    const leaders = find(doc, "Phòng Lưu trữ");
    const plain = find(doc, "Phòng Tổng hợp");
    expect(styleOf(doc, over).fill).toBe("FFC7CE");
    expect(styleOf(doc, leaders).fill).toBe("FFEB9C");
    expect(styleOf(doc, plain).fill).toBeUndefined();
    expect(textOf(at(doc, leaders.row, 12))).toBe(
      ["leaders-only", "deputies-over-half-quota", "below-minimum-size"]
        .map((f) => FLAG_LABELS[f as keyof typeof FLAG_LABELS].vi)
        .join("; "),
    );
  });

  it("gives the leader share as a live formula with the engine's value", () => {
    for (const u of analysis.units) {
      const r = find(doc, u.name).row;
      expect(at(doc, r, 11)?.content).toEqual({
        kind: "formula",
        formula: `IF(E${r}=0,"",(F${r}+G${r})/E${r})`,
        result: u.leaderShare,
      });
      expect(textOf(at(doc, r, 10))).toBe("Quy định 329-QĐ/TW");
    }
  });

  it("cites the rule and leaves how sure we are of it to the notes for the person preparing it", () => {
    const official = report.sheets
      .filter((s) => s.role !== "notes")
      .flatMap((s) => s.cells.map(textOf))
      .filter((t): t is string => t !== undefined);
    expect(official).toContain("Căn cứ định mức cấp phó: Quy định 329-QĐ/TW ngày 13/6/2025 của Ban Bí thư.");
    expect(
      official.filter((t) => /chưa (đọc|đối chiếu|xác minh|xác định)|tạm (theo|áp dụng)|\(\*\)/.test(t)),
    ).toEqual([]);
    expect(
      report.notes.some(
        (n) => n.startsWith("Định mức cấp phó theo “Quy định 329-QĐ/TW") && n.includes("Đối chiếu"),
      ),
    ).toBe(true);
  });

  it("counts units, units over the cap, excess deputies and flagged units live", () => {
    const value = (label: string): unknown => {
      const c = at(doc, find(doc, label).row, 7)?.content;
      return c?.kind === "formula" ? c.result : undefined;
    };
    expect(value("Số đơn vị được rà soát")).toBe(7);
    expect(value("Số đơn vị có cấp phó vượt định mức")).toBe(1);
    expect(value("Tổng số cấp phó dôi dư")).toBe(1);
    expect(value("Số đơn vị có cảnh báo")).toBe(2);
  });

  it("totals are the engine's figures", () => {
    const total = find(doc, "Tổng cộng").row;
    const result = (col: number): unknown => {
      const c = at(doc, total, col)?.content;
      return c?.kind === "formula" ? c.result : undefined;
    };
    expect(result(5)).toBe(analysis.summary.staff.before);
    expect(result(6)).toBe(analysis.summary.heads.before);
    expect(result(7)).toBe(analysis.summary.deputies.before);
    expect(result(11)).toBe(23 / 52);
  });
});

describe("a pooled cap (NQ 332, a commune's phòng and centre)", () => {
  const analysis = communeAnalysis();
  const report = deputyReview(analysis, DETAILS.state);
  const doc: ReportDoc = { ...report, sheets: report.sheets.slice(1) };
  const startsWith = (text: string): ReportCell => {
    const cell = sheetOf(doc).cells.find((c) => textOf(c)?.startsWith(text));
    if (!cell) throw new Error(`no cell starting "${text}"`);
    return cell;
  };

  it("shows the group's excess on its own row, never 0 per unit", () => {
    const excessCol = 9;
    for (const u of analysis.units) expect(textOf(at(doc, find(doc, u.name).row, excessCol))).toBe("chung");
    const group = startsWith("Tính chung 4 đơn vị");
    expect(textOf(group)).toContain("bình quân 2 cấp phó mỗi đơn vị, tối đa 8, hiện có 10");
    expect(at(doc, group.row, excessCol)?.content).toEqual({ kind: "number", value: 2 });
    const total = find(doc, "Tổng cộng").row;
    expect(at(doc, total, excessCol)?.content).toMatchObject({ kind: "formula", result: 2 });
    expect(at(doc, total, excessCol - 1)?.content).toMatchObject({ kind: "formula", result: 8 });
  });

  it("counts the group apart from the units in the summary", () => {
    const value = (label: string): unknown => {
      const c = at(doc, find(doc, label).row, 7)?.content;
      return c?.kind === "formula" ? c.result : undefined;
    };
    expect(value("Số đơn vị được rà soát")).toBe(4);
    expect(value("Số đơn vị có cấp phó vượt định mức")).toBe(0);
    expect(value("Số nhóm đơn vị tính định mức bình quân có cấp phó dôi dư")).toBe(1);
    expect(value("Tổng số cấp phó dôi dư")).toBe(2);
  });
});

describe("Lộ trình tinh giản (roadmap)", () => {
  it("without years: five blank years after the base year, formulas waiting for figures", () => {
    const doc = roadmap({ baseYear: 2021, baseline: 166, targetRate: 0.05 }, DETAILS.state);
    const years = sheetOf(doc).cells.filter(
      (c) => styleOf(doc, c).numberFormat === "0" && c.content.kind === "number",
    );
    expect(years.map((c) => (c.content.kind === "number" ? c.content.value : 0))).toEqual([
      2021, 2022, 2023, 2024, 2025, 2026,
    ]);
    expect(cellsWithText(doc, "Lộ trình tinh giản biên chế giai đoạn 2022–2026")).toHaveLength(1);
    const row2022 = years[1]?.row ?? 0;
    expect(at(doc, row2022, 4)?.content).toMatchObject({ kind: "formula", result: "" });
  });

  it("the required cut rounds up (166 × 5% → 9)", () => {
    const doc = roadmap({ baseYear: 2021, baseline: 166, targetRate: 0.05 }, DETAILS.state);
    const r = find(doc, "Số biên chế phải giảm để đạt mục tiêu (làm tròn lên)").row;
    expect(at(doc, r, 5)?.content).toMatchObject({ kind: "formula", result: 9 });
  });

  it.each([
    [{ baseYear: 2021.5, baseline: 10, targetRate: 0.1 }],
    [{ baseYear: 2021, baseline: -1, targetRate: 0.1 }],
    [{ baseYear: 2021, baseline: 10, targetRate: 1.5 }],
    [{ baseYear: 2021, baseline: 10, targetRate: 0.1, years: [{ year: 2022, actual: 11 }] }],
    [{ baseYear: 2021, baseline: 10, targetRate: 0.1, years: [{ year: 2022, planned: Number.NaN }] }],
  ])("refuses invalid input %j", (input) => {
    expect(() => roadmap(input, DETAILS.state)).toThrow(RangeError);
  });
});

describe("Theo dõi thí điểm (pilotTracker)", () => {
  it("a blank tracker: 20 rows with the status list, counts at zero", () => {
    const doc = pilotTracker({ items: [] }, DETAILS.state);
    const sheet = sheetOf(doc);
    expect(sheet.validations).toHaveLength(1);
    const v = sheet.validations[0];
    expect(v?.values).toEqual(["tiếp tục thí điểm", "nghiên cứu thí điểm", "tạm dừng", "kết thúc"]);
    expect((v?.block.bottom ?? 0) - (v?.block.top ?? 0) + 1).toBe(20);
    const progress = find(doc, "Tiến độ hoàn thành (kết thúc / tổng số)").row;
    expect(at(doc, progress, 4)?.content).toMatchObject({ result: "0/0" });
    expect(at(doc, progress, 5)?.content).toMatchObject({ result: "" });
  });

  it("progress as 13/14 and 92,86%", () => {
    const doc = goldenDoc("theo-doi-thi-diem", "party");
    const progress = find(doc, "Tiến độ hoàn thành (kết thúc / tổng số)").row;
    expect(at(doc, progress, 4)?.content).toMatchObject({ kind: "formula", result: "13/14" });
    expect(at(doc, progress, 5)?.content).toMatchObject({ kind: "formula", result: 13 / 14 });
  });
});

describe("blank forms", () => {
  it.each([
    ["units", "bieu-don-vi"],
    ["roster", "danh-sach-can-bo"],
  ] as const)("%s form is template %s, freezes its header and repeats it on each page", (kind, id) => {
    const doc = blankForm(kind, "state");
    expect(doc.template).toBe(id);
    const sheet = sheetOf(doc);
    expect(sheet.page.printTitleRows).toBeDefined();
    expect(sheet.freezeRows).toBe(sheet.page.printTitleRows?.[1]);
    expect(cellsWithText(doc, "(1)")).toHaveLength(1);
  });
});

describe("TEMPLATES", () => {
  it("describes every template in Vietnamese and English, and each renders with its id", () => {
    expect(IDS).toEqual([
      "ket-qua-sap-xep",
      "ra-soat-cap-pho",
      "lo-trinh-tinh-gian",
      "theo-doi-thi-diem",
      "bieu-don-vi",
      "danh-sach-can-bo",
      "so-sanh-phuong-an",
      "lo-trinh-cap-pho-doi-du",
      "tong-hop-ra-soat-cap-pho",
    ]);
    for (const id of IDS) {
      expect(TEMPLATES[id].label.vi).not.toBe("");
      expect(TEMPLATES[id].label.en).not.toBe("");
      expect(goldenDoc(id, "state").template).toBe(id);
    }
  });
});

describe("sheet builder", () => {
  const book = (): StyleBook => new StyleBook({ s: {}, w: { align: { wrap: true } } });

  it("refuses overlapping merges, cells inside merges, cells written twice and unknown styles", () => {
    const b = new SheetBuilder([10, 10, 10], book());
    b.merge(1, 1, 2, 2);
    expect(() => b.merge(2, 2, 3, 3)).toThrow(/overlaps/);
    expect(() => b.text(2, 2, "x", "s")).toThrow(/inside a merge/);
    b.text(1, 1, "x", "s");
    expect(() => b.text(1, 1, "y", "s")).toThrow(/twice/);
    expect(() => b.text(3, 3, "y", "nope")).toThrow(/Unknown report style/);
    expect(() => b.text(3, 4, "y", "s")).toThrow(/outside/);
    b.text(3, 3, "y", "s");
    expect(() => b.merge(3, 2, 3, 3)).toThrow(/covers the written cell/);
  });

  it("refuses sheet names longer than 31 characters", () => {
    const b = new SheetBuilder([10], book());
    const page = {
      paper: "A4",
      orientation: "portrait",
      margins: MARGINS,
      fitToWidth: true,
      pageNumbers: false,
    } as const;
    expect(() => b.build("x".repeat(32), page)).toThrow(/31/);
    expect(b.build("x".repeat(31), page).name).toHaveLength(31);
  });

  it("grows rows for wrapped text and estimates more lines for narrower cells", () => {
    const long = "Phòng thuộc cơ quan tham mưu, giúp việc tỉnh ủy";
    expect(wrappedLines(long, 12, false, 60)).toBeGreaterThan(wrappedLines(long, 12, false, 200));
    expect(wrappedLines("a\nb", 12, false, 200)).toBe(2);
    const b = new SheetBuilder([8, 8], book());
    b.spanText(1, 1, 2, long, "w");
    b.spanText(2, 1, 2, "ngắn", "w");
    const sheet = b.build("x", {
      paper: "A4",
      orientation: "portrait",
      margins: MARGINS,
      fitToWidth: true,
      pageNumbers: false,
    });
    expect(sheet.rowHeights.map((h) => h.row)).toEqual([1]);
  });
});

describe("charts", () => {
  it("reserves no rows for a chart when the host cannot draw one", async () => {
    const { mergeReport } = await import("./templates/mergeReport");
    const { compareAnalysis, DETAILS } = await import("./fixtures");
    const analysis = compareAnalysis();
    const withChart = mergeReport(analysis, DETAILS.party);
    const without = mergeReport(analysis, DETAILS.party, { charts: false });
    const rows = (doc: typeof withChart) => Math.max(...doc.sheets[0]!.cells.map((c) => c.row));
    expect(withChart.sheets[0]!.chart).toBeDefined();
    expect(without.sheets[0]!.chart).toBeUndefined();
    expect(rows(withChart) - rows(without)).toBe(withChart.sheets[0]!.chart!.anchor.rows);
  });
});

describe("a report made from data that still has errors (--force, or “Lập báo cáo” anyway)", () => {
  const withError = (analysis: Analysis): Analysis => ({
    ...analysis,
    issues: [...analysis.issues, { level: "error", code: "no-data-rows", cell: "'Biểu 01'!A5" }],
  });
  const reports: [string, () => ReportDoc][] = [
    ["ket-qua-sap-xep", () => mergeReport(withError(compareAnalysis()), DETAILS.state)],
    ["ra-soat-cap-pho", () => deputyReview(withError(checkAnalysis()), DETAILS.state)],
    ["lo-trinh-cap-pho-doi-du", () => excessRoadmap(EXCESS_PLAN(), withError(planAnalysis()), DETAILS.party)],
  ];

  it.each(reports)("%s says so in the document itself", (_id, make) => {
    const doc = make();
    const written = sheetOf(doc).cells.map(textOf).join("\n");
    expect(written).toContain("Báo cáo này được lập khi số liệu còn 1 lỗi chưa được khắc phục");
  });
});
