/**
 * The pure report renderer: a template is data (a grid of column widths and a list of blocks); this
 * module interprets the blocks in order into a ReportDoc through a {@link SheetBuilder}. Layout
 * blocks (header, title, headings, signature...) live here; table blocks in ./tables.ts and
 * ./worksheets.ts.
 */
import type { AnalysisMode } from "../core/types";
import { formatDate } from "../core/format";
import { fill as fillText } from "../core/messages";
import { cleanText, wordKey } from "../core/text/normalize";
import { columnsWidthPt, SheetBuilder, StyleBook, textWidthPt, DEFAULT_FONT_SIZE } from "./builder";
import type { FormKind } from "./inputs";
import { BLANK } from "./details";
import { LAYOUTS, layoutStyles, roman, type HeaderPiece, type Layout, type TextPiece } from "./layout";
import { addOnce, chooseSplit, need, upper, type RenderContext, type RenderState, type Span } from "./state";
import {
  noteIssues,
  renderRemovedUnits,
  renderSummaryTable,
  renderUnitCounts,
  renderUnitTable,
  type HeaderColumn,
  type SummaryColumns,
  type UnitTable,
} from "./tables";
import { assessment, excessSentence, hasExcess, openingParagraph, resultsSentence } from "./narrative";
import { keepTogetherBreaks } from "./pages";
import {
  excessSummarySentences,
  renderExcessPeople,
  renderExcessYears,
  type ExcessPersonField,
  type ExcessYearField,
} from "./excessPlan";
import {
  consolidationSentence,
  renderConsolidationGap,
  renderConsolidationNotice,
  renderConsolidationTable,
  renderReturnStatus,
  type ConsolidationColumn,
  type ReturnColumn,
} from "./consolidated";
import { bestScenarioSentence, renderScenarioTable, scenarioLines, type ScenarioColumn } from "./scenarios";
import type { ReportDetails, ReportDoc, ReportPart, ReportSheet } from "./types";
import {
  renderFormHeader,
  renderFormSignature,
  renderFormTable,
  renderRoadmapParams,
  renderRoadmapResult,
  renderRoadmapTable,
  renderTrackerCounts,
  renderTrackerTable,
  type FormColumn,
  type RoadmapColumn,
  type TrackerColumn,
} from "./worksheets";

export type TemplateId =
  | "ket-qua-sap-xep"
  | "ra-soat-cap-pho"
  | "lo-trinh-tinh-gian"
  | "theo-doi-thi-diem"
  | "bieu-don-vi"
  | "danh-sach-can-bo"
  | "so-sanh-phuong-an"
  | "lo-trinh-cap-pho-doi-du"
  | "tong-hop-ra-soat-cap-pho";

