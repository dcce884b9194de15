/**
 * Cell values as the text a reader sees, in vi-VN whatever the machine's locale: what Excel shows
 * for a cell's number format, for the Word writer (which has no number formats, only text).
 *
 * Supported formats are the locale-neutral codes the report styles use: "#,##0" (thousands
 * grouped with "."), "#,##0.00", "0", "0.00%", "0%", quoted literals ('#,##0"*"' → "3*"),
 * "dd/mm/yyyy" and General (no format), and formats of up to three sections, "positive;negative;zero",
 * read as Excel reads them: a negative number takes the second section without a minus sign
 * ('"giảm "#,##0;"tăng "#,##0;0': -1 → "tăng 1"), zero the third when there is one. A section
 * may be literal text only ('0;-0;"-"') or empty (nothing shown). Anything else falls back to
 * General.
 */
import { formatDateShort, formatNumber, NO_VALUE, roundHalfUp } from "../../core/format";
import type { CellContent } from "../../reports/types";

/** What one section of a number format asks for. */
interface NumberPattern {
  prefix: string;
  suffix: string;
  decimals: number;
  grouped: boolean;
  percent: boolean;
}

/**
 * One section of a number format: a digit pattern, General with literal text around it, literal
 * text only (shown as is, "" for an empty section), or undefined for what we do not read (dates).
 */
type Section =
  | ({ kind: "digits" } & NumberPattern)
  | { kind: "general"; prefix: string; suffix: string }
  | { kind: "literal"; text: string };

const DATE_CODE = /[dmyhs]/i;

/**
 * The first section of an Excel number format (before any ";"), split into literal text around a
 * digit pattern. Undefined when it has no digit placeholder (General, text formats, dates).
 */
export function parseNumberFormat(format: string): NumberPattern | undefined {
  const section = parseSection(splitSections(format)[0] ?? "");
  if (section?.kind !== "digits") return undefined;
  const { prefix, suffix, decimals, grouped, percent } = section;
  return { prefix, suffix, decimals, grouped, percent };
}

