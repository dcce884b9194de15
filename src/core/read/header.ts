import type { ColumnInfo, ColumnMapping, Field, TableKind } from "../types";
import { columnLetter } from "../address";
import { parseCount } from "../text/number";
import { isPatternSpace } from "../text/normalize";
import { classifyPath, type ColumnClass, SUMMED_FIELDS } from "./fields";
import { EMPTY_VIEW, type GridView } from "./view";
import { keepShape } from "../shape";

/** How many rows from the top the header is looked for in (title rows come first). */
const HEADER_SCAN_ROWS = 40;
/** Deepest header read: group rows over sub-headers, up to five rows with merges. */
export const MAX_HEADER_ROWS = 5;
/** Columns a header is read over; no staffing table is wider. */
const MAX_HEADER_COLS = 1024;

/** A column that states the total of others in the same row ("Tổng cộng" over "Biên chế | HĐ 68"). */
export interface RowCheck {
  /** Absolute column of the stated total. */
  col: number;
  /** Absolute columns it must be the sum of. */
  parts: number[];
}

export interface Header {
  /** Relative indices of the first and last header rows. */
  first: number;
  last: number;
  kind: TableKind;
  columns: ColumnInfo[];
  mapping: ColumnMapping;
  rowChecks: RowCheck[];
}

const WEIGHTS: Partial<Record<Field, number>> = {
  unit: 3,
  title: 3,
  person: 3,
  heads: 2,
  deputies: 2,
  staff: 2,
};
const KIND_COUNTS: readonly Field[] = ["heads", "deputies", "specialists", "staff", "leaders"];

interface Label {
  /** The header path shown to the user: "Lãnh đạo UBND / Phó chủ tịch". */
  header: string;
  /** The groups above the leaf, joined: columns under the same groups are siblings. */
  groups: string;
  cls: ColumnClass;
}

/** Merge extents by their top-left cell (relative indices), for header depth. */
function mergeBottoms(view: GridView): Map<number, { bottom: number; right: number }> {
  const out = new Map<number, { bottom: number; right: number }>();
  const { origin } = view.grid;
  for (const m of view.grid.merges ?? []) {
    const top = m.top - origin.row;
    const left = m.left - origin.col;
    if (top < 0 || left < 0 || top >= HEADER_SCAN_ROWS + MAX_HEADER_ROWS) continue;
    out.set(top * view.cols + left, { bottom: m.bottom - origin.row, right: m.right - origin.col });
  }
  return out;
}

class HeaderScan {
  private readonly cols: number;
  private readonly spans: Map<number, { bottom: number; right: number }>;
  private readonly memo = new Map<string, ColumnClass>();

  constructor(private readonly view: GridView) {
    this.cols = Math.min(view.cols, MAX_HEADER_COLS);
    this.spans = mergeBottoms(view);
  }

  private span(i: number, j: number): { bottom: number; right: number } | undefined {
    return this.spans.get(i * this.view.cols + j);
  }

  /** A horizontal merge covers (i, j) and is wider than one column: a group label. */
  private inGroup(i: number, j: number): boolean {
    for (let k = j; k >= 0; k--) {
      const s = this.span(i, k);
      if (s) return s.right > k && s.right >= j;
      if (k < j && this.view.raw(i, k) !== null && this.view.raw(i, k) !== undefined) return false;
    }
    return false;
  }

  /** Whether row i can be the first header row: two or more different texts, no numbers. */
  canStart(i: number): boolean {
    const seen = new Set<string>();
    for (let j = 0; j < this.cols; j++) {
      const v = this.view.raw(i, j);
      if (typeof v === "number" || v instanceof Date) return false;
      const t = this.view.text(i, j);
      if (t !== "") seen.add(t);
    }
    return seen.size >= 2 && !isNumberingRow(this.view, i);
  }

  /**
   * Whether row r continues the header above it: only text, and every text sits under a group
   * label (a merged or spreading cell above), never under a column's own header, as data would.
   */
  private continues(r: number): boolean {
    const { view } = this;
    if (isNumberingRow(view, r)) return false;
    let texts = 0;
    for (let j = 0; j < this.cols; j++) {
      if (view.mergedFromAbove(r, j)) continue;
      const v = view.raw(r, j);
      if (typeof v === "number" || v instanceof Date) return false;
      if (view.text(r, j) === "") continue;
      if (parseCount(v).kind === "number") return false;
      texts++;
      const above = view.text(r - 1, j, true);
      if (above === "" || this.inGroup(r - 1, j)) continue;
      // An unmerged group label spreads over the empty cells to its right.
      if (view.text(r - 1, j + 1) === "" && view.text(r, j + 1) !== "") continue;
      return false;
    }
    return texts > 0;
  }

