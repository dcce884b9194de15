/**
 * Blocks of the working sheets: the reduction roadmap, the pilot-model tracker and the blank input
 * forms. Inputs are values; derived cells are formulas that keep working as users fill the sheet,
 * with the engine's figures (or, for blank cells, what the formula shows) as cached results.
 */
import { progress, requiredCut, TARGET_PROFILES } from "../core/analyse/targets";
import { parseIsoDate } from "../core/format";
import { citation } from "../core/rules";
import { cleanText } from "../core/text/normalize";
import type { Field } from "../core/types";
import { a1, DEFAULT_FONT_SIZE, range, textWidthPt } from "./builder";
import { DONE_STATUS, TRACKER_STATUSES, type FormKind, type TrackerItem } from "./inputs";
import { addOnce, chooseSplit, need, type RenderState, type Span } from "./state";
import { CONFIDENCE_LABELS, put, tableHeader, type HeaderColumn } from "./tables";
import type { CellContent } from "./types";

const blank: CellContent = { kind: "text", text: "" };

// ---------------------------------------------------------------------------------------------
// Roadmap (lộ trình tinh giản biên chế)

export type RoadmapField =
  "year" | "planned" | "actual" | "cumulative" | "remaining" | "cutRate" | "stillToCut" | "achieved";

export interface RoadmapColumn extends HeaderColumn {
  field: RoadmapField;
}

const REQUIRED_ROADMAP_FIELDS: readonly RoadmapField[] = ["year", "planned", "actual", "cumulative"];

/** Anchors of the roadmap parameters, as absolute references ("$E$12"). */
function param(st: RenderState, name: "baseline" | "rate" | "required"): string {
  const cell = need(st.b.anchors.get(`roadmap.${name}`), "the roadmap parameters above the table");
  return a1(cell.top, cell.left, true);
}

export function renderRoadmapParams(st: RenderState, label: Span, value: Span): void {
  const input = need(st.ctx.roadmap, "a roadmap");
  const { b } = st;
  const profile = TARGET_PROFILES.find((p) => p.id === input.profile);
  const required = requiredCut(input.baseline, input.targetRate);
  const row = (text: string, content: CellContent, style: string, anchor?: string): void => {
    const r = b.take();
    put(st, r, label, { kind: "text", text }, "td");
    put(st, r, value, content, style);
    if (anchor) b.anchors.set(`roadmap.${anchor}`, { top: r, left: value[0], bottom: r, right: value[0] });
  };
  row("Năm gốc", { kind: "number", value: input.baseYear }, "td.y");
  row("Biên chế năm gốc", { kind: "number", value: input.baseline }, "td.n", "baseline");
  row("Tỷ lệ giảm tối thiểu so với năm gốc", { kind: "number", value: input.targetRate }, "td.p", "rate");
  const base = param(st, "baseline");
  const rate = param(st, "rate");
  row(
    "Số biên chế phải giảm để đạt mục tiêu (làm tròn lên)",
    {
      kind: "formula",
      formula: `ROUNDUP(ROUND(${base}*${rate},10),0)`,
      result: required.ok ? required.value : "",
    },
    "td.n",
    "required",
  );
  if (profile) {
    row(
      "Căn cứ",
      {
        kind: "text",
        text: `${profile.title.vi}. ${citation(profile.source).replace(/\.$/, "")}.`,
      },
      "td",
    );
    if (profile.confidence !== "verified") {
      addOnce(
        st.notes,
        `Mục tiêu “${profile.title.vi}” lấy theo ${profile.source}, ${CONFIDENCE_LABELS[profile.confidence]}.`,
      );
    }
  }
  b.take();
}

