import type { ColumnMapping, Field, Grid, Issue, ReadResult, StaffingTable, TableKind, Unit } from "../types";
import { cellAddress } from "../address";
import { cleanText, textKey, wordKey } from "../text/normalize";
import { parseCount } from "../text/number";
import { parseUnitType, UNIT_TYPE_LABELS } from "../rules";
import { addCounts } from "../analyse/units";
import { COUNT_FIELDS, FIELD_LABELS } from "./fields";
import { detectHeader, isNumberingRow, type Header } from "./header";
import { classifyTitle, type Role } from "./titles";
import { cellText, GridView } from "./view";

export { classifyTitle } from "./titles";
export { matchField, FIELD_LABELS } from "./fields";

export interface ReadOptions {
  /** Read the grid as this kind of table instead of guessing. */
  kind?: TableKind;
  /** Fields mapped by the user: these replace what was detected for the same fields. */
  mapping?: ColumnMapping;
  /** Absolute row of the (last) header row, when the user points at it. */
  headerRow?: number;
}

/**
 * Read a staffing table from any grid: find the header (title rows, two-row merged headers and a
 * numbering row allowed), map its columns, skip section, subtotal, total and blank rows, and add up
 * units, or people by unit for a roster. Never throws: whatever is wrong comes back as issues with
 * cell addresses.
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
  const origin = cellAddress(view.sheet, view.grid.origin.row, view.grid.origin.col);
  if (view.rows === 0 || view.cols === 0) {
    return { issues: [{ level: "error", code: "empty-grid", params: { sheet: view.sheet }, cell: origin }] };
  }
  const forcedRow = options.headerRow !== undefined ? options.headerRow - view.grid.origin.row : undefined;
  const header = detectHeader(view, {
    row: forcedRow !== undefined && forcedRow >= 0 && forcedRow < view.rows ? forcedRow : undefined,
    kind: options.kind,
    mapping: options.mapping,
  });
  if (!header) return { issues: [{ level: "error", code: "no-header", cell: origin }] };

  const reader = new RowReader(view, header);
  if (header.kind === "units" && !header.mapping.unit) {
    reader.issue("error", "no-name-column", view.absRow(header.first), view.absCol(0));
    return { issues: reader.issues };
  }
  if (
    header.kind === "units" &&
    !["heads", "deputies", "specialists", "staff", "leaders"].some((f) => header.mapping[f as Field])
  ) {
    reader.issue("error", "no-count-columns", view.absRow(header.first), view.absCol(0));
    return { issues: reader.issues };
  }
  const units = header.kind === "roster" ? reader.readRoster() : reader.readUnits();
  if (units.length === 0) reader.issue("error", "no-data-rows", view.absRow(header.last), view.absCol(0));
  const table: StaffingTable = {
    sheet: view.sheet,
    kind: header.kind,
    headerRows: { first: view.absRow(header.first), last: view.absRow(header.last) },
    columns: header.columns,
    mapping: header.mapping,
    units,
    ...(reader.totalRow !== undefined ? { totalRow: reader.totalRow } : {}),
  };
  return { table, issues: reader.issues };
}

const TOTAL = /^(tổng cộng|tổng số|cộng|tong cong|tong so)(?=$|[\s:.,(\-–])|^(tổng|tong)\s*(:|$)/;
const GRAND_TOTAL = /^(tổng cộng|tổng số|tong cong|tong so)(?=$|[\s:.,(\-–])|^(tổng|tong)\s*(:|$)/;
const ROMAN = /^(?=[ivxlc]+$)c{0,3}(xc|xl|l?x{0,3})(ix|iv|v?i{0,3})$/i;
const SECTION_NAME = /^((?=[IVXL]+[.\-–)])[IVXL]+[.\-–)]|[A-H][.\-–)])\s*\S/;
const ORDER_NUMBER = /^\d+([.,]\d+)*[.)]?$/;
/**
 * Largest head count one cell may hold. Far above any real unit, and low enough that sums over the
 * largest grid (4 million cells) stay exact integers: 1e308 in a cell must not become Infinity.
 */