/** The blocks a template is made of, placed top to bottom. */
export type Block =
  /** The style's header: bodies, number, national or Party motto, place and date. */
  | { kind: "header" }
  /** A blank form's header: body placeholders and the form number. */
  | { kind: "formHeader"; formNumber: string }
  /** "BÁO CÁO" and the subject (ReportDetails.subject wins over the template's); `modes` as for paragraphs. */
  | { kind: "title"; title: string; subject: string; modes?: AnalysisMode[] }
  | { kind: "subtitle"; text: string }
  /** A form's title in capitals and an italic line under it. */
  | { kind: "formTitle"; title: string; subtitle: string }
  /** A numbered section heading: "I. …" (State) or "I- …" (Party); `modes` as for paragraphs. */
  | { kind: "heading"; text: string; modes?: AnalysisMode[] }
  /** Body text; `modes` limits it to analyses of those modes. */
  | { kind: "paragraph"; text: string; modes?: AnalysisMode[] }
  /** "Căn cứ <documents applied>; thực hiện …, <what> như sau:" (./narrative). */
  | { kind: "opening"; what: string; modes?: AnalysisMode[] }
  /** The results as a sentence with their figures ("giảm 02 đầu mối (28,57%)"). */
  | { kind: "results" }
  /** The units needing attention by name and why, the excess deputies and their deadline. */
  | { kind: "assessment" }
  /** Dotted lines for the office to write its proposals on. */
  | { kind: "dottedLines"; rows: number }
  | { kind: "note"; text: string }
  /** A note for the person preparing the report: on the notes sheet, never in the document. */
  | { kind: "clerkNote"; text: string }
  | { kind: "spacer"; rows?: number }
  | { kind: "summaryTable"; columns: SummaryColumns }
  /** A clustered column chart of the summary table, over `rows` reserved rows. */
  | { kind: "chart"; title: string; rows: number }
  /** One row per unit of the analysis with a total row (./tables). */
  | ({ kind: "unitTable" } & UnitTable)
  | { kind: "removedUnits" }
  /** Live counts over a unit table (`of` = its anchor): units, over the cap, excess, flagged. */
  | { kind: "unitCounts"; of: string; label: Span; value: number }
  | { kind: "roadmapParams"; label: Span; value: Span }
  | { kind: "roadmapTable"; columns: RoadmapColumn[] }
  | { kind: "roadmapResult"; label: Span; value: Span }
  | { kind: "trackerTable"; columns: TrackerColumn[]; blankRows: number }
  /** Plans side by side (ctx.scenarios), the present state first when known (ctx.current). */
  | { kind: "scenarioTable"; columns: ScenarioColumn[] }
  /** What each plan merges, a line each. */
  | { kind: "scenarioLines" }
  /** The plan the rules favour, in a sentence. */
  | { kind: "bestScenario" }
  /** Excess deputies year by year (ctx.excess). */
  | { kind: "excessYears"; columns: (HeaderColumn & { field: ExcessYearField })[] }
  /** The deputies of the units in excess, by name. */
  | { kind: "excessPeople"; columns: (HeaderColumn & { field: ExcessPersonField })[] }
  /** How many are left at the deadline, and who. */
  | { kind: "excessSummary" }
  /** The agencies whose figures are missing and the returns of one agency twice (ctx.consolidation). */
  | { kind: "consolidationNotice" }
  /** Files received, agencies counted and the totals in a sentence. */
  | { kind: "consolidationSummary" }
  /** One block per agency counted (its units, its subtotal), then the grand total. */
  | { kind: "consolidationTable"; columns: ConsolidationColumn[] }
  /** Under the table of an incomplete consolidation: the agencies the total leaves out. */
  | { kind: "consolidationGap" }
  /** Every file received, what became of it and why. */
  | { kind: "returnStatus"; columns: ReturnColumn[] }
  | { kind: "trackerCounts"; label: Span; value: number; share: number }
  | { kind: "formTable"; form: FormKind; columns: FormColumn[]; rows: number; total: boolean }
  | { kind: "formSignature" }
  /**
   * Notes on what the tables above used (the rules' citations, caps entered by the user, the
   * deadlines) and the errors the report was made over; each printed once, by the first
   * footnotes block after it was known.
   */
  | { kind: "footnotes" }
  /**
   * What follows is an appendix on a sheet (a section in Word) of its own: "PHỤ LỤC I", its
   * title, "(Kèm theo Báo cáo số … ngày …)"; its table's header repeats on every page.
   */
  | {
      kind: "appendix";
      number?: string;
      title: string;
      sheetName: string;
      modes?: AnalysisMode[];
      /** The appendix's own page and grid (a wide table in landscape), else the template's. */
      orientation?: "portrait" | "landscape";
      columns?: readonly number[];
      /** "excess": only when a unit or group has deputies over its cap (else it and its blocks are left out). */
      when?: "excess";
    }
  /** The excess deputies in a sentence, pointing to the appendix that lists them. */
  | { kind: "excess"; appendix: string }
  /** Signature block on the right. */
  | { kind: "signature" }
  /** "Nơi nhận" on the left, level with the signature block. */
  | { kind: "recipients" };

export interface Template {
  id: TemplateId;
  /** Base sheet name (≤ 31 characters). */
  sheetName: string;
  /**
   * Portrait where the widest table has at most 9 columns and fits the 165 mm between margins;
   * landscape for wider tables (12 columns, or long text columns).
   */
  orientation: "portrait" | "landscape";
  /** Column widths in characters, from column A: the grid every block is laid on. */
  columns: readonly number[];
  /** Freeze the rows down to the main table's header (editable worksheets). */
  freezeHeader?: boolean;
  blocks: readonly Block[];
}