export function renderRoadmapTable(st: RenderState, columns: RoadmapColumn[]): void {
  const input = need(st.ctx.roadmap, "a roadmap");
  const { b } = st;
  const col = (f: RoadmapField): number | undefined => columns.find((c) => c.field === f)?.at[0];
  for (const f of REQUIRED_ROADMAP_FIELDS) {
    if (col(f) === undefined) throw new Error(`The roadmap table needs a "${f}" column`);
  }
  const actualCol = col("actual") as number;
  const cumulativeCol = col("cumulative") as number;
  const cutRateCol = col("cutRate");
  const base = param(st, "baseline");
  const rate = param(st, "rate");
  const required = param(st, "required");
  tableHeader(st, columns);
  const years = input.years ?? [];
  const top = b.row;
  let cumulative = 0;
  for (const y of years) {
    const r = b.take();
    const actual = a1(r, actualCol);
    const known = y.actual !== undefined;
    if (known) cumulative += y.actual ?? 0;
    const p = known ? progress(input.baseline, input.baseline - cumulative, input.targetRate) : undefined;
    const figures = p?.ok ? p.value : undefined;
    const ifKnown = (formula: string): string => `IF(${actual}="","",${formula})`;
    const rateFormula = cutRateCol ? a1(r, cutRateCol) : `IF(${base}=0,"",${a1(r, cumulativeCol)}/${base})`;
    for (const c of columns) {
      let content: CellContent;
      let style = "td.n";
      switch (c.field) {
        case "year":
          content = { kind: "number", value: y.year };
          style = "td.y";
          break;
        case "planned":
          content = y.planned === undefined ? blank : { kind: "number", value: y.planned };
          break;
        case "actual":
          content = y.actual === undefined ? blank : { kind: "number", value: y.actual };
          break;
        case "cumulative":
          content = formula(
            ifKnown(`SUM(${a1(top, actualCol, true)}:${actual})`),
            figures ? figures.cut : "",
          );
          break;
        case "remaining":
          content = formula(
            ifKnown(`${base}-${a1(r, cumulativeCol)}`),
            figures ? input.baseline - figures.cut : "",
          );
          break;
        case "cutRate":
          content = formula(
            `IF(OR(${actual}="",${base}=0),"",${a1(r, cumulativeCol)}/${base})`,
            figures?.cutRate ?? "",
          );
          style = "td.p";
          break;
        case "stillToCut":
          content = formula(
            ifKnown(`MAX(0,${required}-${a1(r, cumulativeCol)})`),
            figures ? figures.stillToCut : "",
          );
          break;
        case "achieved":
          content = formula(ifKnown(`IFERROR(${rateFormula}/${rate},"")`), figures?.achieved ?? "");
          style = "td.p";
          break;
      }
      put(st, r, c.at, content, style);
    }
  }
  const bottom = b.row - 1;
  const t = b.take();
  const sums = {
    planned: years.reduce((s, y) => s + (y.planned ?? 0), 0),
    actual: years.reduce((s, y) => s + (y.actual ?? 0), 0),
  };
  for (const c of columns) {
    if (c.field === "year") put(st, t, c.at, { kind: "text", text: "Cộng" }, "tt");
    else if (c.field === "planned" || c.field === "actual") {
      put(st, t, c.at, formula(`SUM(${range(top, c.at[0], bottom, c.at[0])})`, sums[c.field]), "tt.n");
      b.anchors.set(`roadmap.total.${c.field}`, { top: t, left: c.at[0], bottom: t, right: c.at[0] });
    } else put(st, t, c.at, blank, "tt");
  }
  st.values.set("roadmap.actual", sums.actual);
  b.take();
}

const formula = (text: string, result: number | string): CellContent => ({
  kind: "formula",
  formula: text,
  result,
});

