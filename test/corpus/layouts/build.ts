/**
 * What the layout files share: A1 references, a sheet builder, made-up Vietnamese names and a few
 * small helpers (sums, two-digit numbers, Roman numerals). Layout-specific helpers (tallies,
 * figures, the layouts themselves) stay in their own files.
 */
import type { CellRange, CellValue } from "../../../src/core/types";
import { encodeLegacy } from "../../fixtures/legacy";
import type { LayoutSheet } from "./types";

// ---------------------------------------------------------------------------------------------
// A1 references
// ---------------------------------------------------------------------------------------------

/** A column as a 1-based number or as letters ("A", "AN"). */
export type Column = number | string;

/** "A" → 1, "AN" → 40. */
export function colNumber(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** 1 → "A", 40 → "AN". */
export function colLetters(n: number): string {
  let out = "";
  for (let k = n; k > 0; k = Math.floor((k - 1) / 26)) out = String.fromCharCode(65 + ((k - 1) % 26)) + out;
  return out;
}

/** A column's number, given as a number or as letters. */
export const toColumn = (column: Column): number => (typeof column === "number" ? column : colNumber(column));

/** "C10" → row 10, column 3. */
export function parseCell(ref: string): { row: number; col: number } {
  const m = /^([A-Z]+)(\d+)$/.exec(ref);
  if (!m?.[1] || !m[2]) throw new Error(`bad cell reference ${ref}`);
  return { row: Number(m[2]), col: colNumber(m[1]) };
}

/** "A6:B9" → its block; "C10" → a one-cell block. */
export function parseRange(ref: string): CellRange {
  const [a, b = a] = ref.split(":");
  if (!a || !b) throw new Error(`bad range ${ref}`);
  const from = parseCell(a);
  const to = parseCell(b);
  return { top: from.row, left: from.col, bottom: to.row, right: to.col };
}

/**
 * "'Sheet name'!B20", the sheet quoted (its quotes doubled) as Excel and the engine quote a name
 * with spaces or non-ASCII letters; "C02!A12" for a plain name.
 */
export function cellRef(sheet: string, row: number, column: Column): string {
  const plain = /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheet);
  const col = typeof column === "number" ? colLetters(column) : column;
  return `${plain ? sheet : `'${sheet.replace(/'/g, "''")}'`}!${col}${row}`;
}

// ---------------------------------------------------------------------------------------------
// Sheet builder
// ---------------------------------------------------------------------------------------------

/** The legacy Vietnamese encodings a block's text can be typed in (test/fixtures/legacy.ts). */
export type Encoding = "tcvn3" | "vni";

/**
 * A sheet filled cell by cell, 1-based like Excel: rows are created as they are written (each
 * `width` empty cells wide, and wider when a cell further right is written), a merged block keeps
 * its value in its top-left cell, and the built sheet's rows are padded with empty cells to the
 * same length. Writing methods return the builder, so calls chain.
 */
export class SheetBuilder {
  private readonly rows: CellValue[][] = [];
  private readonly merges: CellRange[] = [];
  private readonly fonts: (CellRange & { font: string })[] = [];

  /** `width`: the number of (empty) cells every new row starts with; 0 lets rows grow as written. */
  constructor(private readonly width = 0) {}

  /** Makes rows up to `row` exist (an empty row is an empty line of the printed sheet). */
  blank(row: number): this {
    while (this.rows.length < row) this.rows.push(new Array<CellValue>(this.width).fill(null));
    return this;
  }

  /** Writes `value` at (row, column), whatever it is. */
  set(row: number, column: Column, value: CellValue): this {
    this.blank(row);
    const line = this.rows[row - 1] as CellValue[];
    const col = toColumn(column);
    while (line.length < col) line.push(null);
    line[col - 1] = value;
    return this;
  }

  /** Writes `value` at an A1 address ("C10"). */
  put(ref: string, value: CellValue): this {
    const { row, col } = parseCell(ref);
    return this.set(row, col, value);
  }

  /** Writes `values` along `row` from column `from` on; `undefined` leaves a cell alone, `null` empties it. */
  line(row: number, values: readonly CellValue[], from: Column = 1): this {
    const col = toColumn(from);
    values.forEach((v, i) => {
      if (v !== undefined) this.set(row, col + i, v);
    });
    return this;
  }

  /**
   * Appends a row after the last one and returns its number: `cells` is either the values from
   * column A on, or a map of columns (numbers or letters) to values. `undefined` values are skipped.
   */
  append(cells: readonly CellValue[] | Readonly<Record<string | number, CellValue>> = {}): number {
    const row = this.rows.length + 1;
    this.blank(row);
    if (Array.isArray(cells)) {
      this.line(row, cells as readonly CellValue[]);
      return row;
    }
    for (const [key, value] of Object.entries(cells)) {
      if (value !== undefined) this.set(row, /^\d+$/.test(key) ? Number(key) : key, value);
    }
    return row;
  }

