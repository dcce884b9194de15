import type {
  ColumnMapping,
  Field,
  Grid,
  Issue,
  Person,
  ReadResult,
  StaffingTable,
  TableKind,
  Unit,
} from "../types";
import { cellAddress } from "../address";
import { cleanText, textKey, wordKey } from "../text/normalize";
import { COUNT_PROBLEMS, countProblem, MAX_COUNT, parseCount } from "../text/number";
import { parseUnitType, UNIT_TYPE_LABELS } from "../rules";
import { addCounts } from "../analyse/units";
import { COUNT_FIELDS, FIELD_LABELS } from "./fields";
import { detectHeader, isNumberingRow, type Header } from "./header";
import { classifyTitle, type Role } from "./grammar";
import { titleContext, type TitleContext } from "./context";
import { findLegacyText, legacyIssue, mayHoldLegacyText } from "./legacy-check";
import { cellText, EMPTY_VIEW, GridView } from "./view";
import { keepShape } from "../shape";
import { memoize } from "../memo";
import { detectPersonColumns, parseBirthDate, parseSex, type PersonColumns } from "./person";

export { classifyTitle } from "./grammar";
export { matchField, FIELD_LABELS } from "./fields";

export interface ReadOptions {
  /** Read the grid as this kind of table instead of guessing. */
  kind?: TableKind;
  /** Fields mapped by the user: these replace what was detected for the same fields. */
  mapping?: ColumnMapping;
  /** Absolute row of the (last) header row, when the user points at it. */
  headerRow?: number;
  /**
   * Keep a roster's people (`StaffingTable.people`) even when it has no birth-date or sex column;
   * with one, they are always kept.
   */
  people?: boolean;
}

/**
 * Read a staffing table from any grid: find the header (title rows, up to five header rows with
 * merged groups, numbering rows), map its columns by their header paths, skip section, category,
 * subtotal, total and blank rows, and add up units, or people by unit for a roster. Every total the
 * sheet states (total rows, total columns, a count in the title) is checked against the rows read;
 * a disagreement is an error with its cell. Never throws: whatever is wrong comes back as issues with
 * cell addresses, one per problem and column.
 */
export function readTable(grid: Grid, options: ReadOptions = {}): ReadResult {
  try {
    return read(new GridView(grid), options);
  } catch {
    // The reader is written not to throw; this guards the promise made to every host.
    return { issues: [{ level: "error", code: "no-header", cell: cellAddress(grid.sheet, 1, 1) }] };
  }
}

function read(view: GridView, options: ReadOptions): ReadResult {
  const origin = cellAddress(view.sheet, view.originRow, view.originCol);
  if (view.rows === 0 || view.cols === 0) {
    return { issues: [{ level: "error", code: "empty-grid", params: { sheet: view.sheet }, cell: origin }] };
  }
  // Text typed in TCVN3 or VNI in a cell whose font does not say so is refused, never matched as if
  // it were Unicode: first where the header is looked for, then in the name columns.
  const top = Array.from({ length: Math.min(view.rows, LEGACY_SCAN_ROWS) }, (_, i) => i);
  const allCols = Array.from({ length: Math.min(view.cols, LEGACY_SCAN_COLS) }, (_, j) => j);
  const [early] = findLegacyText(view, top, allCols);
  if (early) return { issues: [legacyIssue(view.sheet, early)] };
  const forcedRow = options.headerRow !== undefined ? options.headerRow - view.originRow : undefined;
  const header = detectHeader(view, {
    ...(forcedRow !== undefined && forcedRow >= 0 && forcedRow < view.rows ? { row: forcedRow } : {}),
    ...(options.kind ? { kind: options.kind } : {}),
    ...(options.mapping ? { mapping: options.mapping } : {}),
  });
  if (!header) return { issues: [{ level: "error", code: "no-header", cell: origin }] };

  const nameCols = (["unit", "person", "title", "mergeInto", "subUnit", "employment"] as const).flatMap((f) =>
    (header.mapping[f] ?? []).map((c) => c - view.originCol),
  );
  // The other rows, as typed numbers: a list of 100,000 pushed to costs more than the check itself.
  const rest = new Int32Array(Math.max(0, view.rows - top.length));
  for (let k = 0; k < rest.length; k++) rest[k] = top.length + k;
  // An .xlsx lists its texts: when none looks legacy, no cell is looked at one by one.
  const [late] = mayHoldLegacyText(view.grid) ? findLegacyText(view, rest, nameCols) : [];
  if (late) return { issues: [legacyIssue(view.sheet, late)] };

  const context = titleContext(view, header.first);
  const reader = new RowReader(view, header, context);
  if (header.kind === "units" && !header.mapping.unit) {
    reader.issue("error", "no-name-column", header.first, 0);
    return { issues: reader.finish() };
  }
  if (header.kind === "units" && !KIND_COUNTS.some((f) => header.mapping[f])) {
    reader.issue("error", "no-count-columns", header.first, 0);
    return { issues: reader.finish() };
  }
  if (header.kind === "units" && !["heads", "deputies", "leaders"].some((f) => header.mapping[f as Field])) {
    reader.issue("warning", "no-leader-columns", header.first, 0);
  }
  if (header.kind === "units" && !header.mapping.staff && !header.mapping.specialists) {
    // Staff would be the leaders alone: every unit "100% leaders". Say which columns went unread.
    const unread = reader.unreadNumberColumns();
    reader.issue("error", "no-staff-column", header.first, 0, { unread: unread.join(", ") || "—" });
  }
  const personCols = header.kind === "roster" ? detectPersonColumns(header.columns) : undefined;
  const people = header.kind === "roster" && (personCols || options.people) ? [] : undefined;
  const units = header.kind === "roster" ? reader.readRoster(people, personCols) : reader.readUnits();
  if (units.length === 0) reader.issue("error", "no-data-rows", header.last, 0);
  const table: StaffingTable = {
    sheet: view.sheet,
    kind: header.kind,
    headerRows: { first: view.absRow(header.first), last: view.absRow(header.last) },
    columns: header.columns,
    mapping: header.mapping,
    units,
    ...(reader.totalRow !== undefined ? { totalRow: view.absRow(reader.totalRow) } : {}),
    ...(reader.inferred ? { inferred: reader.inferred } : {}),
    ...(people ? { people } : {}),
    ...(personCols ? { personColumns: personColumnsOf(personCols) } : {}),
    ...(context.body
      ? {
          body: {
            family: context.body.family,
            commune: context.body.commune,
            text: context.body.text,
            cell: cellAddress(view.sheet, view.absRow(context.body.i), view.absCol(context.body.j)),
          },
        }
      : {}),
  };
  return { table, issues: reader.finish() };
}