export function renderRoadmapResult(st: RenderState, label: Span, value: Span): void {
  const input = need(st.ctx.roadmap, "a roadmap");
  const { b } = st;
  const totalCell = need(b.anchors.get("roadmap.total.actual"), "the roadmap table above");
  const total = a1(totalCell.top, totalCell.left);
  const base = param(st, "baseline");
  const rate = param(st, "rate");
  const required = param(st, "required");
  const cut = st.values.get("roadmap.actual") ?? 0;
  const p = progress(input.baseline, input.baseline - cut, input.targetRate);
  const fig = p.ok ? p.value : undefined;
  const cutRate = `IF(${base}=0,"",${total}/${base})`;
  const rows: [string, CellContent, string][] = [
    ["Số biên chế đã giảm (lũy kế)", formula(total, cut), "td.n"],
    ["Tỷ lệ đã giảm so với năm gốc", formula(cutRate, fig?.cutRate ?? ""), "td.p"],
    [
      "Số biên chế còn phải giảm để đạt mục tiêu",
      formula(`MAX(0,${required}-${total})`, fig?.stillToCut ?? ""),
      "td.n",
    ],
    ["Tỷ lệ hoàn thành mục tiêu", formula(`IFERROR(${cutRate}/${rate},"")`, fig?.achieved ?? ""), "td.p"],
  ];
  for (const [text, content, style] of rows) {
    const r = b.take();
    put(st, r, label, { kind: "text", text }, "tt.l");
    put(st, r, value, content, style);
  }
  b.take();
}

// ---------------------------------------------------------------------------------------------
// Pilot-model tracker (theo dõi mô hình thí điểm, tiến độ đề án)

export type TrackerField =
  "order" | "name" | "basis" | "started" | "status" | "deadline" | "responsible" | "decision" | "note";

export interface TrackerColumn extends HeaderColumn {
  field: TrackerField;
}

/** A date cell for an ISO (or dd/mm/yyyy) date; other text as it is; nothing as a blank. */
function dateOrText(text: string | undefined): [CellContent, string] {
  const t = cleanText(text ?? "");
  if (t === "") return [blank, "td.d"];
  const iso = parseIsoDate(t);
  return iso ? [{ kind: "date", iso }, "td.d"] : [{ kind: "text", text: t }, "td.c"];
}

function statusLabel(item: TrackerItem | undefined): string {
  return TRACKER_STATUSES.find((s) => s.id === item?.status)?.label ?? "";
}

export function renderTrackerTable(st: RenderState, columns: TrackerColumn[], blankRows: number): void {
  const input = need(st.ctx.tracker, "a tracker");
  const { b } = st;
  const header = tableHeader(st, columns);
  b.printTitleRows = [header.first, header.last];
  const items: (TrackerItem | undefined)[] =
    input.items.length > 0 ? input.items : Array.from({ length: blankRows }, () => undefined);
  const top = b.row;
  items.forEach((item, i) => {
    const r = b.take();
    for (const c of columns) {
      let cell: [CellContent, string];
      const text = (value: string | undefined, style = "td"): [CellContent, string] => [
        { kind: "text", text: cleanText(value ?? "") },
        style,
      ];
      switch (c.field) {
        case "order":
          cell = [{ kind: "number", value: i + 1 }, "td.c"];
          break;
        case "name":
          cell = text(item?.name);
          break;
        case "basis":
          cell = text(item?.basis);
          break;
        case "started":
          cell = dateOrText(item?.started);
          break;
        case "status":
          cell = text(statusLabel(item), "td.c");
          break;
        case "deadline":
          cell = dateOrText(item?.deadline);
          break;
        case "responsible":
          cell = text(item?.responsible);
          break;
        case "decision":
          cell = text(item?.decision);
          break;
        case "note":
          cell = text(item?.note);
          break;
      }
      put(st, r, c.at, cell[0], cell[1]);
    }
  });
  const bottom = b.row - 1;
  for (const c of columns) {
    b.anchors.set(`tracker.${c.field}`, { top, left: c.at[0], bottom, right: c.at[0] });
    if (c.field === "status") {
      b.validate(
        { top, left: c.at[0], bottom, right: c.at[1] },
        TRACKER_STATUSES.map((s) => s.label),
      );
    }
  }
  st.values.set("tracker.total", items.filter((item) => cleanText(item?.name ?? "") !== "").length);
  for (const s of TRACKER_STATUSES) {
    st.values.set(`tracker.${s.id}`, items.filter((item) => item?.status === s.id).length);
  }
  b.take();
}