  /** The last row of the header that starts at row i: as deep as its vertical merges and groups. */
  bandEnd(i: number): number {
    let last = i;
    for (let j = 0; j < this.cols; j++) {
      const s = this.span(i, j);
      if (s && s.bottom > last && s.bottom < i + MAX_HEADER_ROWS) last = s.bottom;
    }
    while (last + 1 < this.view.rows && last + 1 < i + MAX_HEADER_ROWS && this.continues(last + 1)) last++;
    return Math.min(last, this.view.rows - 1);
  }

  /**
   * Whether the band's first row holds a column's own header: a cell that is not a group over
   * several columns and has nothing under it down to the band's end (merged down, or blank). A
   * title row above a header never does; a header's first row ("STT", "Tên đơn vị") always does.
   */
  ownsColumn(first: number, last: number): boolean {
    for (let j = 0; j < this.cols; j++) {
      if (this.view.text(first, j) === "" || this.view.mergedFromAbove(first, j)) continue;
      const s = this.span(first, j);
      if (s && s.right > j) continue;
      let alone = true;
      for (let r = first + 1; r <= last && alone; r++) {
        alone = this.view.mergedFromAbove(r, j) || this.view.text(r, j) === "";
      }
      if (alone) return true;
    }
    return false;
  }

  /** Each column's header path over rows first..last, classified. */
  labels(first: number, last: number): Label[] {
    const labels: Label[] = [];
    for (let j = 0; j < this.cols; j++) {
      const path: string[] = [];
      for (let i = first; i <= last; i++) {
        const t = this.view.text(i, j, true);
        // Budget codes under the headers (6001, 6101) say nothing about the column's meaning.
        if (t === "" || t === path[path.length - 1] || /^\d+$/.test(t)) continue;
        path.push(t);
      }
      const header = path.join(" / ");
      let cls = this.memo.get(header);
      if (!cls) {
        cls = classifyPath(path);
        this.memo.set(header, cls);
      }
      labels.push({ header, groups: path.slice(0, -1).join(" / "), cls });
    }
    return labels;
  }
}

// One scan kept, so that scans keep their optimised code between sheets (see core/shape).
keepShape(new HeaderScan(EMPTY_VIEW));

/**
 * Field per column: the best match per single field, every match for summed fields. A column of the
 * "before" side counts only when no other column gives the same field.
 */
function assign(labels: readonly Label[]): (Field | null)[] {
  const taken = new Map<Field, { j: number; score: number }>();
  const fields: (Field | null)[] = labels.map(() => null);
  const present = new Set(labels.filter((l) => l.cls.match && !l.cls.before).map((l) => l.cls.match?.field));
  labels.forEach((label, j) => {
    const m = label.cls.match;
    if (!m || (label.cls.before && present.has(m.field))) return;
    if (SUMMED_FIELDS.has(m.field)) {
      fields[j] = m.field;
      return;
    }
    const prev = taken.get(m.field);
    if (prev && prev.score >= m.score) return;
    if (prev) fields[prev.j] = null;
    taken.set(m.field, { j, score: m.score });
    fields[j] = m.field;
  });
  return fields;
}

const COUNTED: ReadonlySet<Field> = new Set([
  "heads",
  "deputies",
  "specialists",
  "leaders",
  "staff",
  "contract",
  "quota",
]);

/**
 * Totals inside a header group: "Biên chế có mặt / Tổng cộng | Biên chế | HĐ 68" states in its first
 * column the sum of the others, so that column is a check, not the staff; "Tổng số / Cán bộ | Công
 * chức" keeps the total as staff and checks its parts against it. Runs before fields are assigned.
 */
function groupTotals(view: GridView, labels: Label[]): RowCheck[] {
  const checks: RowCheck[] = [];
  const byGroup = new Map<string, number[]>();
  labels.forEach((l, j) => {
    if (l.groups === "") return;
    const list = byGroup.get(l.groups);
    if (list) list.push(j);
    else byGroup.set(l.groups, [j]);
  });
  const fieldOf = (j: number) => labels[j]?.cls.match?.field;
  for (const cols of byGroup.values()) {
    const total = cols.find((j) => labels[j]?.cls.total && COUNTED.has(fieldOf(j) as Field));
    if (total === undefined) continue;
    const parts = cols.filter((j) => j !== total && COUNTED.has(fieldOf(j) as Field));
    if (parts.length === 0) continue;
    const field = fieldOf(total);
    const drop = parts.every((j) => fieldOf(j) === field) ? parts : [total];
    for (const j of drop) labels[j] = { ...(labels[j] as Label), cls: { total: false, excluded: false } };
    checks.push({ col: view.absCol(total), parts: parts.map((j) => view.absCol(j)) });
  }
  return checks;
}