/** Render a template into a ReportDoc. */
export function render(template: Template, ctx: RenderContext): ReportDoc {
  const layout = LAYOUTS[ctx.style];
  const book = new StyleBook(layoutStyles(ctx.style));
  const st: RenderState = {
    ctx,
    layout,
    b: new SheetBuilder(template.columns, book),
    notes: [],
    footnotes: [],
    footnotesShown: 0,
    headings: 0,
    values: new Map(),
  };
  let page = { ...layout.page, orientation: template.orientation };
  const sheets: ReportSheet[] = [];
  let sheetName = template.sheetName;
  let skipping = false;
  for (const block of template.blocks) {
    if (block.kind === "appendix") {
      if (!applies(st, block)) continue;
      skipping = block.when === "excess" && !hasExcess(need(ctx.analysis, "an analysis"));
    }
    if (skipping) continue;
    if (block.kind === "appendix") {
      sheets.push(paged(st.b.build(sheetName, page)));
      st.b = new SheetBuilder(block.columns ?? template.columns, book);
      sheetName = block.sheetName;
      page = { ...layout.page, orientation: block.orientation ?? template.orientation };
    }
    const { b } = st;
    const top = b.row;
    const header = b.lastHeader;
    renderBlock(st, block);
    if (b.row > top)
      addPart(b.parts, block, top, b.row - 1, b.lastHeader !== header ? b.lastHeader : undefined);
  }
  const last = st.b;
  if (template.freezeHeader && last.printTitleRows) last.freezeRows = last.printTitleRows[1];
  sheets.push(paged(last.build(sheetName, page)));
  if (st.notes.length > 0) sheets.push(notesSheet(st.notes, layout, book));
  return { template: template.id, style: ctx.style, sheets, styles: book.usedStyles(), notes: st.notes };
}

/** The sheet with the page breaks that keep together what must print together. */
function paged(sheet: ReportSheet): ReportSheet {
  const rowBreaks = keepTogetherBreaks(sheet);
  return rowBreaks.length > 0 ? { ...sheet, page: { ...sheet.page, rowBreaks } } : sheet;
}

/** Name of the sheet of notes for the person preparing the report. */
export const NOTES_SHEET = "Ghi chú cho người lập";

/**
 * The notes for the person preparing the report (the rules' confidence, what was assumed, how to
 * fill the tables) on a sheet of their own beside the report: never in the official text, never
 * printed with it.
 */
function notesSheet(notes: readonly string[], layout: Layout, book: StyleBook): ReportSheet {
  const b = new SheetBuilder([6, 80], book);
  b.spanText(b.take(), 1, 2, "GHI CHÚ CHO NGƯỜI LẬP BÁO CÁO", "sub");
  b.spanText(
    b.take(),
    1,
    2,
    "Không in, không gửi kèm báo cáo. Xem lại từng điểm trước khi trình ký.",
    "note",
  );
  b.parts.push({ kind: "text", top: 1, bottom: 2 });
  b.take();
  const top = b.row;
  notes.forEach((note, i) => {
    const row = b.take();
    b.put(row, 1, { kind: "text", text: `${i + 1}.` }, "note");
    b.spanText(row, 2, 2, note, "note");
  });
  b.parts.push({ kind: "text", top, bottom: b.row - 1 });
  return {
    ...b.build(NOTES_SHEET, { ...layout.page, orientation: "portrait", pageNumbers: false }),
    role: "notes",
  };
}