  /**
   * Merges a block, given as "A6:B9" or as (top, left, bottom, right), and writes `value` in its
   * top-left cell; without a value the top-left cell is kept, or made empty if it was never written.
   * A one-cell block is not recorded as a merge (Excel has none), but its value is written.
   */
  merge(range: string, value?: CellValue): this;
  merge(top: number, left: Column, bottom: number, right: Column, value?: CellValue): this;
  merge(
    first: string | number,
    second?: CellValue | Column,
    bottom?: number,
    right?: Column,
    value?: CellValue,
  ): this {
    let block: CellRange;
    let v: CellValue;
    if (typeof first === "string") {
      block = parseRange(first);
      v = second as CellValue;
    } else {
      if (bottom === undefined || right === undefined) throw new Error("merge: bottom and right are needed");
      block = { top: first, left: toColumn(second as Column), bottom, right: toColumn(right) };
      v = value;
    }
    if (block.top !== block.bottom || block.left !== block.right) this.merges.push(block);
    if (v !== undefined) return this.set(block.top, block.left, v);
    if (this.rows[block.top - 1]?.[block.left - 1] === undefined) this.set(block.top, block.left, null);
    return this;
  }

  /**
   * Sets the block `ref` ("A1:H2") in `font`; with an encoding, the text already written in the block
   * is typed in that encoding (an upper-case font shows the codes as capitals whatever their case).
   */
  font(ref: string, font: string, encoding?: Encoding): this {
    const b = parseRange(ref);
    this.fonts.push({ ...b, font });
    if (encoding) {
      for (let r = b.top; r <= b.bottom; r++) {
        const row = this.rows[r - 1];
        if (!row) continue;
        for (let c = b.left; c <= b.right; c++) {
          const v = row[c - 1];
          if (typeof v === "string") row[c - 1] = encodeLegacy(v, encoding);
        }
      }
    }
    return this;
  }

  /** The sheet: rows padded with empty cells to the longest, its merges, and its fonts if any were set. */
  build(name: string): LayoutSheet {
    const width = Math.max(this.width, ...this.rows.map((r) => r.length));
    const cells = this.rows.map((r) => {
      const out = r.map((v) => (v === undefined ? null : v));
      while (out.length < width) out.push(null);
      return out;
    });
    const sheet: LayoutSheet = { name, cells, merges: [...this.merges] };
    if (this.fonts.length) sheet.fonts = [...this.fonts];
    return sheet;
  }
}

// ---------------------------------------------------------------------------------------------
// Made-up names
// ---------------------------------------------------------------------------------------------

/** Vietnamese family, middle and given names a made-up person's name is taken from. */
export interface NameLists {
  family: readonly string[];
  middleMale: readonly string[];
  middleFemale: readonly string[];
  givenMale: readonly string[];
  givenFemale: readonly string[];
}

/** The longer lists. */
export const NAMES: NameLists = {
  family: [
    "Nguyễn",
    "Trần",
    "Lê",
    "Phạm",
    "Hoàng",
    "Huỳnh",
    "Phan",
    "Vũ",
    "Võ",
    "Đặng",
    "Bùi",
    "Đỗ",
    "Hồ",
    "Ngô",
    "Dương",
    "Lý",
    "Đinh",
    "Trương",
    "Lương",
    "Mai",
    "Tạ",
    "Đoàn",
    "Cao",
    "Lâm",
    "Quách",
    "Kiều",
    "Tô",
    "Hà",
    "Thái",
    "Châu",
  ],
  middleMale: ["Văn", "Hữu", "Đức", "Minh", "Quốc", "Thanh", "Công", "Xuân", "Ngọc", "Quang"],
  middleFemale: ["Thị", "Thị Thu", "Thị Ngọc", "Thị Thanh", "Thị Mỹ", "Thị Hồng", "Thị Kim", "Thị Bích"],
  givenMale: [
    "An",
    "Bình",
    "Cường",
    "Dũng",
    "Hải",
    "Hùng",
    "Khoa",
    "Long",
    "Nam",
    "Phong",
    "Quân",
    "Sơn",
    "Tâm",
    "Thắng",
    "Trung",
    "Tuấn",
    "Việt",
    "Vinh",
    "Hiếu",
    "Lộc",
    "Nghĩa",
    "Phúc",
    "Thành",
    "Tín",
    "Toàn",
    "Khải",
    "Kiên",
    "Mạnh",
    "Đạt",
    "Huy",
  ],
  givenFemale: [
    "Anh",
    "Chi",
    "Dung",
    "Hà",
    "Hạnh",
    "Hoa",
    "Hương",
    "Lan",
    "Linh",
    "Mai",
    "Nga",
    "Ngân",
    "Nhung",
    "Oanh",
    "Phương",
    "Quyên",
    "Thảo",
    "Trang",
    "Uyên",
    "Vân",
    "Yến",
    "Hằng",
    "Loan",
    "Thủy",
    "Giang",
    "Diệp",
    "Huyền",
    "Ly",
  ],
};