function parseSection(section: string): Section | undefined {
  let prefix = "";
  let suffix = "";
  let digits = "";
  let general = false;
  let percent = false;
  /** Whether the digit pattern (or General) is behind us: literal text goes to the suffix. */
  const after = (): boolean => digits !== "" || general;
  let i = 0;
  while (i < section.length) {
    const ch = section[i] as string;
    if (ch === '"') {
      const end = section.indexOf('"', i + 1);
      const literal = section.slice(i + 1, end < 0 ? section.length : end);
      if (after()) suffix += literal;
      else prefix += literal;
      i = end < 0 ? section.length : end + 1;
      continue;
    }
    if (ch === "\\") {
      const literal = section[i + 1] ?? "";
      if (after()) suffix += literal;
      else prefix += literal;
      i += 2;
      continue;
    }
    if (ch === "_" || ch === "*") {
      // "_x" leaves the width of x, "*x" repeats x to fill: neither prints text of its own.
      i += 2;
      continue;
    }
    if (ch === "[") {
      // Colours and conditions: "[Red]", "[<=9999]".
      const end = section.indexOf("]", i + 1);
      i = end < 0 ? section.length : end + 1;
      continue;
    }
    if (!general && digits === "" && section.slice(i, i + 7).toLowerCase() === "general") {
      general = true;
      i += 7;
      continue;
    }
    if (ch === "%") {
      percent = true;
      if (after()) suffix += "%";
      else prefix += "%";
      i++;
      continue;
    }
    if (!general && "0#?,.".includes(ch) && suffix === "") {
      digits += ch;
      i++;
      continue;
    }
    if (DATE_CODE.test(ch) && !after()) return undefined;
    if (after()) suffix += ch;
    else prefix += ch;
    i++;
  }
  if (general) return { kind: "general", prefix, suffix };
  // No digit placeholder: the section is literal text, shown as is ("" for an empty section).
  if (!/[0#?]/.test(digits)) return { kind: "literal", text: prefix + digits + suffix };
  const point = digits.indexOf(".");
  const whole = point < 0 ? digits : digits.slice(0, point);
  const fraction = point < 0 ? "" : digits.slice(point + 1);
  return {
    kind: "digits",
    prefix,
    suffix,
    decimals: (fraction.match(/[0#?]/g) ?? []).length,
    // A comma between digit placeholders groups thousands; trailing commas (scaling) are ignored.
    grouped: /[0#?],+[0#?]/.test(whole),
    percent,
  };
}

function splitSections(format: string): string[] {
  const sections: string[] = [];
  let current = "";
  let quoted = false;
  for (let i = 0; i < format.length; i++) {
    const ch = format[i] as string;
    if (ch === '"') quoted = !quoted;
    if (ch === ";" && !quoted) {
      sections.push(current);
      current = "";
      continue;
    }
    if (ch === "\\" && !quoted) {
      current += ch + (format[i + 1] ?? "");
      i++;
      continue;
    }
    current += ch;
  }
  sections.push(current);
  return sections;
}

/** A number with the decimals it asks for, grouped or not: 2234720 → "2.234.720" or "2234720". */
function digitsText(n: number, decimals: number, grouped: boolean): string {
  const text = formatNumber(n, decimals, "vi");
  return grouped ? text : text.replace(/\./g, "");
}

/**
 * Excel's General format in vi-VN: up to 10 significant digits, no thousands grouping, a decimal
 * comma: 2234720 → "2234720", 0.125 → "0,125", 1/3 → "0,3333333333".
 */
export function formatGeneral(n: number): string {
  if (!Number.isFinite(n)) return NO_VALUE;
  if (Number.isInteger(n) && Math.abs(n) < 1e11) return String(n);
  const whole = Math.trunc(Math.abs(n));
  const wholeDigits = whole === 0 ? 0 : String(whole).length;
  const decimals = Math.max(0, 10 - wholeDigits);
  const rounded = roundHalfUp(n, decimals);
  const text = digitsText(rounded, decimals, false).replace(/,?0+$/, "");
  return text === "-0" ? "0" : text;
}

/**
 * A number shown with an Excel number format, in vi-VN. With several sections, as Excel does: a
 * positive number takes the first, a negative one the second without its minus sign, zero the
 * third (the first when there are only two); with one section, a negative number gets a minus.
 */
export function formatWithNumberFormat(n: number, format: string | undefined): string {
  if (!Number.isFinite(n)) return NO_VALUE;
  if (format === undefined || format === "") return formatGeneral(n);
  const sections = splitSections(format);
  const index = sections.length >= 2 && n < 0 ? 1 : sections.length >= 3 && n === 0 ? 2 : 0;
  const section = parseSection(sections[index] ?? "");
  // The second or third section carries its own sign (or none); only a lone section adds a minus.
  const value = index === 0 ? n : Math.abs(n);
  if (section === undefined) return formatGeneral(value);
  switch (section.kind) {
    case "literal":
      return section.text;
    case "general": {
      const sign = value < 0 ? "-" : "";
      return `${sign}${section.prefix}${formatGeneral(Math.abs(value))}${section.suffix}`;
    }
    case "digits": {
      const scaled = section.percent ? Number((value * 100).toPrecision(15)) : value;
      const rounded = roundHalfUp(scaled, section.decimals);
      const sign = rounded < 0 ? "-" : "";
      const digits = digitsText(Math.abs(rounded), section.decimals, section.grouped);
      return `${sign}${section.prefix}${digits}${section.suffix}`;
    }
  }
}

/** Whether a cell shows a number (right-aligned in tables). */
export function isNumeric(content: CellContent): boolean {
  return content.kind === "number" || (content.kind === "formula" && typeof content.result === "number");
}

/**
 * The text of a cell: text as is (never evaluated), numbers and numeric formula results with the
 * number format, a formula's text result as is, dates dd/mm/yyyy.
 */
export function cellText(content: CellContent, numberFormat: string | undefined): string {
  switch (content.kind) {
    case "text":
      return content.text;
    case "number":
      return formatWithNumberFormat(content.value, numberFormat);
    case "formula":
      return typeof content.result === "number"
        ? formatWithNumberFormat(content.result, numberFormat)
        : content.result;
    case "date":
      return formatDateShort(content.iso);
  }
}
