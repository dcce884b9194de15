/**
 * Table blocks over an Analysis: the before/after summary, the per-unit tables (result, excess
 * deputies, deputy review) and their live counts. Figures typed by users or fixed by the rules are
 * values; totals, cuts, rates and counts are formulas whose cached results are the engine's.
 */
import { leaderShare } from "../core/analyse/figures";
import { FLAG_LABELS, SUMMARY_ROWS } from "../core/messages";
import { issueMessage } from "../core/messages";
import { cleanText } from "../core/text/normalize";
import { RULE_SETS, TRANSITION_RULES, UNIT_TYPE_LABELS, citation } from "../core/rules";
import type { Analysis, Confidence, PoolResult, Totals, UnitResult } from "../core/types";
import { a1, columnsWidthPt, linesHeight, range, wrappedLines } from "./builder";
import { FILLS } from "./layout";
import { addOnce, need, type RenderState, type Span } from "./state";
import type { CellContent } from "./types";

/** A column of a table: its header text, the columns it spans, an optional group over it. */
export interface HeaderColumn {
  header: string;
  at: Span;
  /** Upper header cell shared by adjacent columns with the same group ("Lãnh đạo"). */
  group?: string;
  /** Text of the numbering row under the header ("(6)=(7)+(8)+(9)"); default "(n)". */
  seq?: string;
}

/**
 * Draw a table header (one row, or two when some columns are grouped) and, when asked, the
 * numbering row "(1) (2) …" of real forms. Returns the first and last header rows.
 */
export function tableHeader(
  st: RenderState,
  columns: readonly HeaderColumn[],
  numbering = false,
): { first: number; last: number } {
  const { b } = st;
  const twoRows = columns.some((c) => c.group !== undefined);
  const first = b.take();
  const lower = twoRows ? b.take() : first;
  let vertical = 0;
  let upperHeight = 0;
  let lowerHeight = 0;
  for (let i = 0; i < columns.length; i++) {
    const c = columns[i] as HeaderColumn;
    if (c.group === undefined) {
      b.put(first, c.at[0], { kind: "text", text: c.header }, "th");
      b.merge(first, c.at[0], lower, c.at[1]);
      vertical = Math.max(vertical, headerHeight(st, c.header, c.at));
      continue;
    }
    // A group: this column and the following ones with the same group.
    let j = i;
    while (j + 1 < columns.length && columns[j + 1]?.group === c.group) j++;
    const end = (columns[j] as HeaderColumn).at[1];
    b.put(first, c.at[0], { kind: "text", text: c.group }, "th");
    b.merge(first, c.at[0], first, end);
    upperHeight = Math.max(upperHeight, headerHeight(st, c.group, [c.at[0], end]));
    for (let k = i; k <= j; k++) {
      const sub = columns[k] as HeaderColumn;
      b.put(lower, sub.at[0], { kind: "text", text: sub.header }, "th");
      b.merge(lower, sub.at[0], lower, sub.at[1]);
      lowerHeight = Math.max(lowerHeight, headerHeight(st, sub.header, sub.at));
    }
    i = j;
  }
  if (twoRows) {
    const up = Math.max(upperHeight, MIN_ROW);
    b.height(first, up);
    b.height(lower, Math.max(lowerHeight, vertical - up, MIN_ROW));
  } else b.height(first, Math.max(vertical, MIN_ROW));
  let last = lower;
  if (numbering) {
    last = b.take();
    columns.forEach((c, i) => {
      put(st, last, c.at, { kind: "text", text: c.seq ?? `(${i + 1})` }, "th.seq");
    });
  }
  b.lastHeader = [first, last];
  return { first, last };
}

/** Height of a single table row at 12 pt. */
const MIN_ROW = 16;

/** Height a header text needs in its columns. */
function headerHeight(st: RenderState, text: string, span: Span): number {
  const s = st.b.styles.get("th");
  const size = s.font?.size ?? 12;
  const lines = wrappedLines(text, size, true, columnsWidthPt(st.b.widths, span[0], span[1]));
  return linesHeight(lines, size);
}

/** Put content across a span (merged when it covers more than one column). */
export function put(st: RenderState, row: number, span: Span, content: CellContent, style: string): void {
  st.b.put(row, span[0], content, style);
  st.b.merge(row, span[0], row, span[1]);
  if (content.kind === "text") st.b.fit(row, content.text, span[0], span[1], style);
}