const KIND_COUNTS: readonly Field[] = ["heads", "deputies", "specialists", "staff", "leaders"];
/** Rows and columns looked at for legacy text before the header is known (title and header area). */
const LEGACY_SCAN_ROWS = 50;
const LEGACY_SCAN_COLS = 256;
const TOTAL = /^(tổng cộng|tổng số|cộng|tong cong|tong so)(?=$|[\s:.,(\-–])|^(tổng|tong)\s*(:|$)/;
const GRAND_TOTAL = /^(tổng cộng|tổng số|tong cong|tong so)(?=$|[\s:.,(\-–])|^(tổng|tong)\s*(:|$)/;
const ROMAN = /^(?=[ivxlc]+$)c{0,3}(xc|xl|l?x{0,3})(ix|iv|v?i{0,3})$/i;
const SECTION_NAME = /^((?=[IVXL]+[.\-–)])[IVXL]+[.\-–)]|[A-H][.\-–)])\s*\S/;
const ORDER_NUMBER = /^\d+([.,]\d+)*[.)]?$/;
/** What a number column holds on a label row: "1", "1.", "I", "a)", "-". */
const ORDER_LIKE = /^(\d+([.,]\d+)*[.)]?|[IVXLivxl]+[.)]?|[A-Ha-h][.)]?|[-–—+*•·])$/;
/** A list bullet before a category or unit name: "- Biên chế", "* Sĩ quan", "+ Hợp đồng". */
const BULLET = /^[-–—+*•·]\s*/;
/** Categories a unit's people are split into, under the unit's row ("- Biên chế", "* Sĩ quan"). */
const CATEGORY =
  /^(bien che|hop dong|hd|lao dong|nguoi lao dong|can bo|cong chuc|vien chuc|si quan|ha si quan|quan nhan|chien si|cong nhan|cong an|nhan vien|khong chuyen trach|nguoi hoat dong|nguoi lam viec|trong do|chuyen trach|trong bien che|ngoai bien che)( |$)/;
/** Footer lines: the list has ended ("Người lập biểu", "THỦ TRƯỞNG ĐƠN VỊ", "(Ký, họ tên)"). */
const FOOTER =
  /^(nguoi lap bieu|nguoi lap|lap bieu|thu truong don vi|thu truong co quan|ky ho ten|ky ghi ro ho ten|ky ten|ky dong dau|noi nhan|xac nhan cua|tm|t m|kt|k t|tl|t l)( |$)/;
/** The first letters of every FOOTER line, case- and mark-insensitively: a cheap filter before it. */
const FOOTER_START = /^[\s(]*[nNtTkKxXlL]/;
/** Marks typed in category columns of a roster: "x", "X", "✓", "1". */
const MARKS = new Set(["x", "v", "1", "✓", "✔", "☑", "có", "co", "+", "●", "•"]);
/** Whether `text` is a run of ASCII digits ("12"): such text matches ORDER_NUMBER and ORDER_LIKE. */
function isDigits(text: string): boolean {
  const n = text.length;
  if (n === 0) return false;
  for (let k = 0; k < n; k++) {
    const c = text.charCodeAt(k);
    if (c < 0x30 || c > 0x39) return false;
  }
  return true;
}

/** ORDER_NUMBER.test, without the regular expression for the usual "12". */
const isOrderNumber = (text: string): boolean => isDigits(text) || ORDER_NUMBER.test(text);

/** Cells listed by name in one aggregated issue; the rest are counted. */
const CELLS_SHOWN = 3;

/** "Tổng cộng", "Cộng", "TỔNG SỐ": subtotal and total rows, never units. */
export function totalKind(label: string): "grand" | "subtotal" | undefined {
  // Every total label starts with t or c ("tổng", "tong", "cộng"): most rows end here, unnormalised.
  const first = label.charCodeAt(0) | 0x20;
  if (first !== 0x74 && first !== 0x63) return undefined;
  // Then an o ("tổng", "tong", "cộng"): a name such as "Trần" or "Cao" ends here too. An ASCII letter
  // stays itself in NFC and lower case, whatever marks follow it.
  const second = label.charCodeAt(1) | 0x20;
  if (second >= 0x61 && second <= 0x7a && second !== 0x6f) return undefined;
  const lower = label.normalize("NFC").toLowerCase();
  if (GRAND_TOTAL.test(lower)) return "grand";
  if (TOTAL.test(lower)) return "subtotal";
  return undefined;
}

/** A section row: "I", "II", "A" in the number column, "I. Khối Đảng", "Khối Nhà nước". */
export function isSectionLabel(order: string, name: string): boolean {
  const o = order.replace(/[.\-–)]+$/, "").trim();
  if (o !== "" && (ROMAN.test(o) || /^[A-H]$/.test(o))) return true;
  if (SECTION_NAME.test(name)) return true;
  const key = wordKey(name);
  return key.startsWith("khoi ") || key === "khoi";
}

/**
 * A category row's label ("- Biên chế", "* Hợp đồng NĐ 68", or the bullet alone in the number
 * column): its category key, else undefined.
 */
function categoryOf(label: string, order = ""): string | undefined {
  const bulleted = BULLET.test(label) || /^[-–—+*•·]$/.test(order);
  const key = wordKey(label);
  if (!CATEGORY.test(key)) return undefined;
  // Without a bullet only a bare category word is a category ("Biên chế"), not "Cán bộ Đoàn".
  if (!bulleted && key.split(" ").length > 4) return undefined;
  return key;
}

const isContractCategory = (key: string): boolean => classifyTitle(key) === "contract";

interface Acc extends Unit {
  key: string;
}

/** Raw column sums of a group of rows, by absolute column: for stated totals. */
type Sums = Map<number, number>;

function addSums(into: Sums, from: Sums): void {
  for (const [c, v] of from) into.set(c, (into.get(c) ?? 0) + v);
}

interface Aggregated {
  issue: Issue;
  count: number;
  cells: string[];
}