const PART_KINDS: Record<Block["kind"], ReportPart["kind"]> = {
  header: "layout",
  formHeader: "layout",
  signature: "layout",
  recipients: "layout",
  formSignature: "layout",
  title: "text",
  subtitle: "text",
  formTitle: "text",
  heading: "text",
  paragraph: "text",
  appendix: "text",
  excess: "text",
  opening: "text",
  results: "text",
  assessment: "text",
  dottedLines: "text",
  note: "text",
  clerkNote: "text",
  footnotes: "text",
  removedUnits: "text",
  spacer: "space",
  chart: "chart",
  summaryTable: "table",
  unitTable: "table",
  unitCounts: "table",
  roadmapParams: "table",
  roadmapTable: "table",
  roadmapResult: "table",
  trackerTable: "table",
  scenarioTable: "table",
  scenarioLines: "text",
  bestScenario: "text",
  excessYears: "table",
  excessPeople: "table",
  excessSummary: "text",
  consolidationNotice: "text",
  consolidationSummary: "text",
  consolidationTable: "table",
  consolidationGap: "text",
  returnStatus: "table",
  trackerCounts: "table",
  formTable: "table",
};

/**
 * Record the rows a block wrote as a document part. A block that continues the part before it
 * (the next line of counts, Nơi nhận level with the signature) joins it; a unit table that wrote no
 * header ("Không có đơn vị nào …") is text.
 */
function addPart(
  parts: ReportPart[],
  block: Block,
  top: number,
  bottom: number,
  header: [number, number] | undefined,
): void {
  let kind = PART_KINDS[block.kind];
  if (kind === "table" && block.kind === "unitTable" && !header) kind = "text";
  const last = parts[parts.length - 1];
  if (last && last.kind === kind && kind !== "chart" && !header && !last.header && last.bottom + 1 >= top) {
    last.top = Math.min(last.top, top);
    last.bottom = Math.max(last.bottom, bottom);
    return;
  }
  parts.push(header ? { kind, top, bottom, header } : { kind, top, bottom });
}

/** Whether a block is for the analysis at hand (`modes`: only for analyses of those modes). */
function applies(st: RenderState, block: Block): boolean {
  return !(
    "modes" in block &&
    block.modes &&
    !block.modes.includes(need(st.ctx.analysis, "an analysis").mode)
  );
}