const blank: CellContent = { kind: "text", text: "" };

/** A text cell. */
export const text = (value: string): CellContent => ({ kind: "text", text: value });

/** A date cell, or an empty one when there is no date. */
export const dateCell = (iso: string | undefined): CellContent => (iso ? { kind: "date", iso } : blank);

// ---------------------------------------------------------------------------------------------
// Summary: đầu mối, cấp trưởng, cấp phó, biên chế × trước / sau / giảm / tỷ lệ giảm

export interface SummaryColumns {
  order: HeaderColumn;
  label: HeaderColumn;
  before: HeaderColumn;
  after: HeaderColumn;
  cut: HeaderColumn;
  rate: HeaderColumn;
}

/** Anchor of the result unit table the summary's "after" column adds up, when the template has one. */
export const RESULT_TABLE = "units";

export function renderSummaryTable(st: RenderState, columns: SummaryColumns): void {
  const analysis = need(st.ctx.analysis, "an analysis");
  if (analysis.mode === "check") {
    throw new Error("The before/after summary needs a compare or plan analysis, not a check");
  }
  const { b } = st;
  const { order, label, before, after } = columns;
  // "Giảm" when every figure falls or stays; "Tăng, giảm" with worded figures when one rises.
  const rises = SUMMARY_ROWS.some((item) => (analysis.summary[item.key].cut ?? 0) < 0);
  const cut = rises ? { ...columns.cut, header: "Tăng, giảm" } : columns.cut;
  const rate = rises ? { ...columns.rate, header: "Tỷ lệ tăng, giảm" } : columns.rate;
  tableHeader(st, [order, label, before, after, cut, rate]);
  const top = b.row;
  SUMMARY_ROWS.forEach((item, i) => {
    const r = b.take();
    const change = analysis.summary[item.key];
    const bc = before.at[0];
    const ac = after.at[0];
    put(st, r, order.at, { kind: "number", value: i + 1 }, "td.c");
    put(st, r, label.at, { kind: "text", text: item.label.vi }, "td");
    put(st, r, before.at, { kind: "number", value: change.before }, "td.n");
    const afterValue = change.after ?? 0;
    b.later(r, ac, "td.n", () => afterFromUnitTable(st, item.key, afterValue));
    b.merge(r, after.at[0], r, after.at[1]);
    put(
      st,
      r,
      cut.at,
      { kind: "formula", formula: `${a1(r, bc)}-${a1(r, ac)}`, result: change.cut ?? "" },
      rises ? "td.n±" : "td.n",
    );
    put(
      st,
      r,
      rate.at,
      {
        kind: "formula",
        formula: `IF(${a1(r, bc)}=0,"",(${a1(r, bc)}-${a1(r, ac)})/${a1(r, bc)})`,
        result: change.rate ?? "",
      },
      rises ? "td.p±" : "td.p",
    );
  });
  const bottom = b.row - 1;
  st.chartSource = {
    categories: { top, left: label.at[0], bottom, right: label.at[0] },
    series: [
      { name: before.header, values: { top, left: before.at[0], bottom, right: before.at[0] } },
      { name: after.header, values: { top, left: after.at[0], bottom, right: after.at[0] } },
    ],
  };
  b.take();
}

/**
 * The summary's "after" figure as a live reference to the result table (COUNTIF of its names for
 * units, its total cell otherwise) when that table is there and adds up to the engine's figure;
 * else the figure itself.
 */
function afterFromUnitTable(st: RenderState, key: keyof Totals, value: number): CellContent {
  const names = st.b.anchors.get(`${RESULT_TABLE}.name`);
  if (key === "units" && names && st.values.get(`${RESULT_TABLE}.count`) === value) {
    return {
      kind: "formula",
      formula: `COUNTIF(${range(names.top, names.left, names.bottom, names.right)},"?*")`,
      result: value,
    };
  }
  const total = st.b.anchors.get(`${RESULT_TABLE}.total.${key}`);
  if (key !== "units" && total && st.values.get(`${RESULT_TABLE}.total.${key}`) === value) {
    return { kind: "formula", formula: a1(total.top, total.left), result: value };
  }
  return { kind: "number", value };
}

// ---------------------------------------------------------------------------------------------
// Unit tables