/** "tiếp tục thí điểm" → "Tiếp tục thí điểm". */
const capitalise = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

export function renderTrackerCounts(st: RenderState, label: Span, value: number, share: number): void {
  const { b } = st;
  const names = need(b.anchors.get("tracker.name"), "a tracker table above");
  const status = need(b.anchors.get("tracker.status"), "a status column in the tracker");
  const h = b.take();
  put(st, h, label, { kind: "text", text: "Tình trạng" }, "th");
  b.put(h, value, { kind: "text", text: "Số lượng" }, "th");
  b.put(h, share, { kind: "text", text: "Tỷ lệ" }, "th");
  const total = st.values.get("tracker.total") ?? 0;
  const t = b.take();
  const totalRef = a1(t, value);
  put(st, t, label, { kind: "text", text: "Tổng số mô hình, đề án" }, "tt.l");
  b.formula(
    t,
    value,
    `COUNTIF(${range(names.top, names.left, names.bottom, names.right)},"?*")`,
    total,
    "tt.n",
  );
  b.put(t, share, blank, "tt");
  const statusRange = range(status.top, status.left, status.bottom, status.right);
  let doneRef = "";
  for (const s of TRACKER_STATUSES) {
    const r = b.take();
    const count = st.values.get(`tracker.${s.id}`) ?? 0;
    put(st, r, label, { kind: "text", text: capitalise(s.label) }, "td");
    b.formula(r, value, `COUNTIF(${statusRange},"${s.label}")`, count, "td.n");
    b.formula(r, share, `IFERROR(${a1(r, value)}/${totalRef},"")`, total === 0 ? "" : count / total, "td.p");
    if (s.id === DONE_STATUS) doneRef = a1(r, value);
  }
  const done = st.values.get(`tracker.${DONE_STATUS}`) ?? 0;
  const p = b.take();
  put(st, p, label, { kind: "text", text: "Tiến độ hoàn thành (kết thúc / tổng số)" }, "tt.l");
  b.formula(p, value, `${doneRef}&"/"&${totalRef}`, `${done}/${total}`, "tt");
  b.formula(p, share, `IFERROR(${doneRef}/${totalRef},"")`, total === 0 ? "" : done / total, "tt.p");
  b.take();
}

// ---------------------------------------------------------------------------------------------
// Blank input forms

/** What a form column holds: a field the reader maps, or a column it ignores. */
export type FormField = Field | "note" | "bornMale" | "bornFemale";

export interface FormColumn extends HeaderColumn {
  field: FormField;
  /** Drop-down values (none may contain a comma: Excel splits inline lists at commas). */
  list?: readonly string[];
  /** A live sum of these fields' cells in the row, blank while they are all blank. */
  sum?: readonly FormField[];
  /** Added up in the "Tổng cộng" row. */
  total?: boolean;
  /** Holds counts (number format, centred). */
  count?: boolean;
}

const FORM_HEADER: Record<"state" | "party", [string, string][]> = {
  state: [
    ["CƠ QUAN CHỦ QUẢN: ……………………", "hdr.parent"],
    ["CƠ QUAN, ĐƠN VỊ: ……………………", "hdr.body"],
  ],
  party: [
    ["ĐẢNG BỘ ……………………", "hdr.parent"],
    ["CƠ QUAN, ĐƠN VỊ: ……………………", "hdr.body"],
    ["*", "hdr.star"],
  ],
};

/** Width a text needs in a style, in points. */
function widthNeeded(st: RenderState, text: string, style: string): number {
  const s = st.b.styles.get(style);
  return textWidthPt(text, s.font?.size ?? DEFAULT_FONT_SIZE, s.font?.bold ?? false) + 8;
}