function renderBlock(st: RenderState, block: Block): void {
  if (!applies(st, block)) return;
  switch (block.kind) {
    case "header":
      return renderHeader(st);
    case "formHeader":
      return renderFormHeader(st, block.formNumber);
    case "title":
      return renderTitle(st, block.title, block.subject);
    case "subtitle":
      st.b.spanText(st.b.take(), 1, st.b.cols, block.text, "sub");
      return;
    case "formTitle":
      st.b.spanText(st.b.take(), 1, st.b.cols, block.title, st.layout.title.style);
      st.b.spanText(st.b.take(), 1, st.b.cols, block.subtitle, "sub");
      st.b.take();
      return;
    case "heading":
      return renderHeading(st, block.text);
    case "paragraph":
      st.b.spanText(st.b.take(), 1, st.b.cols, block.text, "para");
      return;
    case "opening":
      return paragraphs(st, [
        openingParagraph(st.ctx.analysis, need(st.ctx.details, "report details"), block.what),
      ]);
    case "results":
      return paragraphs(st, [resultsSentence(need(st.ctx.analysis, "an analysis"))]);
    case "assessment":
      return paragraphs(st, assessment(need(st.ctx.analysis, "an analysis")));
    case "excess":
      return paragraphs(st, [excessSentence(need(st.ctx.analysis, "an analysis"), block.appendix)]);
    case "dottedLines": {
      // As many dots as fit one printed line.
      const size = st.layout.bodySize;
      // A fifth left for Word's first-line indent and the renderers' own metrics.
      const fit = Math.floor((columnsWidthPt(st.b.widths, 1, st.b.cols) * 0.8) / textWidthPt("…", size));
      for (let i = 0; i < block.rows; i++) st.b.spanText(st.b.take(), 1, st.b.cols, "…".repeat(fit), "para");
      return;
    }
    case "note":
      st.b.spanText(st.b.take(), 1, st.b.cols, block.text, "note");
      return;
    case "clerkNote":
      addOnce(st.notes, block.text);
      return;
    case "spacer":
      st.b.take(block.rows ?? 1);
      return;
    case "summaryTable":
      return renderSummaryTable(st, block.columns);
    case "chart":
      return renderChart(st, block.title, block.rows);
    case "unitTable":
      return renderUnitTable(st, block);
    case "removedUnits":
      return renderRemovedUnits(st);
    case "unitCounts":
      return renderUnitCounts(st, block.of, block.label, block.value);
    case "roadmapParams":
      return renderRoadmapParams(st, block.label, block.value);
    case "roadmapTable":
      return renderRoadmapTable(st, block.columns);
    case "roadmapResult":
      return renderRoadmapResult(st, block.label, block.value);
    case "trackerTable":
      return renderTrackerTable(st, block.columns, block.blankRows);
    case "scenarioTable":
      return renderScenarioTable(st, block.columns);
    case "scenarioLines":
      return paragraphs(st, scenarioLines(need(st.ctx.scenarios, "the plans to compare")));
    case "excessYears":
      return renderExcessYears(st, block.columns);
    case "excessPeople":
      return renderExcessPeople(st, block.columns);
    case "excessSummary":
      return paragraphs(st, excessSummarySentences(need(st.ctx.excess, "an excess-deputy plan")));
    case "bestScenario":
      return paragraphs(st, [bestScenarioSentence(need(st.ctx.scenarios, "the plans to compare"))]);
    case "consolidationNotice":
      return renderConsolidationNotice(st);
    case "consolidationSummary":
      return paragraphs(st, [consolidationSentence(need(st.ctx.consolidation, "a consolidation"))]);
    case "consolidationTable":
      return renderConsolidationTable(st, block.columns);
    case "consolidationGap":
      return renderConsolidationGap(st);
    case "returnStatus":
      return renderReturnStatus(st, block.columns);
    case "trackerCounts":
      return renderTrackerCounts(st, block.label, block.value, block.share);
    case "formTable":
      return renderFormTable(st, block);
    case "formSignature":
      return renderFormSignature(st);
    case "footnotes":
      if (st.ctx.analysis) noteIssues(st, st.ctx.analysis);
      for (const text of st.footnotes.slice(st.footnotesShown))
        st.b.spanText(st.b.take(), 1, st.b.cols, text, "note");
      st.footnotesShown = st.footnotes.length;
      return;
    case "appendix":
      return renderAppendixTitle(st, block.number, block.title);
    case "signature":
      return renderSignature(st);
    case "recipients":
      return renderRecipients(st);
  }
}

// ---------------------------------------------------------------------------------------------
// Header

function fill(template: string, d: ReportDetails): string {
  const values: Record<string, string> = {
    parentBody: cleanText(d.parentBody),
    issuingBody: cleanText(d.issuingBody),
    number: cleanText(d.number) || "……",
    place: cleanText(d.place) || "……",
    date: formatDate(d.date),
  };
  return fillText(template, values);
}

const isText = (p: HeaderPiece | undefined): p is TextPiece => p !== undefined && "text" in p;

/** Width a text piece needs, in points, drawn in its style. */
function pieceWidth(st: RenderState, text: string, style: string): number {
  const s = st.b.styles.get(style);
  return textWidthPt(text, s.font?.size ?? DEFAULT_FONT_SIZE, s.font?.bold ?? false) + 8;
}

/** A rule under `above`: underscores in the rule style, `ratio` of its printed width. */
export function ruleText(
  st: RenderState,
  above: { text: string; style: string } | undefined,
  rule: { ratio: number; min: number },
  ruleStyle: string,
  blockWidth: number,
): string {
  const size = st.b.styles.get(ruleStyle).font?.size ?? DEFAULT_FONT_SIZE;
  const underscore = textWidthPt("_", size);
  const measured = above ? Math.min(pieceWidth(st, above.text, above.style) - 8, blockWidth - 8) : 0;
  const max = Math.max(rule.min, Math.floor((blockWidth - 8) / underscore));
  const count = Math.min(max, Math.max(rule.min, Math.round((measured * rule.ratio) / underscore)));
  return "_".repeat(count);
}