function toColumns(
  view: GridView,
  labels: readonly Label[],
  fields: readonly (Field | null)[],
): ColumnInfo[] {
  const columns: ColumnInfo[] = [];
  labels.forEach((label, j) => {
    if (label.header === "" && fields[j] === null) return;
    columns.push({
      col: view.absCol(j),
      letter: columnLetter(view.absCol(j)),
      header: label.header,
      field: fields[j] ?? null,
    });
  });
  return columns;
}

/** Put the user's choices over the detected mapping: their fields replace the detected ones. */
export function applyOverride(columns: readonly ColumnInfo[], override: ColumnMapping): ColumnInfo[] {
  const overridden = new Set(Object.keys(override) as Field[]);
  const chosen = new Map<number, Field>();
  for (const f of overridden) for (const c of override[f] ?? []) chosen.set(c, f);
  const out = columns.map((c) => ({
    ...c,
    field: chosen.get(c.col) ?? (c.field && overridden.has(c.field) ? null : c.field),
  }));
  for (const [col, field] of chosen) {
    if (!out.some((c) => c.col === col)) out.push({ col, letter: columnLetter(col), header: "", field });
  }
  return out.sort((a, b) => a.col - b.col);
}

/**
 * The mapping to give the reader after the user says column `col` holds `field` (null: ignore it),
 * over the user's earlier choices (`previous`). The field the column had loses it. A field the
 * reader adds up over several columns (heads, deputies, specialists, leaders, contract, title) is
 * added to the columns that already hold it; any other field (unit name, staff, merge target...)
 * moves to this column. The pane and the CLI's `--columns` correct a table the same way.
 */
export function correctMapping(
  columns: readonly ColumnInfo[],
  previous: ColumnMapping,
  col: number,
  field: Field | null,
): ColumnMapping {
  const out: ColumnMapping = {};
  for (const [f, cols] of Object.entries(previous) as [Field, number[]][]) out[f] = [...cols];
  const holding = (f: Field) => columns.filter((c) => c.field === f).map((c) => c.col);
  const old = columns.find((c) => c.col === col)?.field ?? null;
  if (old === field) return out;
  if (old) out[old] = holding(old).filter((c) => c !== col);
  if (field) {
    const kept = SUMMED_FIELDS.has(field) ? holding(field) : [];
    out[field] = [...new Set([...kept, col])].sort((a, b) => a - b);
  }
  return out;
}

export function mappingOf(columns: readonly ColumnInfo[]): ColumnMapping {
  const mapping: ColumnMapping = {};
  for (const c of columns) {
    if (!c.field) continue;
    (mapping[c.field] ??= []).push(c.col);
  }
  return mapping;
}

function kindOf(mapping: ColumnMapping): TableKind | undefined {
  if (mapping.person) return "roster";
  const hasCounts = KIND_COUNTS.some((f) => mapping[f]);
  if (mapping.title && mapping.unit && !hasCounts) return "roster";
  if (hasCounts) return "units";
  return undefined;
}

function score(mapping: ColumnMapping): number {
  let s = 0;
  for (const f of Object.keys(mapping) as Field[]) s += WEIGHTS[f] ?? 1;
  return s;
}

/** One cell of a numbering row: "(1)", "3", "(3)=(1)+(2)", "A". */
export const NUMBERING_CELL = /^\(?\s*(\d{1,3}|[A-Za-z])\s*\)?\s*([=*x+\-–].*)?$/;

/**
 * Whether `t` cannot match {@link NUMBERING_CELL}, told from its first two characters: it starts
 * with a "(", a digit or an ASCII letter (or a space the pattern skips), and a letter is followed
 * by a space, a ")" or an operator, if anything. Names and titles ("Nguyễn…", "Đỗ…", "Phó…") fail
 * here without running the pattern: this is asked of a cell of every row.
 */
export function cannotBeNumberingCell(t: string): boolean {
  const c = t.charCodeAt(0);
  if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) {
    if (t.length === 1) return false;
    const d = t.charCodeAt(1);
    return !(isPatternSpace(d) || AFTER_LETTER.includes(d));
  }
  return c !== 0x28 && !(c >= 0x30 && c <= 0x39) && !isPatternSpace(c);
}