export function renderFormHeader(st: RenderState, formNumber: string): void {
  const { b } = st;
  const lines = FORM_HEADER[st.ctx.style];
  const left = Math.max(...lines.map(([text, style]) => widthNeeded(st, text, style)));
  // The body lines on the left, the form number at the far right of an equally wide block.
  b.split = chooseSplit(b.widths, left, left);
  lines.forEach(([text, style], i) => {
    const r = b.take();
    b.spanText(r, 1, b.split, text, style);
    if (i === 0) b.spanText(r, b.split + 1, b.cols, `Biểu số ${formNumber}`, "form.no");
  });
  b.take();
}

/** Rows of a blank form are tall enough to fill in by hand. */
const FORM_ROW_HEIGHT = 18;

export function renderFormTable(
  st: RenderState,
  block: { form: FormKind; columns: FormColumn[]; rows: number; total: boolean },
): void {
  const { b } = st;
  const { columns } = block;
  const header = tableHeader(st, columns, true);
  b.printTitleRows = [header.first, header.last];
  const colOf = (f: FormField): number | undefined => columns.find((c) => c.field === f)?.at[0];
  const top = b.row;
  for (let i = 0; i < block.rows; i++) {
    const r = b.take();
    b.height(r, FORM_ROW_HEIGHT);
    for (const c of columns) {
      if (c.field === "order") put(st, r, c.at, { kind: "number", value: i + 1 }, "td.c");
      else if (c.sum) {
        const cells = c.sum
          .map((f) => colOf(f))
          .filter((x): x is number => x !== undefined)
          .map((x) => a1(r, x));
        const list = cells.join(",");
        put(st, r, c.at, formula(`IF(COUNT(${list})=0,"",SUM(${list}))`, ""), "td.n");
      } else
        put(
          st,
          r,
          c.at,
          blank,
          c.count ? "td.n" : c.field === "bornMale" || c.field === "bornFemale" ? "td.y" : "td",
        );
    }
  }
  const bottom = b.row - 1;
  for (const c of columns) {
    if (c.list) b.validate({ top, left: c.at[0], bottom, right: c.at[1] }, [...c.list]);
  }
  if (block.total) {
    const t = b.take();
    const firstTotal = columns.findIndex((c) => c.total);
    const labelEnd = firstTotal <= 0 ? 0 : firstTotal - 1;
    const first = columns[0];
    const lastLabel = columns[labelEnd];
    if (first && lastLabel)
      put(st, t, [first.at[0], lastLabel.at[1]], { kind: "text", text: "Tổng cộng" }, "tt");
    columns.slice(labelEnd + 1).forEach((c) => {
      if (c.total) put(st, t, c.at, formula(`SUM(${range(top, c.at[0], bottom, c.at[0])})`, 0), "tt.n");
      else put(st, t, c.at, blank, "tt");
    });
  }
  b.take();
}

const FORM_SIGNERS = {
  date: "……, ngày …… tháng …… năm ……",
  maker: "NGƯỜI LẬP BIỂU",
  head: "THỦ TRƯỞNG CƠ QUAN, ĐƠN VỊ",
};

export function renderFormSignature(st: RenderState): void {
  const { b } = st;
  // Two equal halves: the maker on the left, the head of the body on the right.
  const widest = Math.max(
    widthNeeded(st, FORM_SIGNERS.maker, "sig.role"),
    widthNeeded(st, FORM_SIGNERS.date, "hdr.date"),
    widthNeeded(st, FORM_SIGNERS.head, "sig.role"),
  );
  b.split = chooseSplit(b.widths, widest, widest);
  const from = b.split + 1;
  const r1 = b.take();
  b.spanText(r1, from, b.cols, FORM_SIGNERS.date, "hdr.date");
  const r2 = b.take();
  b.spanText(r2, 1, b.split, FORM_SIGNERS.maker, "sig.role");
  b.spanText(r2, from, b.cols, FORM_SIGNERS.head, "sig.role");
  const r3 = b.take();
  b.spanText(r3, 1, b.split, "(Ký, ghi rõ họ tên)", "sig.note");
  b.spanText(r3, from, b.cols, "(Ký tên, đóng dấu)", "sig.note");
}
