/* global CustomFunctions */
import type { Issue, ProvinceClass, RuleSetId, Unit, UnitType } from "../core/types";
import { issueMessage } from "../core/messages";
import { parseNumberText } from "../core/text/number";
import { cleanText } from "../core/text/normalize";
import {
  PROVINCE_CLASS_LABELS,
  RULE_SETS,
  UNIT_TYPE_LABELS,
  parseProvinceClass,
  parseRuleSet,
  parseUnitType,
} from "../core/rules";

/**
 * Argument handling for the custom functions: ranges summed, blanks as 0, numeric text as numbers,
 * and every problem turned into one `CustomFunctions.Error` with a Vietnamese message at the edge.
 */

export type ExcelErrorCode = "#VALUE!" | "#NUM!" | "#DIV/0!" | "#N/A";

/** A problem with an argument, raised inside an adapter and turned into an Excel error by {@link excel}. */
export class ArgumentProblem {
  constructor(
    readonly code: ExcelErrorCode,
    readonly message: string,
  ) {}
}

const CODE_NAMES: Record<ExcelErrorCode, keyof typeof CustomFunctions.ErrorCode> = {
  "#VALUE!": "invalidValue",
  "#NUM!": "invalidNumber",
  "#DIV/0!": "divisionByZero",
  "#N/A": "notAvailable",
};

/** The Excel error for an argument problem. */
export function toExcelError(problem: ArgumentProblem): CustomFunctions.Error {
  return new CustomFunctions.Error(CustomFunctions.ErrorCode[CODE_NAMES[problem.code]], problem.message);
}

/**
 * Run an adapter body; whatever goes wrong leaves as a `CustomFunctions.Error` (never any other
 * exception, so Excel never shows #BUSY! or a generic failure).
 */
export function excel<T>(body: () => T): T {
  try {
    return body();
  } catch (err) {
    if (err instanceof ArgumentProblem) throw toExcelError(err);
    throw toExcelError(new ArgumentProblem("#VALUE!", "Lỗi không mong muốn khi tính toán."));
  }
}

/** The domain issue as an argument problem, with its Vietnamese message. */
export function fromIssue(issue: Issue, code: ExcelErrorCode = "#VALUE!"): ArgumentProblem {
  return new ArgumentProblem(code, issueMessage(issue, "vi"));
}

type Cell = unknown;

function describe(v: Cell): string {
  if (typeof v === "string") return `“${v.length > 40 ? `${v.slice(0, 40)}…` : v}”`;
  if (v && typeof v === "object" && "code" in v) return String((v as { code: unknown }).code);
  return String(v);
}

/** One cell as a count: blank → 0; numbers and numeric text as numbers; anything else is a problem. */
function cellNumber(v: Cell, name: string): number {
  if (v === null || v === undefined || v === "") return 0;
  if (typeof v === "number") {
    if (Number.isFinite(v)) return v;
    throw new ArgumentProblem("#NUM!", `Đối số ${name} có giá trị không hữu hạn.`);
  }
  if (typeof v === "string") {
    const text = cleanText(v);
    if (text === "" || text === "-") return 0;
    const n = parseNumberText(text);
    if (n !== null) return n;
  }
  throw new ArgumentProblem("#VALUE!", `Đối số ${name}: ${describe(v)} không phải là số.`);
}

/**
 * Largest head count one cell may hold (as in the reader): sums over any range Excel can pass stay
 * exact integers, so 1e308 in two cells never becomes Infinity.
 */
const MAX_COUNT = 1_000_000_000;

function checkCount(n: number, name: string): number {
  if (n < 0)
    throw new ArgumentProblem("#NUM!", `Đối số ${name} là số âm (${n}); số người phải từ 0 trở lên.`);
  if (!Number.isInteger(n))
    throw new ArgumentProblem("#NUM!", `Đối số ${name} là số lẻ (${n}); số người phải là số nguyên.`);
  if (n > MAX_COUNT)
    throw new ArgumentProblem("#NUM!", `Đối số ${name} là số quá lớn (${n}) để là số người.`);
  return n;
}

