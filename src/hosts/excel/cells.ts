/**
 * Cell values between Office.js and the engine, both ways. Pure.
 *
 * Writing: Office.js parses a string set through `Range.values` or `Range.formulas` the way Excel
 * parses typed input: "If the returned value starts with a plus ("+"), minus ("-"), or equal sign
 * ("="), Excel interprets this value as a formula" (Excel.Range.values,
 * https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-values-member),
 * and "12", "(1)", "05/02/2026", "TRUE" become numbers, dates or booleans. A leading apostrophe
 * makes typed input text (the apostrophe itself is not stored, it becomes the cell's quote prefix).
 * So a text cell whose content Excel could reinterpret is written as "'" + text; other text is
 * written as is, so that ordinary labels carry no quote prefix.
 *
 * Reading: `Range.values` gives errors as their text ("#N/A"); they become `{ error }`.
 */

import type { CellValue } from "../../core/types";
import type { CellContent } from "../../reports/types";
import { cellSafeText } from "../../reports/safeText";

/** Error values as `Range.values` returns them (English, whatever the UI language). */
export const EXCEL_ERRORS: ReadonlySet<string> = new Set([
  "#NULL!",
  "#DIV/0!",
  "#VALUE!",
  "#REF!",
  "#NAME?",
  "#NUM!",
  "#N/A",
  "#GETTING_DATA",
  "#SPILL!",
  "#CALC!",
  "#FIELD!",
  "#BLOCKED!",
  "#CONNECT!",
  "#BUSY!",
  "#UNKNOWN!",
  "#PYTHON!",
]);

/** One value of `Range.values` to the engine's CellValue: "" is empty, "#N/A" an error. */
export function toCellValue(value: unknown): CellValue {
  if (value === null || value === undefined || value === "") return null;
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  if (typeof value === "boolean") return value;
  if (typeof value === "string") return EXCEL_ERRORS.has(value) ? { error: value } : value;
  return null;
}

/**
 * Text as a cell can hold it: CR/CRLF → LF, control characters other than tab and LF removed (DEL
 * too), unpaired surrogates removed, cut to 32,767 characters (the rules of the .xlsx host).
 */
export const cleanText = cellSafeText;

/**
 * Whether Excel's input parser could turn this text into something else: a formula (= + - @),
 * an already-quoted entry ('), an error (#), a number, date, time, fraction or percent (any digit),
 * a boolean, or anything starting with blank space. Errs on the side of quoting.
 */
export function needsQuote(text: string): boolean {
  if (text === "") return false;
  if (/^[=+\-@'#\s]/.test(text)) return true;
  if (/\d/.test(text)) return true;
  return /^(true|false|đúng|sai)$/i.test(text.trim());
}

/** Text as it is written through `Range.formulas`: stored as this exact text, never parsed. */
export function textInput(text: string): string {
  const clean = cleanText(text);
  return needsQuote(clean) ? `'${clean}` : clean;
}

/** "2030-12-31" → Excel's serial day number (1900 date system); undefined when not a real date. */
export function dateSerial(iso: string): number | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const time = Date.UTC(y, mo - 1, d);
  const date = new Date(time);
  const valid = date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
  // Before 1900-03-01 Excel's serials are off by its 1900-02-29; reports never go there.
  if (!valid || time < Date.UTC(1900, 2, 1)) return undefined;
  return Math.round((time - Date.UTC(1899, 11, 30)) / 86_400_000);
}

/**
 * A ReportDoc cell as one entry of a `Range.formulas` array: numbers as numbers, formulas as
 * "=" + formula (English names, "," separators: `formulas` is the locale-independent property),
 * text quoted when needed, dates as serial numbers (their cell gets a date format), "" for nothing.
 */
export function cellInput(content: CellContent): string | number {
  switch (content.kind) {
    case "text":
      return textInput(content.text);
    case "number":
      return Number.isFinite(content.value) ? content.value : "";
    case "formula": {
      const formula = cleanText(content.formula).trim().replace(/^=+/, "");
      return formula === "" ? "" : `=${formula}`;
    }
    case "date":
      return dateSerial(content.iso) ?? textInput(content.iso);
  }
}