const MAX_COUNT = 1_000_000_000;

/** "Tổng cộng", "Cộng", "TỔNG SỐ": subtotal and total rows, never units. */
export function totalKind(label: string): "grand" | "subtotal" | undefined {
  // Every total label starts with t or c ("tổng", "tong", "cộng"): most rows end here, unnormalised.
  const first = label.charCodeAt(0) | 0x20;
  if (first !== 0x74 && first !== 0x63) return undefined;
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

interface Acc extends Unit {
  key: string;
}

class RowReader {
  readonly issues: Issue[] = [];
  totalRow?: number;
  private readonly seenIssue = new Set<string>();

  constructor(
    private readonly view: GridView,
    private readonly header: Header,
  ) {}

  issue(
    level: Issue["level"],
    code: Issue["code"],
    row: number,
    col: number,
    params?: Issue["params"],
  ): void {
    const cell = cellAddress(this.view.sheet, row, col);
    this.issues.push({ level, code, cell, ...(params ? { params: { ...params } } : {}) });
  }

  private once(key: string, f: () => void): void {
    if (this.seenIssue.has(key)) return;
    this.seenIssue.add(key);
    f();
  }

  private col(field: Field): number | undefined {
    const abs = this.header.mapping[field]?.[0];
    return abs === undefined ? undefined : abs - this.view.grid.origin.col;
  }

  private cols(field: Field): number[] {
    return (this.header.mapping[field] ?? []).map((abs) => abs - this.view.grid.origin.col);
  }

  private text(i: number, field: Field, fillMerged = false): string {
    const j = this.col(field);
    return j === undefined ? "" : this.view.text(i, j, fillMerged);
  }

  private dataStart(): number {
    let i = this.header.last + 1;
    for (let k = 0; k < 2 && i < this.view.rows && isNumberingRow(this.view, i); k++) i++;
    return i;
  }

  private rowIsBlank(i: number): boolean {
    for (const c of this.header.columns) {
      if (!c.field) continue;
      if (this.view.text(i, c.col - this.view.grid.origin.col) !== "") return false;
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

  /** Sum of a count field over its columns in row i; problems reported with the cell. */
  private count(i: number, field: Field): { value: number; present: boolean } {
    let value = 0;
    let present = false;
    for (const j of this.cols(field)) {
      const parsed = parseCount(this.view.raw(i, j));
      const row = this.view.absRow(i);
      const col = this.view.absCol(j);
      const column = FIELD_LABELS[field].vi;
      switch (parsed.kind) {
        case "blank":
          break;
        case "error":
          present = true;
          this.issue("warning", "cell-error-value", row, col, { value: parsed.error });
          break;
        case "text":
          present = true;
          this.issue("error", "not-a-number", row, col, { value: parsed.text.slice(0, 60), column });
          break;
        case "number":
          present = true;
          if (parsed.value < 0) this.issue("error", "negative-count", row, col, { value: parsed.value });
          else if (!Number.isInteger(parsed.value))
            this.issue("error", "fractional-count", row, col, { value: parsed.value });
          else if (parsed.value > MAX_COUNT)
            this.issue("error", "count-too-large", row, col, { value: parsed.value });
          else value += parsed.value;
      }
    }
    return { value, present };
  }

  /**
   * Whether a row holds figures: numbers, error values, or text with a digit ("12 người"). Rows with
   * only words in the count columns are notes or signatures, not units.
   */
  private rowHasNumbers(i: number): boolean {
    for (const f of COUNT_FIELDS) {
      for (const j of this.cols(f)) {
        const p = parseCount(this.view.raw(i, j));
        if (p.kind === "number" || p.kind === "error" || (p.kind === "text" && /\d/.test(p.text)))
          return true;
      }
    }
    return false;
  }

  readUnits(): Unit[] {
    const units: Acc[] = [];
    const byKey = new Map<string, Acc>();
    const unitCol = this.col("unit") ?? 0;
    let section: string | undefined;
    let lastName = "";
    const grand: Partial<Record<Field, number>> = {};
    for (let i = this.dataStart(); i < this.view.rows; i++) {
      if (this.rowIsBlank(i)) continue;
      const order = this.text(i, "order");
      let name = this.text(i, "unit", true);
      const part = this.text(i, "subUnit", true);
      const label = name || order || this.firstText(i);
      const total = totalKind(label);
      if (total) {
        if (total === "grand" && this.totalRow === undefined) {
          this.totalRow = this.view.absRow(i);
          for (const f of ["heads", "deputies", "specialists", "staff"] as const) {
            if (this.header.mapping[f]) grand[f] = this.quietCount(i, f);
          }
          if (units.length > 0) break;
        }
        continue;
      }
      if (wordKey(label).startsWith("trong do")) continue;
      const numbered = ORDER_NUMBER.test(order);
      const hasNumbers = this.rowHasNumbers(i);
      if (!numbered && isSectionLabel(order, name)) {
        section = name || order;
        continue;
      }
      if (!numbered && !hasNumbers) continue; // a note or footer line
      if (name === "") {
        if (part !== "" && lastName !== "") name = lastName;
        else {
          if (hasNumbers)
            this.issue("warning", "unit-without-figures", this.view.absRow(i), this.view.absCol(unitCol), {
              unit: `(${order || i + 1})`,
            });
          continue;
        }
      }
      lastName = name;
      const unit = this.unitRow(i, name, part, section);
      if (!hasNumbers)
        this.issue("warning", "unit-without-figures", unit.row, this.view.absCol(unitCol), { unit: name });
      const existing = byKey.get(unit.key);
      if (existing) {
        this.issue("warning", "duplicate-unit", unit.row, this.view.absCol(unitCol), {
          unit: name,
          other: existing.row,
        });
        addCounts(existing, unit);
        if (unit.mergeInto && existing.mergeInto && textKey(unit.mergeInto) !== textKey(existing.mergeInto)) {
          this.issue("warning", "merge-target-conflict", unit.row, this.view.absCol(unitCol), {
            unit: name,
            targets: `${existing.mergeInto}; ${unit.mergeInto}`,
            target: existing.mergeInto,
          });
        }
        existing.mergeInto ??= unit.mergeInto;
      } else {
        byKey.set(unit.key, unit);
        units.push(unit);
      }
    }
    this.checkTotals(grand, units);
    return units.map(stripKey);
  }

  private quietCount(i: number, field: Field): number | undefined {
    let sum = 0;
    let any = false;
    for (const j of this.cols(field)) {
      const p = parseCount(this.view.raw(i, j));
      if (p.kind === "number") {
        sum += p.value;
        any = true;
      }
    }
    return any ? sum : undefined;
  }

  private checkTotals(grand: Partial<Record<Field, number>>, units: readonly Unit[]): void {
    if (this.totalRow === undefined) return;
    for (const f of ["heads", "deputies", "specialists", "staff"] as const) {
      const stated = grand[f];
      if (stated === undefined) continue;
      const computed = units.reduce((s, u) => s + u[f], 0);
      if (stated !== computed) {
        const col = this.header.mapping[f]?.[0] ?? this.view.grid.origin.col;
        this.issue("warning", "total-mismatch", this.totalRow, col, {
          field: FIELD_LABELS[f].vi,
          stated,
          computed,
        });
      }
    }
  }

  private unitRow(i: number, name: string, part: string, section: string | undefined): Acc {
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
    const staffCol = this.header.mapping.staff?.[0];
    if (staff.present && staffCol !== undefined) {
      if (this.header.mapping.specialists) {
        if (staff.value !== total) {
          this.issue("warning", "staff-mismatch", row, staffCol, {
            unit: name,
            staff: staff.value,
            parts: total,
          });
        }
      } else if (staff.value < h + d) {
        this.issue("error", "staff-less-than-leaders", row, staffCol, {
          unit: name,
          staff: staff.value,
          leaders: h + d,
        });
      } else {
        s = staff.value - h - d;
      }
      total = staff.value;
    }
    const unit: Acc = {
      key: `${textKey(name)}\u0000${textKey(part)}`,
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
    const merge = this.text(i, "mergeInto", true);
    if (merge && textKey(merge) !== textKey(name)) unit.mergeInto = merge;
    const typeText = this.text(i, "unitType", true);
    if (typeText) {
      const type = parseUnitType(typeText);
      if (type) unit.unitType = type;
      else {
        const col = this.header.mapping.unitType?.[0] ?? 1;
        this.issue("warning", "unknown-unit-type", row, col, {
          value: typeText,
          accepted: Object.values(UNIT_TYPE_LABELS)
            .map((l) => l.vi)
            .join(", "),
        });
      }
    }
    return unit;
  }

  readRoster(): Unit[] {
    const units: Acc[] = [];
    const byKey = new Map<string, Acc>();
    const hasUnitCol = this.header.mapping.unit !== undefined;
    const titleCol = this.col("title") ?? 0;
    const classify = memo(classifyTitle);
    let current = "";
    let seenPeople = false;
    for (let i = this.dataStart(); i < this.view.rows; i++) {
      if (this.rowIsBlank(i) && this.firstText(i) === "") continue;
      const title = this.text(i, "title");
      const person = this.text(i, "person");
      const unitText = this.text(i, "unit", true);
      const order = this.text(i, "order");
      const label = person || order || unitText || this.firstText(i);
      if (totalKind(label) || totalKind(this.firstText(i))) {
        if (seenPeople) break;
        continue;
      }
      if (title === "") {
        // A group row ("Phòng Tổng hợp" across the table) names the unit of the people under it.
        const group = hasUnitCol ? (person === "" ? unitText : "") : person || this.firstText(i);
        if (group !== "" && !ORDER_NUMBER.test(group)) {
          current = stripNumbering(group);
          continue;
        }
        if (person === "") continue;
        this.issue("info", "empty-title", this.view.absRow(i), this.view.absCol(titleCol), {
          row: this.view.absRow(i),
        });
      }
      const name = (hasUnitCol ? unitText : "") || current;
      if (name === "") {
        this.issue("warning", "person-without-unit", this.view.absRow(i), this.view.absCol(titleCol), {
          row: this.view.absRow(i),
        });
        continue;
      }
      seenPeople = true;
      const part = this.text(i, "subUnit", true);
      const merge = this.text(i, "mergeInto", true);
      const employment = this.text(i, "employment");
      const role: Role = employment && classify(employment) === "contract" ? "contract" : classify(title);
      const key = `${textKey(name)}\u0000${textKey(part)}`;
      let unit = byKey.get(key);
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
        byKey.set(key, unit);
        units.push(unit);
      }
      if (merge && textKey(merge) !== textKey(name)) {
        if (unit.mergeInto && textKey(unit.mergeInto) !== textKey(merge)) {
          this.once(`conflict:${key}`, () =>
            this.issue(
              "warning",
              "merge-target-conflict",
              this.view.absRow(i),
              this.header.mapping.mergeInto?.[0] ?? 1,
              {
                unit: name,
                targets: `${unit?.mergeInto}; ${merge}`,
                target: unit?.mergeInto ?? merge,
              },
            ),
          );
        } else unit.mergeInto = merge;
      }
      if (role === "contract") unit.contract++;
      else {
        unit.staff++;
        if (role === "head") unit.heads++;
        else if (role === "deputy") unit.deputies++;
        else unit.specialists++;
      }
    }
    return units.map(stripKey);
  }
}

function stripKey({ key: _key, ...unit }: Acc): Unit {
  return unit;
}

function stripNumbering(text: string): string {
  return cleanText(text.replace(/^((?=[IVXL]+[.\-–)])[IVXL]+|[A-H]|\d+)[.\-–)]\s*/, "")) || cleanText(text);
}

function memo<T>(f: (s: string) => T): (s: string) => T {
  const cache = new Map<string, T>();
  return (s) => {
    let v = cache.get(s);
    if (v === undefined) {
      v = f(s);
      if (cache.size < 10_000) cache.set(s, v);
    }
    return v;
  };
}

export { cellText };
