/* global CustomFunctions */
import type { Issue, IssueCode, ProvinceClass, RuleSetId, Sex, Unit, UnitType } from "../core/types";
import { issueMessage } from "../core/messages";
import { COUNT_PROBLEMS, countProblem, parseCount } from "../core/text/number";
import { cleanText } from "../core/text/normalize";
import { parseBirthDate, parseSex } from "../core/read/person";
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
 * cells holding Excel data types read as the documented cell values, and every problem turned into one
 * `CustomFunctions.Error` at the edge.
 *
 * Which Excel error, and when it says why: Excel shows a custom message only with #VALUE! and #N/A
 * ("The #VALUE! and #N/A errors also support custom error messages",
 * https://learn.microsoft.com/office/dev/add-ins/excel/custom-functions-errors; the ErrorCode reference
 * says "A custom error message can't be used" for #DIV/0!, #NUM!...). So:
 * - every problem the user must read a reason for (text that is not a number, a negative or fractional
 *   count, a rate outside 0–1, staff below its leaders, an unknown unit type or rule set, a bad date) is
 *   #VALUE! with a Vietnamese message naming the argument and the value;
 * - "no rule covers this" is #N/A with a message (the value is not available, the input is fine);
 * - a division by zero is a bare #DIV/0!, as Excel's own `=A1/0`; each function's description names
 *   the divisor (CUT_RATE: before = 0, DEPUTY_RATIO: no head...).
 * #NUM! is never returned: it cannot say which argument is wrong.
 */

/** The Excel errors the functions return; see above for when each is used. */
export type ExcelErrorCode = "#VALUE!" | "#DIV/0!" | "#N/A";

/** A problem with an argument, raised inside an adapter and turned into an Excel error by {@link excel}. */
export class ArgumentProblem {
  constructor(
    readonly code: ExcelErrorCode,
    readonly message: string,
  ) {}
}

/**
 * The `CustomFunctions.ErrorCode` member of each error. The members used here decide the
 * CustomFunctionsRuntime requirement set of manifest.xml (test/manifest.test.ts reads their API set from
 * @types/custom-functions-runtime).
 */
export const ERROR_CODE_NAMES: Record<ExcelErrorCode, keyof typeof CustomFunctions.ErrorCode> = {
  "#VALUE!": "invalidValue",
  "#DIV/0!": "divisionByZero",
  "#N/A": "notAvailable",
};

/** The errors Excel shows a custom message with. */
const WITH_MESSAGE: ReadonlySet<ExcelErrorCode> = new Set(["#VALUE!", "#N/A"]);

/** The Excel error for an argument problem: with its message where Excel shows one, bare otherwise. */
export function toExcelError(problem: ArgumentProblem): CustomFunctions.Error {
  const code = CustomFunctions.ErrorCode[ERROR_CODE_NAMES[problem.code]];
  return WITH_MESSAGE.has(problem.code)
    ? new CustomFunctions.Error(code, problem.message)
    : new CustomFunctions.Error(code);
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

// ---------------------------------------------------------------------------------------------
// Cells holding Excel data types.
//
// The metadata lets data types reach the functions (`allowCustomDataForDataTypeAny: true`, which
// custom-functions-metadata writes and we keep on purpose: src/functions/metadata.test.ts). From
// CustomFunctionsRuntime 1.4, a cell holding a data type reaches an `any` parameter as its `Excel.CellValue`
// object (https://learn.microsoft.com/office/dev/add-ins/excel/custom-functions-data-types-concepts,
// https://learn.microsoft.com/office/dev/add-ins/excel/custom-functions-json#allowcustomdatafordatatypeany).
// A client without that set predates data types in custom functions, so its cells arrive as plain
// numbers, text and booleans, the path every other cell takes. Both are read here:
// - Double, FormattedNumber, String, Boolean (a number with a number format or with properties, a text
//   with properties: https://learn.microsoft.com/office/dev/add-ins/excel/excel-data-types-add-properties-to-basic-cell-values)
//   count by their `basicValue`, as the cell shows it;
// - Empty is a blank;
// - Entity, LinkedEntity (Stocks, Geography...), images, arrays and the other kinds have no number or text
//   to count (their basicValue is #VALUE!): #VALUE! with a message naming what the cell holds.

/** The fields of an `Excel.CellValue` read here (the Excel API's JSON shape, documented per type). */
interface CellValueObject {
  type: string;
  basicValue?: unknown;
  text?: unknown;
  altText?: unknown;
}

/** Data types whose basic value is the number, text or boolean the cell shows. */
const PLAIN_TYPES: ReadonlySet<string> = new Set(["Double", "FormattedNumber", "String", "Boolean"]);

/** What a cell holding another data type holds, in the message. */
const DATA_TYPE_NAMES: Record<string, string> = {
  Entity: "thực thể",
  LinkedEntity: "thực thể liên kết",
  WebImage: "hình ảnh",
  LocalImage: "hình ảnh",
  Array: "mảng",
  Function: "hàm",
  Reference: "tham chiếu",
  ExternalCodeServiceObject: "đối tượng Python",
  NotAvailable: "giá trị Excel không hỗ trợ",
};

function isCellValue(v: Cell): v is CellValueObject {
  return (
    typeof v === "object" &&
    v !== null &&
    !Array.isArray(v) &&
    typeof (v as { type?: unknown }).type === "string"
  );
}

/**
 * One cell as a plain value: numbers, text, booleans, blanks and error values pass as they are; a data
 * type becomes its basic value where it has a plain one, and is a problem otherwise.
 */
function plain(v: Cell, name: string): Cell {
  if (!isCellValue(v)) return v;
  if (PLAIN_TYPES.has(v.type)) return v.basicValue ?? null;
  if (v.type === "Empty") return null;
  // An error cell value (only with allowErrorForDataTypeAny, which the metadata leaves off): as the
  // error values below.
  if (v.type === "Error") return { code: typeof v.basicValue === "string" ? v.basicValue : "#VALUE!" };
  const label = [v.text, v.altText].find((t) => typeof t === "string" && t.trim() !== "") as
    string | undefined;
  const kind = `${DATA_TYPE_NAMES[v.type] ?? `kiểu ${v.type}`}${label === undefined ? "" : ` ${describe(label)}`}`;
  throw new ArgumentProblem(
    "#VALUE!",
    `Đối số ${name}: ô chứa kiểu dữ liệu Excel (${kind}), không phải số hay chữ; hãy dùng ô chứa số.`,
  );
}

function describe(v: Cell): string {
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  if (typeof v === "string") return `“${v.length > 40 ? `${v.slice(0, 40)}…` : v}”`;
  if (v && typeof v === "object" && "code" in v) return String((v as { code: unknown }).code);
  return String(v);
}

/** An argument's problem, its message from the catalogue (core/messages.ts). */
function argProblem(code: IssueCode, params: Record<string, string | number>): ArgumentProblem {
  return fromIssue({ level: "error", code, params });
}

/**
 * One cell as a number, read as the reader reads a count (core's parseCount: blank, a dash or "x"
 * → 0; numbers and vi-VN or plain numeric text as numbers); anything else is a problem.
 */
function cellNumber(cell: Cell, name: string): number {
  const v = plain(cell, name);
  if (typeof v === "number" && !Number.isFinite(v)) throw argProblem("arg-not-finite", { name });
  if (v === null || v === undefined || typeof v === "number" || typeof v === "string") {
    const parsed = parseCount(v);
    if (parsed.kind === "blank") return 0;
    if (parsed.kind === "number") return parsed.value;
  }
  throw argProblem("arg-not-a-number", { name, value: describe(v) });
}

/** A head count must be a whole number from 0 to MAX_COUNT (core's): #VALUE! with the reason otherwise. */
function checkCount(n: number, name: string): number {
  const problem = countProblem(n);
  if (problem) throw argProblem(COUNT_PROBLEMS[problem].arg, { name, value: n });
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

/** The one cell of a scalar argument or a one-cell range; a larger range is a problem. */
function oneCell(arg: unknown, name: string): Cell {
  if (Array.isArray(arg) && (arg.length > 1 || (Array.isArray(arg[0]) && arg[0].length > 1))) {
    throw new ArgumentProblem("#VALUE!", `Đối số ${name} phải là một ô, không phải một vùng.`);
  }
  return Array.isArray(arg) ? (Array.isArray(arg[0]) ? arg[0][0] : arg[0]) : arg;
}

/**
 * A date of birth as ISO: an Excel date (serial), text "dd/mm/yyyy" (or "yyyy-mm-dd", "mm/yyyy"), or
 * a year alone, typed as a number from 1900 to 2100 or as text (01/01 of it: NĐ 135/2020 Điều 3),
 * read as the roster reader reads a birth-date cell (core/read/person.ts).
 */
export function birthDateArg(arg: unknown, name: string): string {
  const v = plain(oneCell(arg, name), name);
  const parsed =
    typeof v === "number" || typeof v === "string" || v === null || v === undefined
      ? parseBirthDate(v)
      : undefined;
  if (parsed?.kind === "date") return parsed.iso;
  const value = parsed?.kind === "blank" ? "(trống)" : describe(v);
  throw argProblem("arg-not-a-birth-date", { name, value });
}

/** A sex: "Nam", "nam", "M", "male" or 1 for male; "Nữ", "nu", "F", "female" or 0 for female. */
export function sexArg(arg: unknown, name: string): Sex {
  const v = plain(oneCell(arg, name), name);
  const sex = typeof v === "number" || typeof v === "string" ? parseSex(v) : undefined;
  if (sex) return sex;
  const blank = v === null || v === undefined || (typeof v === "string" && cleanText(v) === "");
  throw argProblem("arg-not-a-sex", { name, value: blank ? "(trống)" : describe(v) });
}

/** A rate typed as 0.1, 10% or "10%": a fraction between 0 and 1. */
export function rate(arg: unknown, name: string): number {
  const raw = plain(Array.isArray(arg) ? arg[0]?.[0] : arg, name);
  let value: number;
  if (typeof raw === "string" && /%\s*$/.test(raw)) {
    value = cellNumber(raw.replace(/%\s*$/, ""), name) / 100;
  } else value = scalar(arg, name);
  if (value < 0 || value > 1) {
    throw new ArgumentProblem(
      "#VALUE!",
      `Đối số ${name} phải là tỷ lệ từ 0 đến 1 (ví dụ 0,1 hoặc 10%), không phải ${value}.`,
    );
  }
  return value;
}

/** One cell as text ("" when blank); an error value in it is a problem that names the error. */
function cellText(cell: Cell, name: string): string {
  const v = plain(cell, name);
  if (v === null || v === undefined) return "";
  if (typeof v === "object")
    throw new ArgumentProblem("#VALUE!", `Đối số ${name}: ${describe(v)} không phải là chữ.`);
  return cleanText(String(v));
}

function optionalText(arg: unknown, name: string): string | undefined {
  const text = cellText(Array.isArray(arg) ? arg[0]?.[0] : arg, name);
  return text === "" ? undefined : text;
}

export function unitTypeArg(arg: unknown): UnitType {
  const text = optionalText(arg, "loại đơn vị");
  if (text === undefined) return "phong";
  const type = parseUnitType(text);
  if (type) return type;
  const accepted = Object.entries(UNIT_TYPE_LABELS)
    .map(([id, l]) => `${id} (${l.vi})`)
    .join(", ");
  throw new ArgumentProblem("#VALUE!", `Loại đơn vị “${text}” không hợp lệ. Dùng một trong: ${accepted}.`);
}

export function ruleSetArg(arg: unknown): RuleSetId | undefined {
  const text = optionalText(arg, "bộ quy định");
  if (text === undefined) return undefined;
  const id = parseRuleSet(text);
  if (id) return id;
  throw new ArgumentProblem(
    "#VALUE!",
    `Bộ quy định “${text}” không có. Dùng một trong: ${Object.keys(RULE_SETS).join(", ")}.`,
  );
}

export function provinceClassArg(arg: unknown): ProvinceClass | undefined {
  const text = optionalText(arg, "loại tỉnh");
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
    const nameText = cellText(cols["tên đơn vị"].at(i), `tên đơn vị (dòng ${i + 1})`);
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
        "#VALUE!",
        `Đơn vị “${nameText}”: biên chế ${staff} nhỏ hơn số lãnh đạo ${heads + deputies}.`,
      );
    }
    const targetText = cellText(cols["sáp nhập vào"].at(i), `sáp nhập vào (dòng ${i + 1})`);
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

function isBlank(cell: unknown): boolean {
  let v = cell;
  if (isCellValue(v)) {
    if (v.type === "Empty") return true;
    if (!PLAIN_TYPES.has(v.type)) return false;
    v = v.basicValue;
  }
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