export type UnitField =
  | "order"
  | "name"
  | "unitType"
  | "heads"
  | "deputies"
  | "specialists"
  | "staff"
  | "quota"
  | "contract"
  | "cap"
  | "excess"
  | "deadline"
  | "source"
  | "leaderShare"
  | "flags"
  | "note";

export interface UnitColumn extends HeaderColumn {
  field: UnitField;
}

/** A table of one row per unit of the analysis with a total row (the template's unitTable block). */
export interface UnitTable {
  columns: UnitColumn[];
  /** "excess": only the units (and pooled groups) with deputies over their cap. */
  filter?: "excess";
  /** Fill flagged rows. */
  highlight?: boolean;
  /** Names the table for later blocks (summary cross-references, counts). */
  anchor?: string;
  /** A sentence printed instead of the table when no unit is left. */
  empty?: string;
  /** Repeat this table's header on every printed page. */
  printTitles?: boolean;
}

/** How sure a rule is, as a reader is told. */
export const CONFIDENCE_LABELS: Record<Confidence, string> = {
  verified: "đã đối chiếu văn bản gốc",
  reported: "theo nguồn thứ cấp, chưa đối chiếu văn bản gốc",
  unsettled: "chưa xác định, tạm áp dụng",
};

const COUNT_FIELDS = [
  "heads",
  "deputies",
  "specialists",
  "staff",
  "quota",
  "contract",
  "cap",
  "excess",
] as const;
type CountField = (typeof COUNT_FIELDS)[number];
const isCountField = (f: UnitField): f is CountField => (COUNT_FIELDS as readonly string[]).includes(f);
const LABEL_FIELDS: ReadonlySet<UnitField> = new Set(["order", "name", "unitType"]);

/** The side of the summary a list of units adds up to: after (compare, plan) or before (check). */
function sideTotals(analysis: Analysis): Totals {
  const s = analysis.summary;
  const pick = (c: { before: number; after: number | null }): number =>
    analysis.mode === "check" ? c.before : (c.after ?? c.before);
  return { units: pick(s.units), heads: pick(s.heads), deputies: pick(s.deputies), staff: pick(s.staff) };
}

function countOf(u: UnitResult, f: CountField): number | undefined {
  switch (f) {
    case "quota":
      return u.quota;
    case "cap":
      return u.cap ?? undefined;
    default:
      return u[f];
  }
}

/**
 * Record where a unit's cap comes from: the citation as a footnote of the document (tables show the
 * document only), a cap the user entered marked (*), and how sure we are of the rule as a note for
 * the person preparing the report, never in the official text.
 */
export function noteCap(st: RenderState, u: UnitResult, withSource: boolean): void {
  const info = u.capInfo;
  if (!info) return;
  if (info.entered) {
    addOnce(
      st.footnotes,
      `(*) ${info.source}: ${info.cap} cấp phó. Chưa có văn bản quy định số lượng cấp phó cho loại đơn vị này.`,
    );
    return;
  }
  if (withSource)
    addOnce(st.footnotes, `Căn cứ định mức cấp phó: ${citation(info.source).replace(/\.$/, "")}.`);
  if (info.confidence !== "verified") {
    addOnce(
      st.notes,
      `Định mức cấp phó theo “${info.source}”: ${CONFIDENCE_LABELS[info.confidence]}. Đối chiếu văn bản trước khi ký.`,
    );
  }
}

/**
 * Issues of the analysis the person preparing the report must know about, as notes; errors the
 * report was made over also as a footnote of the document (nobody should sign it as it is).
 */
export const NOTED_ISSUES: ReadonlySet<string> = new Set([
  "quota-assumed-from-staff",
  "province-class-assumed",
  "rule-not-applicable",
  "no-rule-in-force",
  "no-published-cap",
  "pooled-cap",
  "rule-family-assumed",
  "deadline-from-report-date",
]);

/** Errors shown by name in the note of a report made over them; the rest are counted. */
const ERRORS_NAMED = 3;

export function noteIssues(st: RenderState, analysis: Analysis): void {
  // A report made although the data had errors (the user insisted) says so where it is read.
  const errors = analysis.issues.filter((issue) => issue.level === "error");
  if (errors.length > 0) {
    const named = errors.slice(0, ERRORS_NAMED).map((issue) => issueMessage(issue, "vi"));
    const more = errors.length > ERRORS_NAMED ? ` và ${errors.length - ERRORS_NAMED} lỗi khác` : "";
    const text = `Báo cáo này được lập khi số liệu còn ${errors.length} lỗi chưa được khắc phục (${named.join(" ")}${more}); các số liệu có thể chưa chính xác.`;
    addOnce(st.notes, text);
    addOnce(st.footnotes, `Ghi chú: ${text}`);
  }
  for (const issue of analysis.issues) {
    if (!NOTED_ISSUES.has(issue.code)) continue;
    addOnce(st.notes, issueMessage(issue, "vi"));
  }
}