/**
 * A head count from a number or a range (summed). Every cell must be blank, a whole number ≥ 0, or
 * text holding one.
 */
export function count(arg: unknown, name: string): number {
  if (!Array.isArray(arg)) return checkCount(cellNumber(arg, name), name);
  let sum = 0;
  for (const row of arg) {
    if (!Array.isArray(row)) {
      sum += checkCount(cellNumber(row, name), name);
      continue;
    }
    for (let j = 0; j < row.length; j++) sum += checkCount(cellNumber(row[j], name), name);
  }
  return sum;
}

/** A plain number (a rate, a date serial) from a scalar or a one-cell range. */
export function scalar(arg: unknown, name: string): number {
  const v = Array.isArray(arg) ? (Array.isArray(arg[0]) ? arg[0][0] : arg[0]) : arg;
  if (Array.isArray(arg) && (arg.length > 1 || (Array.isArray(arg[0]) && arg[0].length > 1))) {
    throw new ArgumentProblem("#VALUE!", `Đối số ${name} phải là một ô, không phải một vùng.`);
  }
  return cellNumber(v, name);
}

/** A rate typed as 0.1, 10% or "10%": a fraction between 0 and 1. */
export function rate(arg: unknown, name: string): number {
  const raw = Array.isArray(arg) ? arg[0]?.[0] : arg;
  let value: number;
  if (typeof raw === "string" && /%\s*$/.test(raw)) {
    value = cellNumber(raw.replace(/%\s*$/, ""), name) / 100;
  } else value = scalar(arg, name);
  if (value < 0 || value > 1) {
    throw new ArgumentProblem(
      "#NUM!",
      `Đối số ${name} phải là tỷ lệ từ 0 đến 1 (ví dụ 0,1 hoặc 10%), không phải ${value}.`,
    );
  }
  return value;
}

function optionalText(arg: unknown): string | undefined {
  const v = Array.isArray(arg) ? arg[0]?.[0] : arg;
  if (v === null || v === undefined) return undefined;
  const text = cleanText(String(v));
  return text === "" ? undefined : text;
}

export function unitTypeArg(arg: unknown): UnitType {
  const text = optionalText(arg);
  if (text === undefined) return "phong";
  const type = parseUnitType(text);
  if (type) return type;
  const accepted = Object.entries(UNIT_TYPE_LABELS)
    .map(([id, l]) => `${id} (${l.vi})`)
    .join(", ");
  throw new ArgumentProblem("#VALUE!", `Loại đơn vị “${text}” không hợp lệ. Dùng một trong: ${accepted}.`);
}

export function ruleSetArg(arg: unknown): RuleSetId | undefined {
  const text = optionalText(arg);
  if (text === undefined) return undefined;
  const id = parseRuleSet(text);
  if (id) return id;
  throw new ArgumentProblem(
    "#VALUE!",
    `Bộ quy định “${text}” không có. Dùng một trong: ${Object.keys(RULE_SETS).join(", ")}.`,
  );
}

export function provinceClassArg(arg: unknown): ProvinceClass | undefined {
  const text = optionalText(arg);
  if (text === undefined) return undefined;
  const id = parseProvinceClass(text);
  if (id) return id;
  const accepted = Object.entries(PROVINCE_CLASS_LABELS)
    .map(([k, l]) => `${k} (${l.vi})`)
    .join(", ");
  throw new ArgumentProblem("#VALUE!", `Loại tỉnh “${text}” không hợp lệ. Dùng một trong: ${accepted}.`);
}

export function optionalCount(arg: unknown, name: string): number | undefined {
  if (arg === null || arg === undefined) return undefined;
  return count(arg, name);
}

