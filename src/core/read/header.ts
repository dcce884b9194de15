import type { ColumnInfo, ColumnMapping, Field, TableKind } from "../types";
import { columnLetter } from "../address";
import { parseCount } from "../text/number";
import { matchField, type FieldMatch, SUMMED_FIELDS } from "./fields";
import type { GridView } from "./view";

/** How many rows from the top the header is looked for in (title rows come first). */
const HEADER_SCAN_ROWS = 40;

export interface Header {
  /** Relative indices of the first and last header rows. */
  first: number;
  last: number;
  kind: TableKind;
  columns: ColumnInfo[];
  mapping: ColumnMapping;
}

const WEIGHTS: Partial<Record<Field, number>> = { unit: 3, title: 3, heads: 2, deputies: 2, staff: 2 };
const KIND_COUNTS: readonly Field[] = ["heads", "deputies", "specialists", "staff", "leaders"];

/** A group header over sub-headers ("Lãnh đạo" over "Trưởng phòng | Phó trưởng phòng"). */
function resolveTwoRow(upper: string, lower: string): { header: string; match?: FieldMatch } {
  if (lower === "" || lower === upper) return { header: upper, match: matchField(upper) };
  const header = upper === "" ? lower : `${upper} / ${lower}`;
  const mL = matchField(lower);
  const mU = upper === "" ? undefined : matchField(upper);
  if (mU?.field === "contract") return { header, match: mU };
  if (mU?.field === "specialists" && (!mL || mL.field === "specialists" || mL.field === "staff")) {
    return { header, match: mU };
  }
  if (mL) return { header, match: mL };
  // Only when the group itself names nothing may group and sub-header together ("Biên chế" / "giao").
  return { header, match: mU ?? matchField(`${upper} ${lower}`) };
}

function assign(view: GridView, labels: { header: string; match?: FieldMatch }[]): ColumnInfo[] {
  const taken = new Map<Field, { j: number; score: number }>();
  const fields: (Field | null)[] = labels.map(() => null);
  labels.forEach((label, j) => {
    const m = label.match;
    if (!m) return;
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

export function mappingOf(columns: readonly ColumnInfo[]): ColumnMapping {
  const mapping: ColumnMapping = {};
  for (const c of columns) {
    if (!c.field) continue;
    (mapping[c.field] ??= []).push(c.col);
  }
  return mapping;
}

function kindOf(mapping: ColumnMapping): TableKind | undefined {
  const hasCounts = KIND_COUNTS.some((f) => mapping[f]);
  if (mapping.title && (mapping.unit || mapping.person) && !mapping.heads && !mapping.deputies)
    return "roster";
  if (hasCounts) return "units";
  return undefined;
}

function score(mapping: ColumnMapping): number {
  let s = 0;
  for (const f of Object.keys(mapping) as Field[]) s += WEIGHTS[f] ?? 1;
  return s;
}

/** A row of column numbers under a header: "(1) (2) (3)=(1)+(2)", "1 2 3", "A B 1 2". */
export function isNumberingRow(view: GridView, i: number): boolean {
  let count = 0;
  let last = -Infinity;
  for (let j = 0; j < view.cols; j++) {
    const t = view.text(i, j);
    if (t === "") continue;
    const m = /^\(?\s*(\d{1,3}|[A-Za-z])\s*\)?\s*(=.*)?$/.exec(t);
    if (!m) return false;
    const n = Number(m[1]);
    if (!Number.isNaN(n)) {
      if (last !== -Infinity && n !== last + 1) return false;
      last = n;
      count++;
    }
  }
  return count >= 2;
}

/** A row with at most one distinct text (a title merged across the table) cannot group columns. */
function isTitleRow(view: GridView, i: number): boolean {
  const seen = new Set<string>();
  for (let j = 0; j < view.cols; j++) {
    const t = view.text(i, j);
    if (t !== "") seen.add(t);
    if (seen.size > 1) return false;
  }
  return true;
}

function mergedDown(view: GridView, i: number): boolean {
  for (let j = 0; j < view.cols; j++) if (view.mergedFromAbove(i, j)) return true;
  return false;
}

function hasNumbers(view: GridView, i: number): boolean {
  for (let j = 0; j < view.cols; j++) if (parseCount(view.raw(i, j)).kind === "number") return true;
  return false;
}

/** Find the header: the row (or two rows) whose cells name the most known fields. */
export function detectHeader(
  view: GridView,
  forced?: { row?: number; kind?: TableKind; mapping?: ColumnMapping },
): Header | undefined {
  let best: { header: Header; score: number } | undefined;
  const from = forced?.row ?? 0;
  const to = forced?.row !== undefined ? forced.row + 1 : Math.min(view.rows, HEADER_SCAN_ROWS);
  for (let i = from; i < to; i++) {
    const options: { first: number; last: number }[] = [{ first: i, last: i }];
    if (
      i + 1 < view.rows &&
      !isTitleRow(view, i) &&
      !isNumberingRow(view, i + 1) &&
      !hasNumbers(view, i + 1)
    ) {
      options.push({ first: i, last: i + 1 });
    }
    if (forced?.row !== undefined && i > 0) options.push({ first: i - 1, last: i });
    for (const { first, last } of options) {
      const labels = [];
      for (let j = 0; j < view.cols; j++) {
        const upper = view.text(first, j, true);
        labels.push(
          first === last
            ? { header: upper, match: matchField(upper) }
            : resolveTwoRow(upper, view.text(last, j, true)),
        );
      }
      let columns = assign(view, labels);
      if (forced?.mapping) columns = applyOverride(columns, forced.mapping);
      const mapping = mappingOf(columns);
      const kind = forced?.kind ?? kindOf(mapping);
      if (!kind) continue;
      if (kind === "units" && !KIND_COUNTS.some((f) => mapping[f])) continue;
      if (kind === "roster" && !mapping.title) continue;
      // A header whose cells are merged down into its second row is surely two rows deep.
      const s = score(mapping) + (last > first && mergedDown(view, last) ? 0.5 : 0);
      if (!best || s > best.score) best = { header: { first, last, kind, columns, mapping }, score: s };
    }
  }
  return best?.header;
}