export function renderUnitTable(st: RenderState, block: UnitTable): void {
  const analysis = need(st.ctx.analysis, "an analysis");
  const { b } = st;
  const units = block.filter === "excess" ? analysis.units.filter((u) => u.excess > 0) : analysis.units;
  const pools = block.filter === "excess" ? analysis.pools.filter((p) => p.excess > 0) : analysis.pools;
  noteIssues(st, analysis);
  if (units.length === 0 && pools.length === 0 && block.empty !== undefined) {
    b.spanText(b.take(), 1, b.cols, block.empty, "para");
    b.take();
    return;
  }
  const cols = block.columns;
  const colOf = (f: UnitField): number | undefined => cols.find((c) => c.field === f)?.at[0];
  const header = tableHeader(st, cols);
  if (block.printTitles) b.printTitleRows = [header.first, header.last];
  const top = b.row;
  const staffCol = colOf("staff");
  const headsCol = colOf("heads");
  const deputiesCol = colOf("deputies");
  const shareFormula = (r: number): string | undefined =>
    staffCol && headsCol && deputiesCol
      ? `IF(${a1(r, staffCol)}=0,"",(${a1(r, headsCol)}+${a1(r, deputiesCol)})/${a1(r, staffCol)})`
      : undefined;

  units.forEach((u, i) => {
    const r = b.take();
    const tone = !block.highlight
      ? undefined
      : u.flags.includes("deputies-over-cap")
        ? "alert"
        : u.flags.length > 0
          ? "warn"
          : undefined;
    const style = (name: string): string =>
      tone ? b.styles.variant(name, tone, { fill: FILLS[tone] }) : name;
    noteCap(
      st,
      u,
      cols.some((c) => c.field === "source"),
    );
    for (const c of cols) {
      const [content, s] = unitCell(u, c.field, i, shareFormula(r));
      put(st, r, c.at, content, style(s));
    }
  });
  const bottom = b.row - 1;
  const labelEnd = cols.findIndex((c) => !LABEL_FIELDS.has(c.field));
  const labelCols = labelEnd === -1 ? cols : cols.slice(0, Math.max(1, labelEnd));
  const firstLabel = labelCols[0];
  const lastLabel = labelCols[labelCols.length - 1];

  // A pooled cap's excess belongs to its group: one row per group, inside the totals' range.
  for (const pool of pools) {
    const r = b.take();
    const tone = block.highlight && pool.excess > 0 ? "alert" : undefined;
    const style = (name: string): string =>
      tone ? b.styles.variant(name, tone, { fill: FILLS[tone] }) : name;
    if (firstLabel && lastLabel)
      put(st, r, [firstLabel.at[0], lastLabel.at[1]], { kind: "text", text: poolText(pool) }, style("td"));
    for (const c of cols.slice(labelCols.length)) {
      const content: CellContent =
        c.field === "excess"
          ? { kind: "number", value: pool.excess }
          : c.field === "deadline" && pool.deadline
            ? { kind: "date", iso: pool.deadline }
            : blank;
      const kind = c.field === "excess" ? "td.n" : c.field === "deadline" ? "td.d" : "td";
      put(st, r, c.at, content, style(kind));
    }
  }
  const poolBottom = b.row - 1;
  const poolExcess = pools.reduce((s, p) => s + p.excess, 0);

  // Total row.
  const t = b.take();
  const side = sideTotals(analysis);
  const whole = block.filter === undefined;
  if (firstLabel && lastLabel) {
    put(st, t, [firstLabel.at[0], lastLabel.at[1]], { kind: "text", text: "Tổng cộng" }, "tt");
  }
  const totals = new Map<UnitField, number>();
  for (const c of cols.slice(labelCols.length)) {
    if (isCountField(c.field)) {
      const values = units.map((u) => countOf(u, c.field as CountField));
      if (values.every((v) => v === undefined)) {
        put(st, t, c.at, blank, "tt");
        continue;
      }
      const sum = values.reduce<number>((s, v) => s + (v ?? 0), c.field === "excess" ? poolExcess : 0);
      // The engine's totals of the side shown, when the table lists every unit.
      const engine =
        whole && (c.field === "heads" || c.field === "deputies" || c.field === "staff") ? side[c.field] : sum;
      totals.set(c.field, engine);
      put(
        st,
        t,
        c.at,
        { kind: "formula", formula: `SUM(${range(top, c.at[0], poolBottom, c.at[0])})`, result: engine },
        "tt.n",
      );
      if (block.anchor) {
        b.anchors.set(`${block.anchor}.total.${c.field}`, {
          top: t,
          left: c.at[0],
          bottom: t,
          right: c.at[0],
        });
        st.values.set(`${block.anchor}.total.${c.field}`, engine);
      }
    } else if (c.field === "leaderShare" && staffCol && headsCol && deputiesCol) {
      const h = totals.get("heads") ?? 0;
      const d = totals.get("deputies") ?? 0;
      const s = totals.get("staff") ?? 0;
      const share = leaderShare(h, d, s);
      put(
        st,
        t,
        c.at,
        { kind: "formula", formula: shareFormula(t) as string, result: share.ok ? share.value : "" },
        "tt.p",
      );
    } else put(st, t, c.at, blank, "tt");
  }
  if (block.anchor) {
    for (const c of cols) {
      b.anchors.set(`${block.anchor}.${c.field}`, { top, left: c.at[0], bottom, right: c.at[0] });
    }
    st.values.set(`${block.anchor}.count`, units.length);
    st.values.set(`${block.anchor}.over`, units.filter((u) => u.excess > 0).length);
    st.values.set(`${block.anchor}.flagged`, units.filter((u) => u.flags.length > 0).length);
    st.values.set(
      `${block.anchor}.excess`,
      units.reduce((s, u) => s + u.excess, poolExcess),
    );
    if (pools.length > 0) {
      const excessCol = colOf("excess");
      if (excessCol !== undefined) {
        b.anchors.set(`${block.anchor}.poolExcess`, {
          top: bottom + 1,
          left: excessCol,
          bottom: poolBottom,
          right: excessCol,
        });
      }
      st.values.set(`${block.anchor}.poolsOver`, pools.filter((p) => p.excess > 0).length);
    }
  }
  if (block.filter === "excess") noteDeadlines(st, units);
  b.take();
}

