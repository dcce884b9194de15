/**
 * The two document layouts as data: State documents (Nghị định 30/2020/NĐ-CP, Phụ lục I) and Party
 * documents (Quy định 399-QĐ/TW, 9/1/2026, governs; its format clauses were not read, so the
 * presentation follows Hướng dẫn 36-HD/VPTW, whose header 399's own text matches: "Số 399-QĐ/TW",
 * no colon; docs/rules-verification.md §9), per /shared/domain/vn-rules.md §4: page, header blocks,
 * title, headings, signature and "Nơi nhận", and the named cell styles every template draws with.
 * Fonts are Times New Roman throughout (the ReportDoc default).
 *
 * Rules under header lines are rows of underscores in a small font, centred, sized to a share of
 * the line they underline: a cell border could only be as long as the columns under it, which the
 * table grid below dictates, and a font underline would run through the dots under ạ, ậ, ự, Ộ.
 */
import type { CellStyle, PageSetup, ReportStyle } from "./types";

/** A line of a header or signature block. `text` may hold {parentBody}, {issuingBody}, {number}, {place}, {date}. */
export interface TextPiece {
  text: string;
  style: string;
  /** Upper-case the text once filled in (body names typed in lower case). */
  caps?: boolean;
  /** Leave the row empty when this placeholder is blank (an optional parent body). */
  skipIfBlank?: "parentBody" | "number";
}

/** A rule under the text piece just above it on the same side: `ratio` of its width. */
export interface RulePiece {
  rule: { ratio: number; min: number };
  style: string;
}

export type HeaderPiece = TextPiece | RulePiece;

export interface HeaderRow {
  left?: HeaderPiece;
  right?: HeaderPiece;
  /** Fixed height in points (rule rows). */
  height?: number;
}

export interface Layout {
  style: ReportStyle;
  /** Page setup without orientation (chosen per template) and print titles (per table). */
  page: Omit<PageSetup, "orientation" | "printTitleRows">;
  header: HeaderRow[];
  title: {
    style: string;
    subjectStyle: string;
    /** What goes under the subject: a rule (State) or "-----" (Party). */
    under: HeaderPiece;
    underHeight?: number;
  };
  /** Section numbering: "I." (State) or "I-" (Party). */
  headingMark: "." | "-";
  signature: {
    roleStyle: string;
    nameStyle: string;
    /** Empty rows left for the signature and seal. */
    gapRows: number;
  };
  recipients: {
    heading: string;
    headingStyle: string;
    lineStyle: string;
    /** Ending of every line but the last. */
    separator: string;
    /** Archive line added last when the list has none ("Lưu: VT"). */
    archive: string;
  };
  /** Body text size in points. */
  bodySize: number;
}

/** Page margins in millimetres: the same for both styles (NĐ 30 minimums; HD 36 fixed values). */
export const MARGINS = { top: 20, bottom: 20, left: 30, right: 15 } as const;

const RULE_HEIGHT = 10;

