import type { CellValue } from "../types";
import { cleanText } from "./normalize";

/** How a cell read as a count. */
export type CountParse =
  | { kind: "number"; value: number }
  | { kind: "blank" }
  | { kind: "error"; error: string }
  | { kind: "text"; text: string };

// A dash or similar typed for "none" in Vietnamese forms.
const NONE_MARKS = new Set(["-", "–", "—", "x", "0"]);

/**
 * Read a count from a cell: numbers as they are; text that is a number ("12", " 12 ", "1.234",
 * "1 234", "12,5") as that number; blank and a lone dash as blank. Thousands separators follow vi-VN
 * (dot) but a comma-grouped "1,234" is accepted too; a single comma or dot followed by one or two
 * digits is a decimal mark.
 */
export function parseCount(value: CellValue): CountParse {
  if (value === null || value === undefined) return { kind: "blank" };
  if (typeof value === "number") {
    return Number.isFinite(value) ? { kind: "number", value } : { kind: "error", error: "#NUM!" };
  }
  if (typeof value === "boolean") return { kind: "text", text: String(value).toUpperCase() };
  if (value instanceof Date) return { kind: "text", text: value.toISOString().slice(0, 10) };
  if (typeof value === "object") return { kind: "error", error: String(value.error) };
  const text = cleanText(value);
  if (text === "") return { kind: "blank" };
  if (NONE_MARKS.has(text)) return text === "0" ? { kind: "number", value: 0 } : { kind: "blank" };
  const parsed = parseNumberText(text);
  return parsed === null ? { kind: "text", text } : { kind: "number", value: parsed };
}

/**
 * Largest head count one cell may hold: sums over any range stay exact integers, so 1e308 in two
 * cells never becomes Infinity. The reader and the custom functions share it.
 */
export const MAX_COUNT = 1_000_000_000;

/** What is wrong with a number read as a head count, or undefined when it is one. */
export function countProblem(value: number): "negative" | "fractional" | "too-large" | undefined {
  if (value < 0) return "negative";
  if (!Number.isInteger(value)) return "fractional";
  if (value > MAX_COUNT) return "too-large";
  return undefined;
}

/** The issue code of each count problem, in a cell of a table and in an argument of a function. */
export const COUNT_PROBLEMS = {
  negative: { cell: "negative-count", arg: "arg-negative-count" },
  fractional: { cell: "fractional-count", arg: "arg-fractional-count" },
  "too-large": { cell: "count-too-large", arg: "arg-count-too-large" },
} as const;

/** Parse number text in vi-VN or plain notation; null when it is not a number. */
export function parseNumberText(raw: string): number | null {
  const text = raw.replace(/\s+/g, "");
  if (!/^[+-]?[\d.,]+$/.test(text) || !/\d/.test(text)) return null;
  const sign = text.startsWith("-") ? -1 : 1;
  const body = text.replace(/^[+-]/, "");
  let normal: string;
  if (/^\d{1,3}(\.\d{3})+(,\d+)?$/.test(body)) normal = body.replace(/\./g, "").replace(",", ".");
  else if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(body)) normal = body.replace(/,/g, "");
  else if (/^\d+([.,]\d+)?$/.test(body)) normal = body.replace(",", ".");
  else return null;
  const value = Number(normal);
  return Number.isFinite(value) ? sign * value : null;
}
