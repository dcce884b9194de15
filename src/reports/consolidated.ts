/**
 * The blocks of "Tổng hợp rà soát số lượng cấp phó" (issue 16), from core's Consolidation and the
 * combined analysis (every unit checked under the rules of its own agency): the agencies whose
 * figures are missing, named first; the returns of one agency twice; one block per agency counted
 * (its units with their caps, excess and flags, its subtotal) and the grand total; the status of
 * every file received.
 */
import type { AgencyReturn, Consolidation, Duplicate, Missing } from "../core/analyse/consolidate";
import { FLAG_LABELS } from "../core/messages";
import { issueMessage } from "../core/messages";
import { RULE_SETS } from "../core/rules";
import { cleanText } from "../core/text/normalize";
import type { Analysis, Issue, PoolResult, RuleSetId, UnitResult } from "../core/types";
import { a1, range } from "./builder";
import { FILLS, roman } from "./layout";
import { countText } from "./narrative";
import { need, type RenderState, type Span } from "./state";
import {
  NOTED_ISSUES,
  noteCap,
  noteIssues,
  poolText,
  put,
  tableHeader,
  text,
  unitCell,
  type HeaderColumn,
} from "./tables";
import type { CellContent } from "./types";

/** "tra-ve/01-so-noi-vu.xlsx" → "01-so-noi-vu.xlsx": the name a reader knows the file by. */
export function fileName(file: string): string {
  return cleanText(file.split(/[\\/]/).pop() ?? file);
}

const MISSING_WHY: Record<Missing["why"], string> = {
  "not-read": "không đọc được tệp",
  disagrees: "số tổng không khớp với các dòng",
};

/**
 * "Chưa tổng hợp được số liệu của: A (không đọc được tệp); B (số tổng không khớp với các dòng)."
 * — empty when every agency's figures were taken.
 */
export function missingLine(c: Consolidation): string {
  if (c.missing.length === 0) return "";
  const parts = c.missing.map((m) => `${cleanText(m.agency)} (${MISSING_WHY[m.why]})`);
  return `Chưa tổng hợp được số liệu của: ${parts.join("; ")}.`;
}

/** What is said of two returns of one agency, or of one file sent twice. */
export function duplicateLine(d: Duplicate): string {
  const [first, later] = d.files.map(fileName) as [string, string];
  const used = fileName(d.used);
  if (d.kind === "content")
    return `Tệp ${first} và tệp ${later} có nội dung giống hệt nhau: số liệu chỉ tính một lần (theo tệp ${used}).`;
  const agency = cleanText(d.agency);
  return d.resolved
    ? `${agency} gửi lại biểu: dùng số liệu của biểu gửi sau (tệp ${used}), không dùng tệp ${first}.`
    : `${agency} gửi hai biểu khác nhau (tệp ${first} và tệp ${later}): chưa xác định dùng biểu nào, tạm dùng số liệu của tệp ${used}.`;
}

/**
 * The notice at the top: the agencies missing and the returns of one agency twice not yet
 * resolved, in bold (the report is not complete); the duplicates resolved, in plain text.
 */
export function renderConsolidationNotice(st: RenderState): void {
  const c = need(st.ctx.consolidation, "a consolidation");
  const { b } = st;
  const missing = missingLine(c);
  const open = c.duplicates.filter((d) => !d.resolved).map(duplicateLine);
  const settled = c.duplicates.filter((d) => d.resolved).map(duplicateLine);
  if (missing !== "") b.spanText(b.take(), 1, b.cols, missing, "para.b");
  for (const line of open) b.spanText(b.take(), 1, b.cols, line, "para.b");
  for (const line of settled) b.spanText(b.take(), 1, b.cols, line, "para");
  if (missing !== "" || open.length > 0 || settled.length > 0) b.take();
}

/**
 * "Đã nhận 07 tệp biểu của 06 cơ quan, đơn vị; tổng hợp được số liệu của 04 cơ quan, đơn vị …":
 * how many returns, how many agencies, how many counted, where the details are.
 */