export const LAYOUTS: Record<ReportStyle, Layout> = {
  state: {
    style: "state",
    page: { paper: "A4", margins: { ...MARGINS }, fitToWidth: true, pageNumbers: true },
    header: [
      {
        left: { text: "{parentBody}", style: "hdr.parent", caps: true, skipIfBlank: "parentBody" },
        right: { text: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", style: "hdr.nation" },
      },
      {
        left: { text: "{issuingBody}", style: "hdr.body", caps: true },
        right: { text: "Độc lập - Tự do - Hạnh phúc", style: "hdr.motto" },
      },
      {
        left: { rule: { ratio: 0.4, min: 8 }, style: "rule" },
        right: { rule: { ratio: 1, min: 20 }, style: "rule" },
        height: RULE_HEIGHT,
      },
      {
        left: { text: "Số: {number}", style: "hdr.number" },
        right: { text: "{place}, {date}", style: "hdr.date" },
      },
    ],
    title: {
      style: "title",
      subjectStyle: "subject",
      under: { rule: { ratio: 0.35, min: 12 }, style: "rule" },
      underHeight: RULE_HEIGHT,
    },
    headingMark: ".",
    signature: { roleStyle: "sig.role", nameStyle: "sig.name", gapRows: 4 },
    recipients: {
      heading: "Nơi nhận:",
      headingStyle: "recv.head",
      lineStyle: "recv.line",
      separator: ";",
      archive: "Lưu: VT",
    },
    bodySize: 14,
  },
  party: {
    style: "party",
    page: { paper: "A4", margins: { ...MARGINS }, fitToWidth: true, pageNumbers: true },
    header: [
      {
        left: { text: "{parentBody}", style: "hdr.parent", caps: true, skipIfBlank: "parentBody" },
        right: { text: "ĐẢNG CỘNG SẢN VIỆT NAM", style: "hdr.party" },
      },
      {
        left: { text: "{issuingBody}", style: "hdr.body", caps: true },
        right: { rule: { ratio: 1, min: 20 }, style: "rule" },
      },
      { left: { text: "*", style: "hdr.star" } },
      {
        left: { text: "Số {number}", style: "hdr.number" },
        right: { text: "{place}, {date}", style: "hdr.date" },
      },
    ],
    title: { style: "title", subjectStyle: "subject", under: { text: "-----", style: "subject.dash" } },
    headingMark: "-",
    signature: { roleStyle: "sig.role", nameStyle: "sig.name", gapRows: 4 },
    recipients: {
      heading: "Nơi nhận:",
      headingStyle: "recv.head",
      lineStyle: "recv.line",
      separator: ",",
      archive: "Lưu Văn phòng",
    },
    bodySize: 14,
  },
};

/** Fill of table rows that need attention: deputies over the cap, and other warnings. */
export const FILLS = { alert: "FFC7CE", warn: "FFEB9C", input: "F2F2F2" } as const;

const thin = { top: "thin", bottom: "thin", left: "thin", right: "thin" } as const;
const center = { horizontal: "center", vertical: "middle", wrap: true } as const;
const TABLE = 12;

/** Table styles, the same in both layouts. */
function tableStyles(): Record<string, CellStyle> {
  const cell = (extra: CellStyle = {}): CellStyle => ({
    font: { size: TABLE, ...extra.font },
    align: { ...center, ...extra.align },
    border: thin,
    ...(extra.numberFormat ? { numberFormat: extra.numberFormat } : {}),
  });
  const total = (extra: CellStyle = {}): CellStyle => cell({ ...extra, font: { bold: true, ...extra.font } });
  return {
    th: cell({ font: { bold: true } }),
    "th.seq": cell({ font: { italic: true, size: 11 } }),
    td: cell({ align: { horizontal: "left" } }),
    "td.c": cell(),
    "td.n": cell({ numberFormat: "#,##0" }),
    // An unsettled cap: the value stays a number (totals add it up) and shows as "3*".
    "td.n*": cell({ numberFormat: '#,##0"*"' }),
    "td.p": cell({ numberFormat: "0.00%" }),
    // A change that may be a rise: "giảm 2" / "tăng 1", "giảm 28,57%" / "tăng 6,25%".
    "td.n±": cell({ numberFormat: '"giảm "#,##0;"tăng "#,##0;0' }),
    "td.p±": cell({ numberFormat: '"giảm "0.00%;"tăng "0.00%;0.00%' }),
    "td.d": cell({ numberFormat: "dd/mm/yyyy" }),
    "td.y": cell({ numberFormat: "0" }),
    // A remark across a table's row (the rules an agency's units were checked under).
    "td.note": cell({ font: { italic: true }, align: { horizontal: "left" } }),
    tt: total(),
    "tt.l": total({ align: { horizontal: "left" } }),
    "tt.n": total({ numberFormat: "#,##0" }),
    "tt.p": total({ numberFormat: "0.00%" }),
    note: { font: { size: 12, italic: true }, align: { horizontal: "left", vertical: "top", wrap: true } },
    // Top-aligned: the rule sits just under the line above it.
    rule: { font: { size: 8 }, align: { horizontal: "center", vertical: "top" } },
  };
}

/** Every named style of a layout. */
export function layoutStyles(style: ReportStyle): Record<string, CellStyle> {
  const state = style === "state";
  const body = LAYOUTS[style].bodySize;
  const centered = (size: number, font: CellStyle["font"] = {}): CellStyle => ({
    font: { size, ...font },
    align: { ...center },
  });
  return {
    ...tableStyles(),
    "hdr.parent": centered(state ? 13 : 14),
    "hdr.body": centered(state ? 13 : 14, { bold: true }),
    "hdr.number": centered(state ? 13 : 14),
    "hdr.star": centered(14),
    "hdr.nation": centered(12, { bold: true }),
    "hdr.motto": centered(13, { bold: true }),
    "hdr.party": centered(15, { bold: true }),
    "hdr.date": centered(state ? 13 : 14, { italic: true }),
    "form.no": { font: { size: 12, bold: true }, align: { horizontal: "right", vertical: "middle" } },
    title: centered(state ? 14 : 15, { bold: true }),
    subject: centered(14, { bold: true }),
    "subject.dash": centered(14),
    sub: centered(13, { italic: true }),
    heading: {
      font: { size: body, bold: true },
      align: { horizontal: "left", vertical: "middle", wrap: true },
    },
    para: { font: { size: body }, align: { horizontal: "justify", vertical: "top", wrap: true } },
    // What a reader must not miss (figures missing from a consolidation).
    "para.b": {
      font: { size: body, bold: true },
      align: { horizontal: "justify", vertical: "top", wrap: true },
    },
    label: { font: { size: 12 }, align: { horizontal: "left", vertical: "middle", wrap: true } },
    "sig.role": centered(body, { bold: true }),
    "sig.name": centered(body, { bold: true }),
    "sig.note": centered(12, { italic: true }),
    "recv.head": state
      ? { font: { size: 12, bold: true, italic: true }, align: { horizontal: "left", vertical: "top" } }
      : { font: { size: 14, underline: true }, align: { horizontal: "left", vertical: "top" } },
    "recv.line": {
      font: { size: state ? 11 : 12 },
      align: { horizontal: "left", vertical: "top", wrap: true },
    },
  };
}

/** "I", "II", ... for section headings (1–39 is plenty). */
export function roman(n: number): string {
  const tens = ["", "X", "XX", "XXX"];
  const ones = ["", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"];
  return (tens[Math.floor(n / 10) % 4] ?? "") + (ones[n % 10] ?? "");
}
