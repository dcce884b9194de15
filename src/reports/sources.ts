/**
 * "Nguồn số liệu": what a report was computed from (issue 15), on a sheet of its own after the
 * report (an appendix in Word): the files, sheets and ranges read, how each column was understood,
 * the rules applied with their articles, the dates, and the version of Tinh Gọn. So that a figure
 * can be traced back by whoever checks the report.
 */
import { formatDate } from "../core/format";
import { citation } from "../core/rules";
import { columnLetter } from "../core/address";
import { FIELD_LABELS } from "../core/read/fields";
import type { Analysis, Grid, StaffingTable } from "../core/types";
import { SheetBuilder, StyleBook } from "./builder";
import { layoutStyles, LAYOUTS } from "./layout";
import { RULE_SET_BASIS, ruleSetsUsed } from "./narrative";
import { NOTES_SHEET } from "./render";
import type { ReportDoc, ReportSheet } from "./types";

/** One table read: the file, the sheet, the block read and what each column was taken for. */
export interface SourceInput {
  file: string;
  sheet?: string;
  /** "A4:H20": the header's first row to the last row read. */
  range?: string;
  columns: { letter: string; header: string; field?: string }[];
}

export interface Sources {
  /** Tinh Gọn's version ("1.4.0"). */
  version: string;
  inputs: SourceInput[];
  /** The analyses the report shows (their rules and dates); none for a blank form. */
  analyses: readonly Analysis[];
  /** The decision date given (deadlines count from it), when given. */
  decisionDate?: string;
}

export const SOURCES_SHEET = "Nguồn số liệu";

/** What the sheet says of a table read: file, sheet, block read and how each column was understood. */
export function sourceInputOf(
  file: string,
  sheet: string | undefined,
  table: StaffingTable | undefined,
  grid: Grid | undefined,
): SourceInput {
  // From the header to the sheet's last row with anything (footers and signatures included).
  const last = grid ? grid.origin.row + grid.cells.length - 1 : 0;
  const width = grid ? grid.cells.reduce((m, r) => Math.max(m, r.length), 1) + grid.origin.col - 1 : 0;
  return {
    file,
    ...(sheet !== undefined ? { sheet } : {}),
    ...(table && width > 0 ? { range: `A${table.headerRows.first}:${columnLetter(width)}${last}` } : {}),
    columns: (table?.columns ?? []).map((c) => ({
      letter: c.letter,
      header: c.header,
      ...(c.field ? { field: FIELD_LABELS[c.field].vi } : {}),
    })),
  };
}

/** The report with its "Nguồn số liệu" sheet after the report's own sheets (before the notes). */
export function withSources(doc: ReportDoc, sources: Sources): ReportDoc {
  const book = new StyleBook(layoutStyles(doc.style));
  const sheet = sourcesSheet(doc, sources, book);
  const notesAt = doc.sheets.findIndex((s) => s.role === "notes" || s.name === NOTES_SHEET);
  const sheets = [...doc.sheets];
  sheets.splice(notesAt < 0 ? sheets.length : notesAt, 0, sheet);
  return { ...doc, sheets, styles: { ...book.usedStyles(), ...doc.styles } };
}

function sourcesSheet(doc: ReportDoc, sources: Sources, book: StyleBook): ReportSheet {
  const b = new SheetBuilder([5, 24, 52], book);
  const row = (label: string, value: string, n: number) => {
    const r = b.take();
    b.put(r, 1, { kind: "number", value: n }, "td.c");
    b.text(r, 2, label, "td");
    b.text(r, 3, value, "td");
    b.fit(r, value, 3, 3, "td");
  };
  b.spanText(b.take(), 1, 3, "NGUỒN SỐ LIỆU", "sub");
  b.take();
  b.parts.push({ kind: "text", top: 1, bottom: 2 });
  const top = b.row;
  const header = b.take();
  b.text(header, 1, "STT", "th");
  b.text(header, 2, "Nội dung", "th");
  b.text(header, 3, "Chi tiết", "th");
  b.lastHeader = [header, header];
  let n = 0;
  for (const input of sources.inputs) {
    row("Tệp số liệu", input.file, ++n);
    if (input.sheet !== undefined)
      row("Trang tính, vùng đọc", [input.sheet, input.range].filter(Boolean).join(", "), ++n);
    const mapped = input.columns.filter((c) => c.field !== undefined);
    if (mapped.length > 0)
      row("Cách hiểu các cột", mapped.map((c) => `${c.letter}: “${c.header}” → ${c.field}`).join("\n"), ++n);
  }
  const rules = new Set<string>();
  const articles = new Set<string>();
  for (const a of sources.analyses) {
    for (const id of ruleSetsUsed(a)) rules.add(RULE_SET_BASIS[id]);
    for (const u of a.units) if (u.capInfo && !u.capInfo.entered) articles.add(citation(u.capInfo.source));
    if (a.units.some((u) => u.capInfo?.entered))
      articles.add("Định mức do người dùng tự nhập (không có văn bản công bố)");
  }
  if (rules.size > 0) row("Quy định áp dụng", [...rules].join(";\n"), ++n);
  if (articles.size > 0) row("Căn cứ định mức", [...articles].join(";\n"), ++n);
  const first = sources.analyses[0];
  if (first) {
    row("Ngày áp dụng quy định", formatDate(first.date), ++n);
    row(
      "Ngày quyết định sắp xếp",
      sources.decisionDate
        ? formatDate(sources.decisionDate)
        : "Chưa có: thời hạn giải quyết tính từ ngày báo cáo",
      ++n,
    );
  }
  row("Phần mềm", `Tinh Gọn ${sources.version}`, ++n);
  b.parts.push({ kind: "table", top, bottom: b.row - 1, header: [header, header] });
  const layout = LAYOUTS[doc.style];
  return b.build(SOURCES_SHEET, { ...layout.page, orientation: "portrait" });
}