/** The cells of a range in reading order (a column, a row or a block), read in place: no copy. */
interface Cells {
  length: number;
  at(i: number): unknown;
}

function cells(arg: unknown): Cells {
  if (!Array.isArray(arg)) return { length: 1, at: () => arg };
  const rows = arg as unknown[];
  const width = Array.isArray(rows[0]) ? (rows[0] as unknown[]).length : 1;
  if (rows.every((r) => Array.isArray(r) && r.length === width)) {
    return { length: rows.length * width, at: (i) => (rows[Math.floor(i / width)] as unknown[])[i % width] };
  }
  // Ragged arrays do not come from Excel; flatten them rather than guess.
  const flat = rows.flatMap((r) => (Array.isArray(r) ? r : [r]));
  return { length: flat.length, at: (i) => flat[i] };
}

/**
 * Unit rows from parallel ranges (one cell per unit in each), as MERGE_RESULT and MERGE_SUMMARY take
 * them. Rows blank in every range are skipped, so whole columns (B:B) work.
 */
export function unitsFromRanges(ranges: {
  units: unknown;
  heads: unknown;
  deputies: unknown;
  staff: unknown;
  mergeInto: unknown;
}): Unit[] {
  const cols = {
    "tên đơn vị": cells(ranges.units),
    "cấp trưởng": cells(ranges.heads),
    "cấp phó": cells(ranges.deputies),
    "biên chế": cells(ranges.staff),
    "sáp nhập vào": cells(ranges.mergeInto),
  };
  const n = cols["tên đơn vị"].length;
  for (const [name, list] of Object.entries(cols)) {
    if (list.length !== n) {
      throw new ArgumentProblem(
        "#VALUE!",
        `Các vùng phải có cùng số ô: vùng tên đơn vị có ${n} ô nhưng vùng ${name} có ${list.length} ô.`,
      );
    }
  }
  const units: Unit[] = [];
  for (let i = 0; i < n; i++) {
    const name = cols["tên đơn vị"].at(i);
    const nameText = name === null || name === undefined ? "" : cleanText(String(name));
    const h = cols["cấp trưởng"].at(i);
    const d = cols["cấp phó"].at(i);
    const s = cols["biên chế"].at(i);
    if (nameText === "") {
      if (isBlank(h) && isBlank(d) && isBlank(s)) continue;
      throw new ArgumentProblem(
        "#VALUE!",
        `Dòng thứ ${i + 1} của vùng có số liệu nhưng không có tên đơn vị.`,
      );
    }
    const at = (label: string, v: unknown) => {
      const name = `${label} (dòng ${i + 1})`;
      return checkCount(cellNumber(v, name), name);
    };
    const heads = at("cấp trưởng", h);
    const deputies = at("cấp phó", d);
    const staff = at("biên chế", s);
    if (staff < heads + deputies) {
      throw new ArgumentProblem(
        "#NUM!",
        `Đơn vị “${nameText}”: biên chế ${staff} nhỏ hơn số lãnh đạo ${heads + deputies}.`,
      );
    }
    const target = cols["sáp nhập vào"].at(i);
    const targetText = target === null || target === undefined ? "" : cleanText(String(target));
    units.push({
      name: nameText,
      heads,
      deputies,
      specialists: staff - heads - deputies,
      staff,
      contract: 0,
      row: i + 1,
      ...(targetText ? { mergeInto: targetText } : {}),
    });
  }
  return units;
}

function isBlank(v: unknown): boolean {
  return v === null || v === undefined || (typeof v === "string" && cleanText(v) === "");
}

/** Excel date serial (days since 1899-12-30) ↔ ISO date. */
export function serialToIso(serial: number): string {
  const ms = Math.round(serial) * 86_400_000 + Date.UTC(1899, 11, 30);
  return new Date(ms).toISOString().slice(0, 10);
}

export function isoToSerial(iso: string): number {
  const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
  return Math.round((Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86_400_000);
}