/** ")" and the operators of {@link NUMBERING_CELL}: = * x + - –. */
const AFTER_LETTER = [0x29, 0x3d, 0x2a, 0x78, 0x2b, 0x2d, 0x2013];

/** A row of column numbers under a header: "(1) (2) (3)=(1)+(2)", "1 2 3", "A B 1 2". */
export function isNumberingRow(view: GridView, i: number): boolean {
  // Most rows hold a cell that is no column number at all: found without building matches.
  for (let j = 0; j < view.cols; j++) {
    const t = view.text(i, j);
    if (t !== "" && (cannotBeNumberingCell(t) || !NUMBERING_CELL.test(t))) return false;
  }
  let count = 0;
  let last = -Infinity;
  let letter = 0x40; // the letters of a numbering row run A, B, C… ("A B 1 2 … 38")
  for (let j = 0; j < view.cols; j++) {
    const t = view.text(i, j);
    if (t === "") continue;
    const m = NUMBERING_CELL.exec(t);
    if (!m) return false;
    const n = Number(m[1]);
    if (Number.isNaN(n)) {
      if ((m[1] as string).toUpperCase().charCodeAt(0) !== letter + 1 || count > 0) return false;
      letter++;
    } else {
      if (last !== -Infinity && n !== last + 1) return false;
      last = n;
      count++;
    }
  }
  return count >= 2;
}

export interface HeaderOptions {
  /** Relative index of the last header row, when the user points at it. */
  row?: number;
  kind?: TableKind;
  mapping?: ColumnMapping;
}

/** Find the header: the band of rows (up to five, with merged groups) whose paths name the most fields. */
export function detectHeader(view: GridView, forced: HeaderOptions = {}): Header | undefined {
  const scan = new HeaderScan(view);
  const bands: { first: number; last: number }[] = [];
  if (forced.row !== undefined) {
    // The user points at the last header row: the header starts where a band ends there.
    const last = forced.row;
    for (let first = Math.max(0, last - MAX_HEADER_ROWS + 1); first < last; first++) {
      if (scan.canStart(first) && scan.bandEnd(first) >= last) bands.push({ first, last });
    }
    bands.push({ first: last, last });
  } else {
    const to = Math.min(view.rows, HEADER_SCAN_ROWS);
    for (let i = 0; i < to; i++) {
      if (!scan.canStart(i)) continue;
      const last = scan.bandEnd(i);
      if (scan.ownsColumn(i, last)) bands.push({ first: i, last });
    }
  }
  let best: { header: Header; score: number } | undefined;
  /** Bands ending on a row already read from an earlier start: a lower start loses its groups. */
  const endsRead = new Set<number>();
  for (const { first, last } of bands) {
    if (endsRead.has(last)) continue;
    const labels = scan.labels(first, last);
    const rowChecks = groupTotals(view, labels);
    const fields = assign(labels);
    let columns = toColumns(view, labels, fields);
    if (forced.mapping) columns = applyOverride(columns, forced.mapping);
    let mapping = mappingOf(columns);
    const kind = forced.kind ?? kindOf(mapping);
    if (!kind) continue;
    if (kind === "roster" && !mapping.unit && mapping.subUnit) {
      // In a roster without a unit column, "Bộ phận" is the department.
      columns = columns.map((c) => (c.field === "subUnit" ? { ...c, field: "unit" } : c));
      mapping = mappingOf(columns);
    }
    if (kind === "units" && !forced.mapping) {
      // In a unit table a post column ("Chức danh / Cán bộ cấp xã") counts people, not titles; and
      // without leader columns a "Công chức chuyên môn" column cannot be the non-leaders: the
      // total says the staff.
      const noLeaders = !mapping.heads && !mapping.deputies && !mapping.leaders;
      const drop = (f: Field | null) => f === "title" || (noLeaders && mapping.staff && f === "specialists");
      if (columns.some((c) => drop(c.field))) {
        columns = columns.map((c) => (drop(c.field) ? { ...c, field: null } : c));
        mapping = mappingOf(columns);
      }
    }
    if (kind === "units" && !KIND_COUNTS.some((f) => mapping[f])) continue;
    if (kind === "roster" && !mapping.title && !mapping.person) continue;
    endsRead.add(last);
    const s = score(mapping);
    if (!best || s > best.score) {
      best = { header: { first, last, kind, columns, mapping, rowChecks }, score: s };
    }
  }
  return best?.header;
}