class RowReader {
  /** Relative row of the grand total, when the sheet has one. */
  totalRow?: number;
  inferred?: StaffingTable["inferred"];
  private readonly collected = new Map<string, Aggregated>();
  private readonly order: Aggregated[] = [];
  /** Columns whose figures are summed and cross-checked against stated totals. */
  private readonly checkedCols: number[];
  /** Each field's columns, relative, as {@link cols} gives them (the mapping does not change). */
  private readonly fieldCols = new Map<Field, number[]>();
  /** The columns {@link roleOf} reads on every person's row. */
  private roleCols?: {
    contract: number[];
    staff: number[];
    heads: number[];
    deputies: number[];
    employment: number | undefined;
  };

  constructor(
    private readonly view: GridView,
    private readonly header: Header,
    private readonly context: TitleContext,
  ) {
    const cols = new Set<number>();
    for (const f of COUNT_FIELDS) for (const c of header.mapping[f] ?? []) cols.add(c);
    for (const check of header.rowChecks) cols.add(check.col);
    this.checkedCols = [...cols].sort((a, b) => a - b);
  }

  /**
   * Record an issue at relative (i, j). Issues of one code in one column become one issue, with the
   * number of cells and the first few of them: a column typed wrong is one problem, not sixty lines.
   */
  issue(level: Issue["level"], code: Issue["code"], i: number, j: number, params?: Issue["params"]): void {
    const cell = cellAddress(this.view.sheet, this.view.absRow(i), this.view.absCol(j));
    const key = `${code}|${level}|${j}`;
    const seen = this.collected.get(key);
    if (seen) {
      seen.count++;
      if (seen.cells.length < CELLS_SHOWN) seen.cells.push(cell);
      return;
    }
    const entry: Aggregated = {
      issue: { level, code, cell, ...(params ? { params: { ...params } } : {}) },
      count: 1,
      cells: [cell],
    };
    this.collected.set(key, entry);
    this.order.push(entry);
  }

  finish(): Issue[] {
    return this.order.map(({ issue, count, cells }) =>
      count === 1
        ? issue
        : {
            ...issue,
            params: { ...issue.params, count, cells: cells.join(", ") + (count > cells.length ? ", …" : "") },
          },
    );
  }

  private rel(abs: number): number {
    return abs - this.view.originCol;
  }

  private col(field: Field): number | undefined {
    return this.cols(field)[0];
  }

  /** The field's columns, relative; shared, not to be changed. */
  private cols(field: Field): number[] {
    let cols = this.fieldCols.get(field);
    if (cols === undefined) {
      // No arrow function here: one that captures `this` costs a context object on every call.
      cols = [];
      for (const abs of this.header.mapping[field] ?? []) cols.push(this.rel(abs));
      this.fieldCols.set(field, cols);
    }
    return cols;
  }

  private text(i: number, field: Field, fillMerged = false): string {
    return this.textAt(i, this.col(field), fillMerged);
  }

  /** The text of the cell (i, j), "" when the column is undefined (a field the sheet lacks). */
  private textAt(i: number, j: number | undefined, fillMerged = false): string {
    return j === undefined ? "" : this.view.text(i, j, fillMerged);
  }

  /** Letters of the columns that hold numbers under the header but were mapped to nothing. */
  unreadNumberColumns(): string[] {
    const out: string[] = [];
    const end = Math.min(this.view.rows, this.header.last + 1 + 50);
    for (const c of this.header.columns) {
      if (c.field) continue;
      const j = this.rel(c.col);
      for (let i = this.header.last + 1; i < end; i++) {
        if (typeof this.view.raw(i, j) === "number" && !isNumberingRow(this.view, i)) {
          out.push(c.letter);
          break;
        }
      }
    }
    return out;
  }

  /** The table's rows: after the header and any numbering rows right under it. */
  private dataStart(): number {
    return this.header.last + 1;
  }

  private rowIsBlank(i: number): boolean {
    for (const c of this.header.columns) {
      if (!c.field) continue;
      if (this.view.text(i, this.rel(c.col)) !== "") return false;
    }
    return true;
  }

  /** The first text in a row: where "Tổng cộng" or a section name is written. */
  private firstText(i: number): string {
    for (let j = 0; j < this.view.cols; j++) {
      const t = this.view.text(i, j);
      if (t !== "") return t;
    }
    return "";
  }

  /** A signature or notes line under the list: reading stops there. */
  private isFooter(i: number): boolean {
    for (let j = 0; j < this.view.cols; j++) {
      const t = this.view.text(i, j);
      // Most cells are names and titles: only those starting like a footer word are looked at.
      if (t === "" || t.length > 80 || !FOOTER_START.test(t)) continue;
      const key = wordKey(t);
      if (FOOTER.test(key) || (key.startsWith("ngay ") && / thang .* nam /.test(` ${key} `))) return true;
    }
    return false;
  }

  /** Sum of a count field over its columns in row i; problems reported with the cell. */
  private count(i: number, field: Field): { value: number; present: boolean } {
    let value = 0;
    let present = false;
    for (const j of this.cols(field)) {
      const parsed = parseCount(this.view.raw(i, j));
      const column = FIELD_LABELS[field].vi;
      switch (parsed.kind) {
        case "blank":
          break;
        case "error":
          present = true;
          this.issue("warning", "cell-error-value", i, j, { value: parsed.error });
          break;
        case "text":
          present = true;
          this.issue("error", "not-a-number", i, j, { value: parsed.text.slice(0, 60), column });
          break;
        case "number": {
          present = true;
          const problem = countProblem(parsed.value);
          if (problem) this.issue("error", COUNT_PROBLEMS[problem].cell, i, j, { value: parsed.value });
          else value += parsed.value;
        }
      }
    }
    return { value, present };
  }

  /** Numbers of the checked columns in row i, without reporting anything. */
  private sums(i: number): Sums {
    const out: Sums = new Map();
    for (const abs of this.checkedCols) {
      const p = parseCount(this.view.raw(i, this.rel(abs)));
      if (p.kind === "number" && Number.isFinite(p.value) && Math.abs(p.value) <= MAX_COUNT)
        out.set(abs, p.value);
    }
    return out;
  }

  /** Whether the totals row `i` states agree with `computed` in every column. */
  private agrees(i: number, computed: Sums): boolean {
    for (const [abs, value] of this.sums(i)) if (value !== (computed.get(abs) ?? 0)) return false;
    return true;
  }