/** The label of a pooled group's row: its units, the average cap, the total allowed and the deputies. */
export function poolText(pool: PoolResult): string {
  return `Tính chung ${pool.units.length} đơn vị (${pool.units.map(cleanText).join(", ")}): bình quân ${pool.average} cấp phó mỗi đơn vị, tối đa ${pool.cap}, hiện có ${pool.deputies}`;
}

/** The content and style of one unit cell (`share`: the live leader-share formula of its row). */
export function unitCell(
  u: UnitResult,
  field: UnitField,
  index: number,
  share: string | undefined,
): [CellContent, string] {
  switch (field) {
    case "order":
      return [{ kind: "number", value: index + 1 }, "td.c"];
    case "name":
      return [{ kind: "text", text: cleanText(u.name) }, "td"];
    case "unitType":
      return [{ kind: "text", text: UNIT_TYPE_LABELS[u.unitType].vi }, "td"];
    case "cap":
      if (u.cap === null) return [{ kind: "text", text: "–" }, "td.c"];
      return [{ kind: "number", value: u.cap }, u.capInfo?.entered ? "td.n*" : "td.n"];
    case "quota":
      return u.quota === undefined ? [blank, "td.n"] : [{ kind: "number", value: u.quota }, "td.n"];
    case "heads":
    case "deputies":
    case "specialists":
    case "staff":
    case "contract":
      return [{ kind: "number", value: u[field] }, "td.n"];
    case "excess":
      // A pooled cap's excess is the group's (its own row under the units).
      if (u.capInfo?.pooled) return [{ kind: "text", text: "chung" }, "td.c"];
      return [{ kind: "number", value: u.excess }, "td.n"];
    case "deadline":
      return u.deadline ? [{ kind: "date", iso: u.deadline }, "td.d"] : [{ kind: "text", text: "–" }, "td.c"];
    case "source":
      return [
        {
          kind: "text",
          text: !u.capInfo
            ? "–"
            : u.capInfo.ruleSet === undefined
              ? "Định mức tự nhập (*)"
              : RULE_SETS[u.capInfo.ruleSet].title.vi,
        },
        "td",
      ];
    case "leaderShare":
      if (share !== undefined)
        return [{ kind: "formula", formula: share, result: u.leaderShare ?? "" }, "td.p"];
      return u.leaderShare === null ? [blank, "td.p"] : [{ kind: "number", value: u.leaderShare }, "td.p"];
    case "flags":
      return [{ kind: "text", text: u.flags.map((f) => FLAG_LABELS[f].vi).join("; ") }, "td"];
    case "note": {
      // What was merged into the unit, then its warnings (the ones the CLI and the pane show).
      const merged =
        u.mergedFrom.length > 0 ? [`Sáp nhập thêm: ${u.mergedFrom.map(cleanText).join("; ")}`] : [];
      const flags = u.flags.map((f) => FLAG_LABELS[f].vi);
      return [{ kind: "text", text: [...merged, ...flags].join(". ") }, "td"];
    }
  }
}

