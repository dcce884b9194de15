/**
 * vi-VN (and English) formatting of numbers, percents and dates, plus the small date arithmetic the
 * rules need. Vietnamese style: dot for thousands, comma for decimals ("2.234.720", "12,65%");
 * dates as in Nghị định 30/2020/NĐ-CP ("ngày 05 tháng 02 năm 2026").
 */
import type { Lang } from "../messages";

/** Shown for a value that does not exist (a rate with a zero base, a non-finite number). */
export const NO_VALUE = "–";

const MAX_DECIMALS = 15;

function clampDecimals(decimals: number): number {
  if (!Number.isFinite(decimals)) return 0;
  return Math.min(MAX_DECIMALS, Math.max(0, Math.trunc(decimals)));
}

/**
 * Round half away from zero to `decimals` places, ignoring binary float noise: 12.645 → 12.65,
 * 1.005 → 1.01, 0.125 → 0.13, −12.645 → −12.65. Non-finite values are returned unchanged.
 */
export function roundHalfUp(x: number, decimals = 0): number {
  if (!Number.isFinite(x)) return x;
  const d = clampDecimals(decimals);
  const factor = 10 ** d;
  // toPrecision(15) drops the noise of the multiplication (1.005 × 100 = 100.49999999999999).
  const scaled = Number((Math.abs(x) * factor).toPrecision(15));
  const rounded = Math.round(scaled) / factor;
  if (rounded === 0) return 0; // no −0
  return x < 0 ? -rounded : rounded;
}

const SEPARATORS: Record<Lang, { group: string; decimal: string }> = {
  vi: { group: ".", decimal: "," },
  en: { group: ",", decimal: "." },
};

/** A number with thousands grouping and fixed decimals: vi "2.234.720", "12,50"; en "2,234,720". */
export function formatNumber(n: number, decimals = 0, lang: Lang = "vi"): string {
  if (!Number.isFinite(n)) return NO_VALUE;
  const d = clampDecimals(decimals);
  const rounded = roundHalfUp(n, d);
  const [whole = "0", fraction] = Math.abs(rounded).toFixed(d).split(".");
  const { group, decimal } = SEPARATORS[lang];
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  const sign = rounded < 0 ? "-" : "";
  return fraction === undefined ? sign + grouped : `${sign}${grouped}${decimal}${fraction}`;
}

/** A fraction as a percent: 0.1265 → vi "12,65%", en "12.65%"; null or non-finite → "–". */
export function formatPercent(rate: number | null, decimals = 2, lang: Lang = "vi"): string {
  if (rate === null || !Number.isFinite(rate)) return NO_VALUE;
  // Scale through the decimal string so that 0.1265 × 100 does not pick up noise.
  const percent = Number((rate * 100).toPrecision(15));
  return `${formatNumber(percent, decimals, lang)}%`;
}

interface YMD {
  year: number;
  month: number;
  day: number;
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function validDate(year: number, month: number, day: number): YMD | undefined {
  if (!Number.isInteger(year) || year < 1000 || year > 9999) return undefined;
  if (!Number.isInteger(month) || month < 1 || month > 12) return undefined;
  if (!Number.isInteger(day) || day < 1 || day > daysInMonth(year, month)) return undefined;
  return { year, month, day };
}

const pad2 = (n: number): string => String(n).padStart(2, "0");

function toIso({ year, month, day }: YMD): string {
  return `${year}-${pad2(month)}-${pad2(day)}`;
}

function splitIso(iso: string): YMD | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso.trim());
  if (!m) return undefined;
  return validDate(Number(m[1]), Number(m[2]), Number(m[3]));
}

/**
 * A real calendar date as ISO "yyyy-mm-dd", from "2026-02-05" or the Vietnamese "05/02/2026"
 * (also "5/2/2026", "05-02-2026", "05.02.2026"); undefined for anything else or an impossible date.
 */
export function parseIsoDate(text: string): string | undefined {
  const t = text.trim();
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t);
  if (iso) {
    const date = validDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
    return date && toIso(date);
  }
  const dmy = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4})$/.exec(t);
  if (dmy) {
    const date = validDate(Number(dmy[4]), Number(dmy[3]), Number(dmy[1]));
    return date && toIso(date);
  }
  return undefined;
}

const EN_MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

/**
 * A date in running text. vi follows Nghị định 30/2020/NĐ-CP: a leading zero for days under 10 and
 * for months 1 and 2 only ("ngày 05 tháng 02 năm 2026", "ngày 15 tháng 3 năm 2026"); en
 * "5 February 2026". Text that is not an ISO date is returned unchanged.
 */
export function formatDate(iso: string, lang: Lang = "vi"): string {
  const date = splitIso(iso);
  if (!date) return iso;
  const { year, month, day } = date;
  if (lang === "en") return `${day} ${EN_MONTHS[month - 1] ?? ""} ${year}`;
  const monthText = month <= 2 ? pad2(month) : String(month);
  return `ngày ${pad2(day)} tháng ${monthText} năm ${year}`;
}

/** A date for tables: "05/02/2026". Text that is not an ISO date is returned unchanged. */
export function formatDateShort(iso: string): string {
  const date = splitIso(iso);
  if (!date) return iso;
  return `${pad2(date.day)}/${pad2(date.month)}/${date.year}`;
}

/**
 * The same calendar day `n` years later (or earlier for negative `n`); 29 February becomes
 * 28 February in a year that is not a leap year. Text that is not an ISO date is returned unchanged.
 */
export function addYears(iso: string, n: number): string {
  const date = splitIso(iso);
  if (!date || !Number.isInteger(n)) return iso;
  const year = date.year + n;
  const day = Math.min(date.day, daysInMonth(year, date.month));
  return toIso({ year, month: date.month, day });
}

/** Today's date in the local time zone of `now`, as ISO "yyyy-mm-dd". */
export function todayIso(now: Date): string {
  return toIso({ year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() });
}