export function consolidationSentence(c: Consolidation): string {
  const agencies = new Set(c.agencies.map((a) => a.supersededBy ?? a.file)).size;
  const counted = c.agencies.filter((a) => a.counted).length;
  const received = `Đã nhận ${countText(c.agencies.length)} tệp biểu của ${countText(agencies)} cơ quan, đơn vị`;
  const taken =
    counted === agencies
      ? `tổng hợp được số liệu của cả ${countText(counted)} cơ quan, đơn vị`
      : `tổng hợp được số liệu của ${countText(counted)} cơ quan, đơn vị, còn ${countText(agencies - counted)} cơ quan, đơn vị chưa tổng hợp được`;
  const where =
    counted > 0
      ? `Tình hình tiếp nhận biểu tại Phụ lục 1; kết quả rà soát của từng cơ quan, đơn vị tại ${counted === 1 ? "Phụ lục 2" : `các Phụ lục 2 đến ${counted + 1}`} kèm theo Báo cáo này.`
      : "Tình hình tiếp nhận biểu tại Phụ lục 1 kèm theo Báo cáo này.";
  return `${received}; ${taken} (${countText(c.totals.units)} đơn vị trực thuộc, ${countText(c.totals.deputies)} cấp phó, ${countText(c.totals.excess)} cấp phó vượt định mức). ${where}`;
}

// ---------------------------------------------------------------------------------------------
// The consolidated table

export type ConsolidationField =
  "order" | "name" | "heads" | "deputies" | "cap" | "excess" | "staff" | "note";
export type ConsolidationColumn = HeaderColumn & { field: ConsolidationField };

const FIGURES = ["heads", "deputies", "cap", "excess", "staff"] as const;
type Figure = (typeof FIGURES)[number];
const isFigure = (f: ConsolidationField): f is Figure => (FIGURES as readonly string[]).includes(f);

/** The units and pooled groups of each agency counted, from the combined analysis (blocks "AGENCY" or "AGENCY – block"). */
export function agencyBlocks(
  c: Consolidation,
  analysis: Analysis,
): { agency: AgencyReturn; units: UnitResult[]; pools: PoolResult[] }[] {
  const counted = c.agencies.filter((a) => a.counted);
  // The agency a block belongs to: the longest agency name it starts with.
  const owner = (block: string | undefined): AgencyReturn | undefined => {
    if (block === undefined) return undefined;
    let best: AgencyReturn | undefined;
    for (const a of counted) {
      if (block !== a.agency && !block.startsWith(`${a.agency} – `)) continue;
      if (!best || a.agency.length > best.agency.length) best = a;
    }
    return best;
  };
  return counted.map((agency) => ({
    agency,
    units: analysis.units.filter((u) => owner(u.block) === agency),
    pools: analysis.pools.filter((p) => owner(p.block) === agency),
  }));
}

/** A unit's name in its agency's block: with its own block when the agency's table had blocks. */
function nameInAgency(u: UnitResult, agency: string): string {
  const block =
    u.block !== undefined && u.block.startsWith(`${agency} – `) ? u.block.slice(agency.length + 3) : "";
  const name = cleanText(u.name);
  return block === "" || name.endsWith(`(${block})`) ? name : `${name} (${cleanText(block)})`;
}

/** "Định mức theo Quy định 329-QĐ/TW": the rules the agency's units were checked under. */
function rulesNote(units: readonly UnitResult[]): string {
  const ids: RuleSetId[] = [];
  let entered = false;
  for (const u of units) {
    const id = u.capInfo?.ruleSet;
    if (u.capInfo?.entered) entered = true;
    else if (id !== undefined && !ids.includes(id)) ids.push(id);
  }
  const titles = ids.map((id) => RULE_SETS[id].title.vi);
  if (entered) titles.push("định mức tự nhập (*)");
  return titles.length > 0 ? `Định mức theo ${titles.join("; ")}` : "";
}

/** The figure of a unit a column shows, as its cell and style (the deputy review's cells). */
function unitFigureCell(u: UnitResult, field: Figure): [CellContent, string] {
  return unitCell(u, field, 0, undefined);
}

/** What a unit's figure adds to its agency's subtotal (a pooled unit's excess is its group's). */
function unitFigure(u: UnitResult, field: Figure): number {
  switch (field) {
    case "cap":
      return u.cap ?? 0;
    case "excess":
      return u.capInfo?.pooled ? 0 : u.excess;
    default:
      return u[field];
  }
}

/**
 * One block per agency counted: its row (I, II… and its name, the rules applied), its units
 * (1, 2…: leaders, cap, excess, staff, flags; flagged rows filled), its pooled groups, a "Cộng"
 * row of live sums; then "TỔNG CỘNG", the sum of the "Cộng" rows, equal to the consolidation's
 * totals. The header repeats on every printed page.
 */