/**
 * Shorter lists in an order of their own. The names `nameOf` gives depend on the lists' lengths and
 * order, so a layout whose people are named from these keeps these.
 */
export const NAMES_SHORT: NameLists = {
  family: [
    "Nguyễn",
    "Trần",
    "Lê",
    "Phạm",
    "Hoàng",
    "Huỳnh",
    "Phan",
    "Vũ",
    "Võ",
    "Đặng",
    "Bùi",
    "Đỗ",
    "Hồ",
    "Ngô",
    "Dương",
    "Lý",
    "Đinh",
    "Trương",
    "Lương",
    "Mai",
    "Tạ",
    "Cao",
    "Lâm",
    "Hà",
  ],
  middleMale: ["Văn", "Đức", "Minh", "Quốc", "Hữu", "Thanh", "Công", "Xuân", "Ngọc", "Đình", "Trọng"],
  middleFemale: ["Thị", "Thị Thu", "Thị Thanh", "Ngọc", "Thị Minh", "Thị Hồng", "Thị Kim", "Thùy", "Bích"],
  givenMale: [
    "An",
    "Bình",
    "Cường",
    "Dũng",
    "Hải",
    "Hùng",
    "Khánh",
    "Long",
    "Nam",
    "Phong",
    "Quân",
    "Sơn",
    "Thắng",
    "Trung",
    "Tuấn",
    "Việt",
    "Hiếu",
    "Lâm",
    "Toàn",
    "Vinh",
    "Đạt",
  ],
  givenFemale: [
    "Anh",
    "Châu",
    "Dung",
    "Hà",
    "Hạnh",
    "Hằng",
    "Hoa",
    "Hương",
    "Lan",
    "Linh",
    "Mai",
    "Nga",
    "Nhung",
    "Oanh",
    "Phương",
    "Thảo",
    "Trang",
    "Uyên",
    "Vân",
    "Yến",
    "Giang",
  ],
};

/** The `n`-th entry of `list`, counting round (negative `n` from the end). */
export function pick<T>(list: readonly T[], n: number): T {
  const v = list[((n % list.length) + list.length) % list.length];
  if (v === undefined) throw new Error("empty list");
  return v;
}

/** Family, middle and given name, each chosen from its list by `choose` (called in that order). */
function fullName(
  lists: NameLists,
  female: boolean,
  choose: (list: readonly string[], part: 0 | 1 | 2) => string,
): string {
  return [
    choose(lists.family, 0),
    choose(female ? lists.middleFemale : lists.middleMale, 1),
    choose(female ? lists.givenFemale : lists.givenMale, 2),
  ].join(" ");
}

/** Name number `k`, always the same for the same `k`: the names at k·7+3, k·5+1 and k·11+2 of `lists`. */
export function nameOf(k: number, female: boolean, lists: NameLists = NAMES): string {
  const step = [7, 5, 11] as const;
  const start = [3, 1, 2] as const;
  return fullName(lists, female, (list, part) => pick(list, k * step[part] + start[part]));
}

/** A deterministic source of made-up names (never the same twice) and small numbers. */
export interface NameSource {
  /** A name not given before by this source. */
  name(female?: boolean): string;
  /** A number in 0 … n-1. */
  next(n: number): number;
  /** An entry of `list`. */
  pick<T>(list: readonly T[]): T;
}

/** A `NameSource` seeded with `seed` (a linear congruential generator), naming from `lists`. */
export function nameSource(seed: number, lists: NameLists = NAMES): NameSource {
  let state = seed >>> 0;
  const used = new Set<string>();
  const next = (n: number): number => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return (state >>> 8) % n;
  };
  const choose = <T>(list: readonly T[]): T => list[next(list.length)] as T;
  const name = (female = false): string => {
    for (;;) {
      const n = fullName(lists, female, choose);
      if (!used.has(n)) {
        used.add(n);
        return n;
      }
    }
  };
  return { name, next, pick: choose };
}

// ---------------------------------------------------------------------------------------------
// Small helpers
// ---------------------------------------------------------------------------------------------

export const sum = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0);

/** 7 → "07". */
export const pad2 = (n: number): string => String(n).padStart(2, "0");

/** Roman numerals of block and section rows: ROMAN[0] = "I". */
export const ROMAN: readonly string[] = [
  "I",
  "II",
  "III",
  "IV",
  "V",
  "VI",
  "VII",
  "VIII",
  "IX",
  "X",
  "XI",
  "XII",
  "XIII",
  "XIV",
  "XV",
  "XVI",
  "XVII",
  "XVIII",
];