  /** A stated total (row `i`) against the rows it covers; a difference is an error per column. */
  private checkStated(i: number, computed: Sums): void {
    const stated = this.sums(i);
    for (const [abs, value] of stated) {
      const sum = computed.get(abs) ?? 0;
      if (value === sum) continue;
      this.issue("error", "total-mismatch", i, this.rel(abs), {
        field: this.columnName(abs),
        stated: value,
        computed: sum,
      });
    }
  }

  private columnName(abs: number): string {
    const c = this.header.columns.find((col) => col.col === abs);
    return c?.header || FIELD_LABELS[c?.field ?? "staff"].vi;
  }

  /**
   * Whether a row holds figures: numbers, error values, or text with a digit ("12 người"). Rows with
   * only words in the count columns are notes or signatures, not units.
   */
  private rowHasNumbers(i: number): boolean {
    for (const abs of this.checkedCols) {
      const p = parseCount(this.view.raw(i, this.rel(abs)));
      if (p.kind === "number" || p.kind === "error" || (p.kind === "text" && /\d/.test(p.text))) return true;
    }
    return false;
  }

  readUnits(): Unit[] {
    const units: Acc[] = [];
    const byKey = new Map<string, Acc>();
    const unitCol = this.col("unit") ?? 0;
    let section: string | undefined;
    /** A section row's own figures: the section's stated subtotal. */
    let sectionStated: number | undefined;
    let lastName = "";
    const all: Sums = new Map();
    let sectionSums: Sums = new Map();
    // Since the last subtotal, and since the last subtotal of a larger group: "Cộng" under a unit's
    // category rows closes the unit; "Cộng Quản lý nhà nước" after several units closes them all.
    let scope: Sums = new Map();
    let outer: Sums = new Map();
    /** The unit whose category rows ("- Biên chế", "- HĐ 68") follow it. */
    let open:
      { unit: Acc; i: number; own: Sums; parts: Sums; categories: number; ownCounts: Unit } | undefined;
    /** Right after a section row: its category rows break the section's own figures down. */
    let sectionRow = false;

    const closeUnit = () => {
      if (!open) return;
      const contribution = open.categories > 0 && open.parts.size > 0 ? open.parts : open.own;
      if (open.categories > 0 && open.own.size > 0 && open.parts.size > 0)
        this.checkStated(open.i, open.parts);
      addSums(all, contribution);
      addSums(sectionSums, contribution);
      addSums(scope, contribution);
      addSums(outer, contribution);
      open = undefined;
    };
    const closeSection = () => {
      closeUnit();
      if (sectionStated !== undefined) this.checkStated(sectionStated, sectionSums);
      sectionStated = undefined;
      sectionSums = new Map();
      scope = new Map();
      outer = new Map();
    };

    for (let i = this.dataStart(); i < this.view.rows; i++) {
      if (this.rowIsBlank(i) || isNumberingRow(this.view, i)) continue;
      const order = this.text(i, "order");
      let name = this.text(i, "unit", true);
      const part = this.text(i, "subUnit", true);
      const label = name || order || this.firstText(i);
      const total = totalKind(label) ?? totalKind(this.firstText(i));
      if (total) {
        closeUnit();
        if (total === "grand") {
          // A grand total above the units (right under the header) is checked when they are read.
          this.totalRow ??= i;
          if (units.length > 0) break;
        } else if (this.agrees(i, scope)) {
          scope = new Map();
        } else {
          this.checkStated(i, this.agrees(i, outer) ? outer : scope);
          scope = new Map();
          outer = new Map();
        }
        continue;
      }
      if (wordKey(label).startsWith("trong do")) continue;
      const numbered = ORDER_NUMBER.test(order);
      const hasNumbers = this.rowHasNumbers(i);
      const category =
        !numbered && (open || sectionRow)
          ? categoryOf(name || this.firstText(i), order || this.firstText(i))
          : undefined;
      if (category !== undefined) {
        if (open) {
          // The categories replace the unit row's own figures (which they must add up to).
          if (open.categories === 0) subtractCounts(open.unit, open.ownCounts);
          this.addCategory(open.unit, i, isContractCategory(category));
          addSums(open.parts, this.sums(i));
          open.categories++;
        }
        continue;
      }
      sectionRow = false;
      if (!numbered && isSectionLabel(order, name)) {
        closeSection();
        section = stripNumbering(name || order);
        if (hasNumbers) sectionStated = i;
        sectionRow = true;
        continue;
      }
      if (this.isFooter(i) && units.length > 0) break;
      if (!numbered && !hasNumbers && categoryOf(name, order) === undefined) {
        // A unit whose figures are on the category rows below it, or a note line.
        if (name === "" || !this.nextIsCategory(i)) continue;
      }
      if (name === "") {
        if (part !== "" && lastName !== "") name = lastName;
        else {
          if (hasNumbers)
            this.issue("warning", "unit-without-figures", i, unitCol, { unit: `(${order || i + 1})` });
          continue;
        }
      }
      closeUnit();
      name = stripNumbering(name.replace(BULLET, "")) || name;
      lastName = name;
      const unit = this.unitRow(i, name, part, section, this.text(i, "block", true) || orgBlock(section));
      open = { unit, i, own: this.sums(i), parts: new Map(), categories: 0, ownCounts: { ...unit } };
      if (!hasNumbers && !this.nextIsCategory(i))
        this.issue("warning", "unit-without-figures", i, unitCol, { unit: name });
      const existing = byKey.get(unit.key);
      if (existing) {
        this.issue("warning", "duplicate-unit", i, unitCol, { unit: name, other: existing.row });
        addCounts(existing, unit);
        if (unit.mergeInto && existing.mergeInto && textKey(unit.mergeInto) !== textKey(existing.mergeInto)) {
          this.issue("warning", "merge-target-conflict", i, unitCol, {
            unit: name,
            targets: `${existing.mergeInto}; ${unit.mergeInto}`,
            target: existing.mergeInto,
          });
        }
        existing.mergeInto ??= unit.mergeInto;
        open.unit = existing;
      } else {
        byKey.set(unit.key, unit);
        units.push(unit);
      }
    }
    closeSection();
    if (this.totalRow !== undefined) this.checkStated(this.totalRow, all);
    this.checkTitleCount(units.reduce((s, u) => s + u.staff + u.contract, 0));
    return units.map(stripKey);
  }