export function renderConsolidationTable(st: RenderState, columns: readonly ConsolidationColumn[]): void {
  const c = need(st.ctx.consolidation, "a consolidation");
  const analysis = need(st.ctx.analysis, "an analysis");
  const { b } = st;
  noteIssues(st, analysis);
  const header = tableHeader(st, columns);
  b.printTitleRows = [header.first, header.last];
  const order = columns.find((col) => col.field === "order");
  const name = columns.find((col) => col.field === "name");
  const label: Span = [
    (order ?? name ?? (columns[0] as ConsolidationColumn)).at[0],
    (name ?? order ?? (columns[0] as ConsolidationColumn)).at[1],
  ];
  const figures = columns.filter((col) => isFigure(col.field));
  const rest = columns.filter((col) => !isFigure(col.field) && col.at[0] > label[1]);
  const subtotals: { row: number; values: Map<ConsolidationField, number> }[] = [];
  const tone = (name: string, t: "alert" | "warn" | undefined): string =>
    t ? b.styles.variant(name, t, { fill: FILLS[t] }) : name;

  agencyBlocks(c, analysis).forEach(({ agency, units, pools }, i) => {
    // The agency's row: its numeral and name in bold, then across the figures the rules its units
    // were checked under (a line or two, where the note column alone would take five).
    const r = b.take();
    if (order) put(st, r, order.at, text(roman(i + 1)), "tt");
    if (name) put(st, r, name.at, text(cleanText(agency.agency)), "tt.l");
    const after = columns.filter((col) => col.at[0] > label[1]);
    if (after.length > 0) {
      const span = [
        Math.min(...after.map((col) => col.at[0])),
        Math.max(...after.map((col) => col.at[1])),
      ] as const;
      put(st, r, span, text(rulesNote(units)), "td.note");
    }
    const top = b.row;
    units.forEach((u, k) => {
      const row = b.take();
      const t = u.flags.includes("deputies-over-cap") ? "alert" : u.flags.length > 0 ? "warn" : undefined;
      noteCap(st, u, true);
      for (const col of columns) {
        const [content, style] =
          col.field === "order"
            ? ([{ kind: "number", value: k + 1 }, "td.c"] as [CellContent, string])
            : col.field === "name"
              ? ([text(nameInAgency(u, agency.agency)), "td"] as [CellContent, string])
              : col.field === "note"
                ? ([text(u.flags.map((f) => FLAG_LABELS[f].vi).join("; ")), "td"] as [CellContent, string])
                : unitFigureCell(u, col.field);
        put(st, row, col.at, content, tone(style, t));
      }
    });
    // A pooled group's row: its label across the columns before the excess, which is the group's.
    const excessAt = columns.find((col) => col.field === "excess")?.at[0];
    const poolLabel: Span = excessAt !== undefined && excessAt > label[1] ? [label[0], excessAt - 1] : label;
    for (const pool of pools) {
      const row = b.take();
      const t = pool.excess > 0 ? "alert" : undefined;
      put(st, row, poolLabel, text(poolText(pool)), tone("td", t));
      for (const col of [...figures, ...rest].filter((col) => col.at[0] > poolLabel[1])) {
        const content: CellContent =
          col.field === "excess" ? { kind: "number", value: pool.excess } : text("");
        put(st, row, col.at, content, tone(col.field === "excess" ? "td.n" : "td", t));
      }
    }
    const bottom = b.row - 1;
    // "Cộng": the agency's live sums.
    const s = b.take();
    put(st, s, label, text("Cộng"), "tt");
    const values = new Map<ConsolidationField, number>();
    for (const col of figures) {
      const field = col.field as Figure;
      const value =
        units.reduce((sum, u) => sum + unitFigure(u, field), 0) +
        (field === "excess" ? pools.reduce((sum, p) => sum + p.excess, 0) : 0);
      values.set(field, value);
      const content: CellContent =
        bottom >= top
          ? { kind: "formula", formula: `SUM(${range(top, col.at[0], bottom, col.at[0])})`, result: value }
          : { kind: "number", value };
      put(st, s, col.at, content, "tt.n");
    }
    for (const col of rest) put(st, s, col.at, text(""), "tt");
    subtotals.push({ row: s, values });
  });

  // "TỔNG CỘNG": the sum of the agencies' subtotals.
  const g = b.take();
  put(st, g, label, text("TỔNG CỘNG"), "tt");
  for (const col of figures) {
    const field = col.field as Figure;
    const value = subtotals.reduce((sum, t) => sum + (t.values.get(field) ?? 0), 0);
    const content: CellContent =
      subtotals.length > 0
        ? { kind: "formula", formula: subtotals.map((t) => a1(t.row, col.at[0])).join("+"), result: value }
        : { kind: "number", value };
    put(st, g, col.at, content, "tt.n");
  }
  for (const col of rest) put(st, g, col.at, text(""), "tt");
  b.take();
}