function renderHeader(st: RenderState): void {
  const d = need(st.ctx.details, "report details");
  const { b, layout } = st;
  const textOf = (p: HeaderPiece | undefined): string | undefined => {
    if (!isText(p)) return undefined;
    if (p.skipIfBlank === "parentBody" && cleanText(d.parentBody) === "") return undefined;
    const text = fill(p.text, d);
    return p.caps ? upper(text) : text;
  };
  let needLeft = 0;
  let needRight = 0;
  for (const row of layout.header) {
    const left = textOf(row.left);
    const right = textOf(row.right);
    if (left !== undefined && isText(row.left))
      needLeft = Math.max(needLeft, pieceWidth(st, left, row.left.style));
    if (right !== undefined && isText(row.right))
      needRight = Math.max(needRight, pieceWidth(st, right, row.right.style));
  }
  b.split = chooseSplit(b.widths, needLeft, needRight);
  const sides = [
    { pick: (r: (typeof layout.header)[number]) => r.left, from: 1, to: b.split },
    { pick: (r: (typeof layout.header)[number]) => r.right, from: b.split + 1, to: b.cols },
  ];
  const last: ({ text: string; style: string } | undefined)[] = [undefined, undefined];
  for (const row of layout.header) {
    const r = b.take();
    sides.forEach((side, i) => {
      const piece = side.pick(row);
      if (piece === undefined) return;
      if (isText(piece)) {
        const text = textOf(piece);
        if (text === undefined) return;
        b.spanText(r, side.from, side.to, text, piece.style);
        last[i] = { text, style: piece.style };
      } else {
        const width = columnsWidthPt(b.widths, side.from, side.to);
        b.spanText(r, side.from, side.to, ruleText(st, last[i], piece.rule, piece.style, width), piece.style);
      }
    });
    if (row.height !== undefined) b.fixHeight(r, row.height);
  }
  b.take(); // a blank row under the header
}

// ---------------------------------------------------------------------------------------------
// Title, headings

function renderTitle(st: RenderState, title: string, defaultSubject: string): void {
  const { b, layout } = st;
  const subject = cleanText(st.ctx.details?.subject ?? "") || defaultSubject;
  b.spanText(b.take(), 1, b.cols, title, layout.title.style);
  b.spanText(b.take(), 1, b.cols, subject, layout.title.subjectStyle);
  const under = layout.title.under;
  const r = b.take();
  if (isText(under)) b.spanText(r, 1, b.cols, under.text, under.style);
  else {
    const width = columnsWidthPt(b.widths, 1, b.cols);
    const above = { text: subject, style: layout.title.subjectStyle };
    b.spanText(r, 1, b.cols, ruleText(st, above, under.rule, under.style, width), under.style);
  }
  if (layout.title.underHeight !== undefined) b.fixHeight(r, layout.title.underHeight);
  b.take();
  const addressees = addresseeNames(st.ctx.details);
  if (addressees.length === 1) {
    b.spanText(b.take(), 1, b.cols, `Kính gửi: ${addressees[0]}.`, "sub");
    b.take();
  } else if (addressees.length > 1) {
    b.spanText(b.take(), 1, b.cols, "Kính gửi:", "sub");
    addressees.forEach((name, i) =>
      b.spanText(b.take(), 1, b.cols, `- ${name}${i === addressees.length - 1 ? "." : ";"}`, "sub"),
    );
    b.take();
  }
}

/** The "Kính gửi" bodies of the details, cleaned, empty ones left out. */
function addresseeNames(details: ReportDetails | undefined): string[] {
  return (details?.addressees ?? []).map((a) => cleanListItem(a)).filter((a) => a !== "");
}

/** A list line without the "- " in front and the ";" "," "." at the end that the report adds. */
function cleanListItem(text: string): string {
  return cleanText(text)
    .replace(/^[-–•+]\s*/, "")
    .replace(/[;,.]+$/, "")
    .trim();
}

function paragraphs(st: RenderState, texts: readonly string[]): void {
  for (const text of texts) st.b.spanText(st.b.take(), 1, st.b.cols, text, "para");
}

/**
 * An appendix's title block (Nghị định 30/2020, Phụ lục I: "Phụ lục" and its number, its title in
 * capitals, and under it the document it goes with, in italics).
 */