  /** Whether the next non-blank row is a category row of this one ("- Biên chế"). */
  private nextIsCategory(i: number): boolean {
    for (let k = i + 1; k < this.view.rows && k < i + 3; k++) {
      if (this.rowIsBlank(k)) continue;
      const first = this.firstText(k);
      return categoryOf(this.text(k, "unit", true) || first, this.text(k, "order") || first) !== undefined;
    }
    return false;
  }

  /** Add a category row's figures to its unit: a contract category's people are contract staff. */
  private addCategory(unit: Acc, i: number, contract: boolean): void {
    const c = (f: Field) => this.count(i, f).value;
    const people = this.header.mapping.staff ? c("staff") : c("heads") + c("deputies") + c("specialists");
    if (contract) {
      unit.contract += people + c("contract");
      return;
    }
    const heads = c("heads");
    const deputies = c("deputies");
    unit.heads += heads;
    unit.deputies += deputies;
    unit.staff += people;
    unit.specialists += Math.max(0, people - heads - deputies);
    unit.contract += c("contract");
    if (this.header.mapping.quota) unit.quota = (unit.quota ?? 0) + c("quota");
  }

  private checkTitleCount(people: number): void {
    const stated = this.context.statedCount;
    if (!stated || stated.value === people) return;
    this.issue("error", "count-mismatch", stated.i, stated.j, { stated: stated.value, computed: people });
  }

  private unitRow(
    i: number,
    name: string,
    part: string,
    section: string | undefined,
    block: string | undefined,
  ): Acc {
    const row = this.view.absRow(i);
    const c = (f: Field) => this.count(i, f);
    const heads = c("heads");
    const deputies = c("deputies");
    const specialists = c("specialists");
    const leaders = c("leaders");
    const staff = c("staff");
    const quota = c("quota");
    const contract = c("contract");
    const subUnits = c("subUnits");
    let h = heads.value;
    let d = deputies.value;
    if (leaders.present && !this.header.mapping.heads && !this.header.mapping.deputies) {
      h = leaders.value > 0 ? 1 : 0;
      d = leaders.value - h;
    }
    let s = specialists.value;
    let total = h + d + s;
    const staffCol = this.col("staff");
    if (staff.present && staffCol !== undefined) {
      if (this.header.mapping.specialists) {
        if (staff.value !== total) {
          this.issue("error", "staff-mismatch", i, staffCol, {
            unit: name,
            staff: staff.value,
            parts: total,
          });
        }
      } else if (staff.value < h + d) {
        this.issue("error", "staff-less-than-leaders", i, staffCol, {
          unit: name,
          staff: staff.value,
          leaders: h + d,
        });
      } else {
        s = staff.value - h - d;
      }
      total = staff.value;
    }
    this.checkRow(i);
    const unit: Acc = {
      key: `${textKey(block ?? "")}\u0000${textKey(name)}\u0000${textKey(part)}`,
      name,
      heads: h,
      deputies: d,
      specialists: s,
      staff: total,
      contract: contract.value,
      row,
    };
    if (part) unit.part = part;
    if (quota.present) unit.quota = quota.value;
    if (subUnits.present) unit.subUnits = subUnits.value;
    if (section) unit.section = section;
    if (block) unit.block = block;
    const merge = this.text(i, "mergeInto", true);
    if (merge && textKey(merge) !== textKey(name)) unit.mergeInto = merge;
    const typeText = this.text(i, "unitType", true);
    if (typeText) {
      const type = parseUnitType(typeText);
      if (type) unit.unitType = type;
      else {
        this.issue("warning", "unknown-unit-type", i, this.col("unitType") ?? 0, {
          value: typeText,
          accepted: Object.values(UNIT_TYPE_LABELS)
            .map((l) => l.vi)
            .join(", "),
        });
      }
    }
    return unit;
  }