/** Under the table of an incomplete consolidation: whose figures the total leaves out. */
export function renderConsolidationGap(st: RenderState): void {
  const c = need(st.ctx.consolidation, "a consolidation");
  if (c.missing.length === 0) return;
  const names = c.missing.map((m) => cleanText(m.agency)).join("; ");
  st.b.spanText(st.b.take(), 1, st.b.cols, `Số liệu tổng cộng chưa gồm số liệu của: ${names}.`, "note");
}

// ---------------------------------------------------------------------------------------------
// The files received

export type ReturnField = "order" | "file" | "sheet" | "agency" | "status" | "reason";
export type ReturnColumn = HeaderColumn & { field: ReturnField };

/** What became of a return, as the status column says it. */
export function returnStatus(a: AgencyReturn, c: Consolidation): string {
  if (a.supersededBy !== undefined) {
    const later = c.agencies.findIndex((x) => x.file === a.supersededBy) > c.agencies.indexOf(a);
    return later ? "Không dùng (đã có bản sau)" : "Không dùng (trùng biểu đã nhận)";
  }
  if (a.status === "not-read") return "Không đọc được";
  if (!a.counted) return "Không tổng hợp (số tổng không khớp)";
  return readingWarnings(a).length === 0 ? "Đã tổng hợp" : "Đã tổng hợp, có cảnh báo";
}

/**
 * What reading the file warned of, at a cell of it (the rules' findings are in the table, and
 * what the analysis assumed is for the person preparing the report, never in the document).
 */
function readingWarnings(a: AgencyReturn): Issue[] {
  return a.issues.filter((i) => i.level !== "info" && i.cell !== undefined && !NOTED_ISSUES.has(i.code));
}

/** An issue as the reader is told it, with its cell when the message does not name it. */
function issueText(issue: Issue): string {
  // A file by its name, not by the folders of the computer it was read on.
  const file = issue.params?.file;
  const named =
    typeof file === "string" ? { ...issue, params: { ...issue.params, file: fileName(file) } } : issue;
  const message = issueMessage(named, "vi");
  return issue.cell && !message.includes(issue.cell) ? `${message} (ô ${issue.cell})` : message;
}

/** Why a return was not used, or what reading it warned of. */
export function returnReason(a: AgencyReturn): string {
  if (a.supersededBy !== undefined) return `Cùng cơ quan với tệp ${fileName(a.supersededBy)}.`;
  if (a.status === "not-read") return a.reason ? issueText(a.reason) : "";
  if (!a.counted) return a.disagreements.map(issueText).join(" ");
  return readingWarnings(a).map(issueText).join(" ");
}

/**
 * One row per file received, in the order read: its sheet, agency, what became of it and why; the
 * figures not taken filled red, the returns not used yellow.
 */
export function renderReturnStatus(st: RenderState, columns: readonly ReturnColumn[]): void {
  const c = need(st.ctx.consolidation, "a consolidation");
  const { b } = st;
  const header = tableHeader(st, columns);
  b.printTitleRows = [header.first, header.last];
  c.agencies.forEach((a, i) => {
    const r = b.take();
    const t = a.counted ? undefined : a.supersededBy !== undefined ? "warn" : "alert";
    const style = (name: string): string => (t ? b.styles.variant(name, t, { fill: FILLS[t] }) : name);
    const cells: Record<ReturnField, [CellContent, string]> = {
      order: [{ kind: "number", value: i + 1 }, "td.c"],
      file: [text(fileName(a.file)), "td"],
      sheet: [text(cleanText(a.sheet ?? "")), "td"],
      agency: [text(cleanText(a.agency)), "td"],
      status: [text(returnStatus(a, c)), "td"],
      reason: [text(returnReason(a)), "td"],
    };
    // Filled like the review's rows: red, figures not taken; yellow, a return not used.
    for (const col of columns) {
      const [content, name] = cells[col.field];
      put(st, r, col.at, content, style(name));
    }
  });
  b.take();
}