function renderAppendixTitle(st: RenderState, number: string | undefined, title: string): void {
  const { b, layout } = st;
  const d = st.ctx.details;
  b.spanText(b.take(), 1, b.cols, number ? `PHỤ LỤC ${number}` : "PHỤ LỤC", layout.title.style);
  b.spanText(b.take(), 1, b.cols, title, layout.title.subjectStyle);
  if (d) {
    // The number and date say which report; the issuing body (in capitals in the header) is left out.
    const reportNumber = cleanText(d.number) || BLANK;
    const text = `(Kèm theo Báo cáo số ${reportNumber} ${formatDate(d.date, "vi")})`;
    b.spanText(b.take(), 1, b.cols, text, "sub");
  }
  b.take();
}

function renderHeading(st: RenderState, text: string): void {
  st.headings++;
  st.b.spanText(
    st.b.take(),
    1,
    st.b.cols,
    `${roman(st.headings)}${st.layout.headingMark} ${text}`,
    "heading",
  );
}

// ---------------------------------------------------------------------------------------------
// Chart

function renderChart(st: RenderState, title: string, rows: number): void {
  if (st.ctx.charts === false) return;
  const source = need(st.chartSource, "a summary table before the chart");
  const top = st.b.take(rows);
  st.b.chart = {
    type: "columnClustered",
    title,
    categories: source.categories,
    series: source.series,
    anchor: { row: top, col: 1, cols: st.b.cols, rows },
  };
}

// ---------------------------------------------------------------------------------------------
// Signature and recipients

const SIGNATURE_TOP = "signature";

function renderSignature(st: RenderState): void {
  const d = need(st.ctx.details, "report details");
  const { b, layout } = st;
  const from = b.split + 1;
  const top = b.row;
  const role = cleanText(d.signerRole);
  if (role) b.spanText(b.take(), from, b.cols, upper(role), layout.signature.roleStyle);
  // Who signs and their name are the office's to write: dotted lines until the details say.
  const title = cleanText(d.signerTitle);
  b.spanText(b.take(), from, b.cols, title ? upper(title) : BLANK, layout.signature.roleStyle);
  b.take(layout.signature.gapRows);
  const name = cleanText(d.signerName);
  b.spanText(b.take(), from, b.cols, name || BLANK, layout.signature.nameStyle);
  st.b.anchors.set(SIGNATURE_TOP, { top, left: from, bottom: b.row - 1, right: b.cols });
}

/**
 * The "Nơi nhận" lines: "- X;" … with the archive line last and a full stop at the end. "Như trên"
 * (the bodies of "Kính gửi") comes first when the report is `addressed`, and never otherwise; a
 * list with no body besides the archive gets a dotted line to fill.
 */
export function recipientLines(recipients: readonly string[], layout: Layout, addressed: boolean): string[] {
  const isAsAbove = (r: string): boolean => wordKey(r) === "nhu tren";
  const clean = recipients.map(cleanListItem).filter((r) => r !== "" && !isAsAbove(r));
  const isArchive = (r: string): boolean => wordKey(r).startsWith("luu");
  const bodies = clean.filter((r) => !isArchive(r));
  const lines = [...(addressed ? ["Như trên"] : []), ...bodies, ...clean.filter(isArchive)];
  if (bodies.length === 0 && !addressed) lines.unshift(BLANK);
  if (!lines.some(isArchive)) lines.push(layout.recipients.archive);
  return lines.map((r, i) => `- ${r}${i === lines.length - 1 ? "." : layout.recipients.separator}`);
}

function renderRecipients(st: RenderState): void {
  const d = need(st.ctx.details, "report details");
  const { b, layout } = st;
  const signature = b.anchors.get(SIGNATURE_TOP);
  let r = signature ? signature.top : b.row;
  const to = b.split;
  b.spanText(r++, 1, to, layout.recipients.heading, layout.recipients.headingStyle);
  for (const line of recipientLines(d.recipients, layout, addresseeNames(d).length > 0))
    b.spanText(r++, 1, to, line, layout.recipients.lineStyle);
  b.row = Math.max(b.row, r);
}