  /** Total columns of the row ("Tổng cộng" over "Biên chế | HĐ 68") against their parts. */
  private checkRow(i: number): void {
    for (const check of this.header.rowChecks) {
      const stated = parseCount(this.view.raw(i, this.rel(check.col)));
      if (stated.kind !== "number") continue;
      let sum = 0;
      for (const p of check.parts) {
        const v = parseCount(this.view.raw(i, this.rel(p)));
        if (v.kind === "number") sum += v.value;
      }
      if (sum !== stated.value) {
        this.issue("error", "total-mismatch", i, this.rel(check.col), {
          field: this.columnName(check.col),
          stated: stated.value,
          computed: sum,
        });
      }
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Rosters

  /** Whether a row is a label row (a unit, block, category or chức danh), not a person. */
  private labelOf(i: number): string | undefined {
    const orderCol = this.col("order");
    let label = "";
    let cells = 0;
    for (let j = 0; j < this.view.cols; j++) {
      const t = this.view.text(i, j);
      // A number in the STT column does not make a row a person; a name typed there does.
      if (t === "" || (j === orderCol && (isDigits(t) || ORDER_LIKE.test(t)))) continue;
      cells++;
      if (cells > 1) return undefined;
      label = t;
    }
    if (label === "") return undefined;
    // A lone name in the name column is still a person ("Nguyễn Văn An" with nothing else typed).
    if (this.col("person") !== undefined && looksLikePersonName(label)) return undefined;
    return label;
  }

  /** Whether a mark ("x", "X", "✓", "1") is typed in any column of `field` in row i. */
  private marked(i: number, field: Field): boolean {
    return this.markedIn(i, this.cols(field));
  }

  /** Whether a mark is typed in any of the columns `cols` in row i. */
  private markedIn(i: number, cols: readonly number[]): boolean {
    for (const j of cols) {
      const v = this.view.raw(i, j);
      const t = typeof v === "number" ? String(v) : cellText(v).toLowerCase();
      if (MARKS.has(t)) return true;
    }
    return false;
  }

  /**
   * A roster's people, counted one per person: `list` (when given) receives each with its unit,
   * title, role and, from `personCols`, its birth date and sex.
   */
  readRoster(list?: Person[], personCols?: PersonColumns): Unit[] {
    const units: Acc[] = [];
    const byKey = new Map<string, Acc>();
    const { mapping } = this.header;
    const hasUnitCol = mapping.unit !== undefined;
    const titleCols = this.cols("title");
    const personCol = this.col("person") ?? titleCols[0] ?? 0;
    // Label rows name what the columns lack: the unit when there is a title column, else the
    // post (a list grouped under chức danh rows, whose unit is in its title).
    const oneUnit = this.context.unitLine ?? this.context.commune;
    const labelsAreTitles = titleCols.length === 0 && (hasUnitCol || oneUnit !== undefined);
    let current = labelsAreTitles || !hasUnitCol ? (oneUnit?.text ?? "") : "";
    let currentTitle = "";
    let section: string | undefined;
    let category: "staff" | "contract" | undefined;
    let seenPeople = false;
    let people = 0;
    // Each unit's people (lists with a number column only): their rows, chained through
    // `earlierRow`, and once a row without a number asks, where each name is first listed. A roster
    // numbered throughout needs no names.
    const listedIn = new Map<Acc, Listed>();
    const earlierRow = new Int32Array(this.view.rows);
    const hasOrderCol = this.col("order") !== undefined;
    // Counts that label rows state ("Phòng Tham mưu (03 đ/c)", "II Hợp đồng NĐ 111 | 2"), checked
    // when the people under them end; and people since the last "Cộng".
    const scopes = { unit: new Scope(), category: new Scope(), subtotal: new Scope() };
    const close = (scope: Scope) => {
      const wrong = scope.wrong();
      if (wrong) this.issue("error", "count-mismatch", wrong.i, wrong.j, wrong.params);
      scope.reset();
    };

    let unitsFromRows = false;
    let unitsFromContext = false;
    // The unit of the last person: the next one with the same block, name and part has its key.
    let last: { block: string | undefined; name: string; part: string; unit: Acc } | undefined;
    // Each field's column, looked up once: these cells are read on every row.
    const orderJ = this.col("order");
    const personJ = this.col("person");
    const unitJ = this.col("unit");
    const blockJ = this.col("block");
    const subUnitJ = this.col("subUnit");
    const mergeJ = this.col("mergeInto");
    for (let i = this.dataStart(); i < this.view.rows; i++) {
      const first = this.firstText(i);
      if (first === "" && this.rowIsBlank(i)) continue;
      if (isNumberingRow(this.view, i)) continue;
      const order = this.textAt(i, orderJ);
      const total = totalKind(this.textAt(i, personJ) || order || first) ?? totalKind(first);
      if (total) {
        close(scopes.category);
        close(scopes.unit);
        const stated = this.statedPeople(i);
        const counted = total === "grand" ? people : scopes.subtotal.count;
        if (stated !== undefined && stated.value !== counted) {
          this.issue("error", "count-mismatch", i, stated.j, { stated: stated.value, computed: counted });
        }
        scopes.subtotal.reset();
        if (total === "grand" && seenPeople) break;
        continue;
      }
      const arabic = isOrderNumber(order);
      // A numbered row is a person, never a signature line.
      if (seenPeople && !arabic && this.isFooter(i)) break;
      // A category row: "* Sĩ quan", "II | Hợp đồng NĐ 111 | 2" (a count beside it), "- Biên chế".
      const person = this.textAt(i, personJ);
      const label = this.labelOf(i);
      const catText = label ?? (arabic ? "" : person);
      const cat = catText === "" ? undefined : categoryOf(catText, order);
      if (cat !== undefined && (label !== undefined || order !== "")) {
        close(scopes.category);
        category = isContractCategory(cat) ? "contract" : "staff";
        scopes.category.state(this.countBeside(i));
        continue;
      }
      if (label !== undefined) {
        const { text, count } = splitCount(label);
        if (isSectionLabel(order, text) && !labelsAreTitles) {
          close(scopes.category);
          close(scopes.unit);
          section = stripNumbering(text || order);
          current = section;
          category = undefined;
        } else if (labelsAreTitles) {
          close(scopes.category);
          currentTitle = stripNumbering(text);
        } else if (!ORDER_NUMBER.test(text)) {
          // A unit row: the unit of the people under it, unless their own unit cell says otherwise.
          close(scopes.category);
          close(scopes.unit);
          current = stripNumbering(text);
          category = undefined;
          if (count !== undefined) scopes.unit.state({ value: count, i, j: personCol });
        }
        continue;
      }
      let title = titleCols.length > 0 ? "" : currentTitle;
      for (const j of titleCols) {
        const t = this.view.text(i, j);
        if (t !== "") title = title === "" ? t : `${title}, ${t}`;
      }
      if (person === "" && title === "") continue;
      if (title === "" && !this.hasRoleMarks(i))
        this.issue("info", "empty-title", i, titleCols[0] ?? personCol, { row: this.view.absRow(i) });
      const own = hasUnitCol ? this.textAt(i, unitJ, true) : "";
      const name = own || current;
      if (own === "" && name !== "") {
        if (oneUnit && name === oneUnit.text) unitsFromContext = true;
        else unitsFromRows = true;
      }
      const block = this.textAt(i, blockJ, true) || orgBlock(section);
      if (name === "") {
        this.issue("warning", "person-without-unit", i, personCol, { row: this.view.absRow(i) });
        continue;
      }
      const part = this.textAt(i, subUnitJ, true);
      const merge = this.textAt(i, mergeJ, true);
      let unit: Acc | undefined;
      if (last && last.name === name && last.part === part && last.block === block) unit = last.unit;
      else {
        const key = `${textKey(block ?? "")}\u0000${textKey(name)}\u0000${textKey(part)}`;
        unit = byKey.get(key);
        if (!unit) {
          unit = {
            key,
            name,
            heads: 0,
            deputies: 0,
            specialists: 0,
            staff: 0,
            contract: 0,
            row: this.view.absRow(i),
          };
          if (part) unit.part = part;
          const shown = this.text(i, "block", true) || section;
          if (shown !== undefined) unit.section = shown;
          if (block !== undefined) unit.block = block;
          byKey.set(key, unit);
          units.push(unit);
        }
        last = { block, name, part, unit };
      }
      if (hasOrderCol && person !== "") {
        // A person listed again under a second post, without a number, is one person.
        let listed = listedIn.get(unit);
        if (!listed) listedIn.set(unit, (listed = { last: -1 }));
        if (order === "" || listed.first) {
          const first = (listed.first ??= this.firstListed(listed.last, earlierRow, personJ));
          const other = first.get(person);
          if (other !== undefined && order === "") {
            this.issue("info", "person-repeated", i, personCol, {
              name: person,
              row: this.view.absRow(i),
              other,
            });
            continue;
          }
          if (other === undefined) first.set(person, this.view.absRow(i));
        } else {
          earlierRow[i] = listed.last;
          listed.last = i;
        }
      }
      seenPeople = true;
      people++;
      scopes.unit.count++;
      scopes.category.count++;
      scopes.subtotal.count++;
      const role = this.roleOf(i, title, category);
      if (merge && textKey(merge) !== textKey(name)) {
        if (unit.mergeInto && textKey(unit.mergeInto) !== textKey(merge)) {
          this.issue("warning", "merge-target-conflict", i, this.col("mergeInto") ?? 0, {
            unit: name,
            targets: `${unit.mergeInto}; ${merge}`,
            target: unit.mergeInto,
          });
        } else unit.mergeInto = merge;
      }
      if (list) list.push(this.person(i, person, title, role, unit, personCols));
      if (role === "contract") unit.contract++;
      else {
        unit.staff++;
        if (role === "head") unit.heads++;
        else if (role === "deputy") unit.deputies++;
        else unit.specialists++;
      }
    }
    close(scopes.category);
    close(scopes.unit);
    this.checkTitleCount(people);
    const inferred: NonNullable<StaffingTable["inferred"]> = {};
    if (unitsFromRows) inferred.unitFrom = "rows";
    else if (unitsFromContext && oneUnit) {
      inferred.unitFrom = oneUnit === this.context.unitLine ? "line" : "title";
      inferred.cell = cellAddress(this.view.sheet, this.view.absRow(oneUnit.i), this.view.absCol(oneUnit.j));
    }
    if (labelsAreTitles && currentTitle !== "") inferred.titlesFrom = "rows";
    if (Object.keys(inferred).length > 0) this.inferred = inferred;
    return units.map(stripKey);
  }

  /**
   * Where each name in column j is first listed (absolute row), over the rows chained back from
   * `last` through `earlier` (-1 ends the chain): the earliest row of a name is the last one seen.
   */
  private firstListed(last: number, earlier: Int32Array, j: number | undefined): Map<string, number> {
    const first = new Map<string, number>();
    for (let i = last; i >= 0; i = earlier[i] as number) first.set(this.textAt(i, j), this.view.absRow(i));
    return first;
  }

  /** One person of row i, with the birth date and sex its columns give; bad cells are issues. */
  private person(
    i: number,
    name: string,
    title: string,
    role: Role,
    unit: Acc,
    cols?: PersonColumns,
  ): Person {
    const out: Person = { name, unit: unit.name, title, role, row: this.view.absRow(i) };
    if (unit.part) out.part = unit.part;
    if (unit.block !== undefined) out.block = unit.block;
    if (!cols) return out;
    const who = name || title || `(${out.row})`;
    const raw = (abs: number) => this.view.raw(i, this.rel(abs));
    let birthCol: number | undefined = cols.birth;
    let sexFromBirth: Person["sex"];
    if (cols.birthBySex) {
      const { male, female } = cols.birthBySex;
      const m = parseBirthDate(raw(male)).kind !== "blank";
      const f = parseBirthDate(raw(female)).kind !== "blank";
      if (m && f) {
        const columns = [male, female].map((abs) => cellAddress(this.view.sheet, out.row, abs)).join(", ");
        this.issue("warning", "birth-date-both-sexes", i, this.rel(male), {
          person: who,
          row: out.row,
          columns,
        });
      } else if (m || f) {
        birthCol = m ? male : female;
        sexFromBirth = m ? "male" : "female";
      }
    }
    if (birthCol !== undefined) {
      const birth = parseBirthDate(raw(birthCol));
      if (birth.kind === "date") {
        out.birthDate = birth.iso;
        if (birth.precision) out.birthPrecision = birth.precision;
      } else if (birth.kind === "invalid") {
        this.issue("warning", "invalid-birth-date", i, this.rel(birthCol), {
          person: who,
          value: birth.text,
        });
      }
    }
    let sex: Person["sex"];
    if (cols.sex !== undefined) {
      const v = raw(cols.sex);
      const text = typeof v === "number" ? String(v) : cellText(v);
      if (text !== "") {
        sex = parseSex(typeof v === "number" ? v : text);
        if (!sex)
          this.issue("warning", "invalid-sex", i, this.rel(cols.sex), {
            person: who,
            value: text.slice(0, 60),
          });
      }
    }
    if (!sex && cols.sexMarks) {
      const m = this.isMark(raw(cols.sexMarks.male));
      const f = this.isMark(raw(cols.sexMarks.female));
      if (m !== f) sex = m ? "male" : "female";
    }
    sex ??= sexFromBirth;
    if (sex) out.sex = sex;
    return out;
  }

  private isMark(v: unknown): boolean {
    const t = typeof v === "number" ? String(v) : cellText(v as Parameters<typeof cellText>[0]).toLowerCase();
    return MARKS.has(t);
  }

  /** A head count typed beside a category label, in the title or unit column ("II | Hợp đồng | 2"). */
  private countBeside(i: number): { value: number; i: number; j: number } | undefined {
    for (const field of ["title", "unit"] as const) {
      for (const j of this.cols(field)) {
        const v = this.view.raw(i, j);
        const n = typeof v === "number" ? v : /^\d{1,5}$/.test(cellText(v)) ? Number(cellText(v)) : NaN;
        if (Number.isInteger(n) && n >= 0) return { value: n, i, j };
      }
    }
    return undefined;
  }

  private hasRoleMarks(i: number): boolean {
    return ["heads", "deputies", "leaders"].some((f) => this.marked(i, f as Field));
  }

  /** A person's role: marks in role or category columns first, then the title, then the category row. */
  private roleOf(i: number, title: string, category: "staff" | "contract" | undefined): Role {
    const c = (this.roleCols ??= {
      contract: this.cols("contract"),
      staff: this.cols("staff"),
      heads: this.cols("heads"),
      deputies: this.cols("deputies"),
      employment: this.col("employment"),
    });
    if (this.markedIn(i, c.contract)) return "contract";
    const employment = c.employment === undefined ? "" : this.view.text(i, c.employment);
    if (employment && classify(employment) === "contract") return "contract";
    if (category === "contract" && !this.markedIn(i, c.staff)) return "contract";
    if (this.markedIn(i, c.heads)) return "head";
    if (this.markedIn(i, c.deputies)) return "deputy";
    const role = classify(title);
    if (role === "contract" && this.markedIn(i, c.staff)) return "specialist";
    return role;
  }

  /** The number of people a "Cộng" row states: in the STT or name column, or "Cộng: 5 người". */
  private statedPeople(i: number): { value: number; j: number } | undefined {
    for (const field of ["order", "person", "title"] as const) {
      const j = this.col(field);
      if (j === undefined) continue;
      const v = this.view.raw(i, j);
      if (typeof v === "number" && Number.isInteger(v) && v >= 0) return { value: v, j };
      if (/^\d{1,6}$/.test(cellText(v))) return { value: Number(cellText(v)), j };
      const m = /(\d+)\s*(người|ng|cán bộ|đồng chí)?\s*\)?\s*$/i.exec(cellText(v));
      if (m && (m[2] || /^\s*(tổng cộng|tổng số|cộng)\s*:?\s*\(?\s*\d+/i.test(cellText(v)))) {
        return { value: Number(m[1]), j };
      }
    }
    return undefined;
  }
}

/**
 * A section that names a body ("I. SỞ NỘI VỤ", "II. BAN CHỈ HUY QUÂN SỰ HUYỆN") makes the units under
 * it its own: a "Văn phòng" there is not the "Văn phòng" of another body. A section that groups
 * units by kind or by policy ("Khối sự nghiệp", "I. NGHỈ HƯU TRƯỚC TUỔI") does not.
 */
function orgBlock(section: string | undefined): string | undefined {
  if (section === undefined) return undefined;
  const key = wordKey(section);
  return !key.startsWith("khoi") && ORGANISATION.test(key) ? section : undefined;
}

const ORGANISATION =
  /(^| )(so|ban|uy ban|ubnd|hdnd|co quan|bo chi huy|chi cuc|cuc|tong cuc|vu|bo|huyen|quan|thi xa|thanh pho|tinh|xa|phuong|thi tran|dac khu|dang uy|tinh uy|huyen uy|thanh uy|van phong|trung tam|hoi|doan|cong an|vien|benh vien|truong|thanh tra|mat tran)( |$)/;

/** A unit's people in a numbered list: its last row so far, then (once asked) where each name is first listed. */
interface Listed {
  last: number;
  first?: Map<string, number>;
}

/** People counted under a label row, and the count the label states for them, if any. */
class Scope {
  count = 0;
  private stated?: { value: number; i: number; j: number };

  state(stated: { value: number; i: number; j: number } | undefined): void {
    this.stated = stated;
    this.count = 0;
  }

  reset(): void {
    this.stated = undefined;
    this.count = 0;
  }

  wrong(): { i: number; j: number; params: Issue["params"] } | undefined {
    const s = this.stated;
    if (!s || s.value === this.count) return undefined;
    return { i: s.i, j: s.j, params: { stated: s.value, computed: this.count } };
  }
}

// One of each kept, so that readers keep their optimised code between sheets (see core/shape).
keepShape(new Scope());
keepShape(
  new RowReader(
    EMPTY_VIEW,
    { first: 0, last: 0, kind: "units", columns: [], mapping: {}, rowChecks: [] },
    {},
  ),
);

/** "Phòng Tham mưu (03 đ/c)", "Khối cơ quan Sở ( 4 đơn vị)": the label, and the count it states. */
function splitCount(label: string): { text: string; count?: number } {
  const m = /\s*\(\s*(\d{1,5})\s*(đ\/c|đồng chí|người|cán bộ|đơn vị|ng)\s*\)\s*$/i.exec(label);
  if (!m) return { text: label };
  const text = label.slice(0, m.index);
  // A count of units is not a count of people.
  return /đơn vị/i.test(m[2] ?? "") ? { text } : { text, count: Number(m[1]) };
}

/** "Nguyễn Văn An": two to five capitalised words, no digit, not all capitals, no unit or role word. */
function looksLikePersonName(text: string): boolean {
  const words = text.split(" ");
  if (words.length < 2 || words.length > 5 || /\d/.test(text)) return false;
  if (text === text.toUpperCase()) return false;
  if (!words.every((w) => /^\p{Lu}/u.test(w))) return false;
  return classifyTitle(text) === "specialist" && !UNIT_WORDS.test(wordKey(text));
}

const UNIT_WORDS =
  /(^| )(phong|ban|van phong|so|chi cuc|trung tam|uy ban|ubnd|hdnd|dang uy|xa|phuong|hoi|doan|cong an|quan su|thanh tra|to|doi|tram|khoi|bo phan)( |$)/;

function subtractCounts(unit: Unit, own: Unit): void {
  unit.heads -= own.heads;
  unit.deputies -= own.deputies;
  unit.specialists -= own.specialists;
  unit.staff -= own.staff;
  unit.contract -= own.contract;
  if (own.quota !== undefined && unit.quota !== undefined) unit.quota -= own.quota;
}

function stripKey({ key: _key, ...unit }: Acc): Unit {
  return unit;
}

/** "1. Ban Tổ chức" → "Ban Tổ chức"; "II. SỞ NỘI VỤ" → "SỞ NỘI VỤ"; "a) Văn phòng" → "Văn phòng". */
function stripNumbering(text: string): string {
  return (
    cleanText(text.replace(/^((?=[IVXL]+[.\-–)])[IVXL]+|[A-Ha-h]|\d+(\.\d+)*)[.\-–)]\s*/, "")) ||
    cleanText(text)
  );
}

/**
 * {@link classifyTitle} remembered: a roster repeats a few hundred titles and kinds of employment
 * over its rows. One for the module, not one a sheet: a function made for each sheet and inlined
 * into {@link RowReader} code would cost that code its optimisation when the sheet is collected.
 */
const classify = memoize(classifyTitle, 10_000);

export { cellText };

/** The columns people's birth dates and sexes were read from, as the table records them. */
function personColumnsOf(cols: PersonColumns): NonNullable<StaffingTable["personColumns"]> {
  const birthDate = cols.birthBySex
    ? [cols.birthBySex.male, cols.birthBySex.female]
    : cols.birth !== undefined
      ? [cols.birth]
      : [];
  const sex = cols.sexMarks
    ? [cols.sexMarks.male, cols.sexMarks.female]
    : cols.sex !== undefined
      ? [cols.sex]
      : [];
  return { birthDate, sex, ...(cols.birthBySex ? { birthBySex: cols.birthBySex } : {}) };
}