/** Where the deadlines of an excess table come from. */
function noteDeadlines(st: RenderState, units: readonly UnitResult[]): void {
  const sources: string[] = [];
  for (const u of units) {
    const rule = u.capInfo?.ruleSet ? TRANSITION_RULES[u.capInfo.ruleSet] : undefined;
    if (rule && u.deadline) addOnce(sources, citation(rule.source));
  }
  if (sources.length > 0) {
    st.b.spanText(
      st.b.take(),
      1,
      st.b.cols,
      `Thời hạn giải quyết số cấp phó dôi dư theo ${sources.join("; ")}.`,
      "note",
    );
  }
}

/** "Các đơn vị không còn sau sắp xếp: …" under the result table. */
export function renderRemovedUnits(st: RenderState): void {
  const analysis = need(st.ctx.analysis, "an analysis");
  if (analysis.removed.length === 0) return;
  const parts = analysis.removed.map((r) =>
    r.into ? `${cleanText(r.name)} (sáp nhập vào ${cleanText(r.into)})` : cleanText(r.name),
  );
  st.b.spanText(st.b.take(), 1, st.b.cols, `Các đơn vị không còn sau sắp xếp: ${parts.join("; ")}.`, "para");
  st.b.take();
}

/** Live counts over a unit table: units, units over the cap, excess deputies, flagged units. */
export function renderUnitCounts(st: RenderState, of: string, label: Span, value: number): void {
  const { b } = st;
  const names = b.anchors.get(`${of}.name`);
  const excess = b.anchors.get(`${of}.excess`);
  const excessTotal = b.anchors.get(`${of}.total.excess`);
  const flags = b.anchors.get(`${of}.flags`);
  const count = st.values.get(`${of}.count`);
  if (!names || count === undefined) return;
  const rows: [string, string, number][] = [
    [
      "Số đơn vị được rà soát",
      `COUNTIF(${range(names.top, names.left, names.bottom, names.right)},"?*")`,
      count,
    ],
  ];
  if (excess) {
    rows.push([
      "Số đơn vị có cấp phó vượt định mức",
      `COUNTIF(${range(excess.top, excess.left, excess.bottom, excess.right)},">0")`,
      st.values.get(`${of}.over`) ?? 0,
    ]);
  }
  const poolExcess = b.anchors.get(`${of}.poolExcess`);
  if (poolExcess) {
    rows.push([
      "Số nhóm đơn vị tính định mức bình quân có cấp phó dôi dư",
      `COUNTIF(${range(poolExcess.top, poolExcess.left, poolExcess.bottom, poolExcess.right)},">0")`,
      st.values.get(`${of}.poolsOver`) ?? 0,
    ]);
  }
  if (excessTotal) {
    rows.push([
      "Tổng số cấp phó dôi dư",
      a1(excessTotal.top, excessTotal.left),
      st.values.get(`${of}.excess`) ?? 0,
    ]);
  }
  if (flags) {
    rows.push([
      "Số đơn vị có cảnh báo",
      `COUNTIF(${range(flags.top, flags.left, flags.bottom, flags.right)},"?*")`,
      st.values.get(`${of}.flagged`) ?? 0,
    ]);
  }
  for (const [text, formula, result] of rows) {
    const r = b.take();
    put(st, r, label, { kind: "text", text }, "td");
    b.formula(r, value, formula, result, "td.n");
  }
  b.take();
}
