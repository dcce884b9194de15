/**
 * A roster's birth-date and sex columns (issue 15: the excess deputies by name need each deputy's
 * retirement date). They are found after the column mapping, among the columns mapped to nothing,
 * so that the mapping, the header choice and every count stay as they were:
 * - one birth column: "Ngày sinh", "Năm sinh", "Ngày, tháng, năm sinh", "Tháng, năm sinh", "Sinh ngày";
 * - or the personnel-form layout (mẫu 2C/BNV, BM04/BNV and the commune lists): a group "Ngày, tháng,
 *   năm sinh" split into "Nam" and "Nữ", the date written in the column of the person's sex;
 * - a sex column: "Giới tính", "Nam/Nữ", "Phái"; or "Giới tính / Nam | Nữ" with a mark ("x").
 */
import type { CellValue, ColumnInfo, Sex } from "../types";
import { wordKey } from "../text/normalize";
import { cellText } from "./view";

export interface PersonColumns {
  /** A single birth column (absolute). */
  birth?: number;
  /** The birth date split by sex: the filled column gives the sex. */
  birthBySex?: { male: number; female: number };
  /** A sex column holding "Nam"/"Nữ" (absolute). */
  sex?: number;
  /** Sex given by a mark in one of two columns ("Giới tính / Nam | Nữ"). */
  sexMarks?: { male: number; female: number };
}

const BIRTH = /(^| )(ngay sinh|nam sinh|sinh ngay|sinh nam|sinh thang)( |$)/;
/** Words that make a header about birth something else: a place, an age, a count. */
const NOT_BIRTH =
  /(^| )(noi sinh|que|tuoi|so|tong|ke hoach|sinh hoat|sinh vien|hoc sinh|sinh con|thai san)( |$)/;
const SEX = new Set(["gioi tinh", "gioi", "phai", "nam nu", "nam hay nu", "nam hoac nu", "nu nam"]);
const MALE_LEAF = "nam";
const FEMALE_LEAF = "nu";

/** Which unmapped columns hold birth dates and sexes; undefined when none does. */
export function detectPersonColumns(columns: readonly ColumnInfo[]): PersonColumns | undefined {
  const found: PersonColumns = {};
  const split: Record<string, { male?: number; female?: number }> = {};
  const marks: Record<string, { male?: number; female?: number }> = {};
  for (const c of columns) {
    if (c.field !== null || c.header === "") continue;
    const parts = c.header.split(" / ").map(wordKey).filter(Boolean);
    const leaf = parts[parts.length - 1] ?? "";
    const groups = parts.slice(0, -1);
    const isBirth = (k: string) => BIRTH.test(k) && !NOT_BIRTH.test(k);
    if (leaf === MALE_LEAF || leaf === FEMALE_LEAF) {
      const group = groups.join(" / ");
      const side = leaf === MALE_LEAF ? "male" : "female";
      if (groups.some(isBirth)) (split[group] ??= {})[side] ??= c.col;
      else if (groups.length > 0 && SEX.has(groups[groups.length - 1] as string))
        (marks[group] ??= {})[side] ??= c.col;
      continue;
    }
    if (groups.some((g) => !isBirth(g) && NOT_BIRTH.test(g))) continue;
    if (isBirth(leaf) || (leaf === "sinh" && groups.length === 0)) {
      found.birth ??= c.col;
    } else if (SEX.has(leaf) || leaf.startsWith("gioi tinh ")) {
      found.sex ??= c.col;
    }
  }
  for (const pair of Object.values(split)) {
    if (pair.male !== undefined && pair.female !== undefined && found.birthBySex === undefined) {
      found.birthBySex = { male: pair.male, female: pair.female };
    }
  }
  for (const pair of Object.values(marks)) {
    if (pair.male !== undefined && pair.female !== undefined && found.sexMarks === undefined) {
      found.sexMarks = { male: pair.male, female: pair.female };
    }
  }
  // A split birth date is the birth column; a lone "Ngày sinh" elsewhere is then a second copy.
  if (found.birthBySex) delete found.birth;
  return Object.keys(found).length > 0 ? found : undefined;
}

export type BirthParse =
  | { kind: "blank" }
  | { kind: "date"; iso: string; precision?: "year" | "month" }
  | { kind: "invalid"; text: string };

/** Earliest and latest years read as a year of birth (or as the year of a birth date). */
const MIN_YEAR = 1900;
const MAX_YEAR = 2100;
/** Excel serials of 01/01/1900 and 31/12/2100. */
const MIN_SERIAL = 1;
const MAX_SERIAL = 73_415;
const DAY_MS = 86_400_000;
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

const pad2 = (n: number): string => String(n).padStart(2, "0");

function isoOf(year: number, month: number, day: number): string | undefined {
  if (!Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR) return undefined;
  if (!Number.isInteger(month) || month < 1 || month > 12) return undefined;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (!Number.isInteger(day) || day < 1 || day > last) return undefined;
  return `${year}-${pad2(month)}-${pad2(day)}`;
}

function fromUtc(ms: number): string | undefined {
  const d = new Date(ms);
  return isoOf(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

/**
 * A date of birth from a cell: a date (a JS Date, taken at the nearest UTC midnight, as hosts store
 * date-only values), an Excel serial, text "dd/mm/yyyy" (also with "-" or "."), "yyyy-mm-dd",
 * "mm/yyyy", or a year alone (number or text). A year alone is 1 January of that year and a month
 * and year the 1st of that month (NĐ 135/2020/NĐ-CP Điều 3: only the month of birth matters).
 */
export function parseBirthDate(value: CellValue): BirthParse {
  if (value === null || value === undefined) return { kind: "blank" };
  if (value instanceof Date) {
    const ms = value.getTime();
    if (!Number.isFinite(ms)) return { kind: "invalid", text: String(value) };
    const iso = fromUtc(Math.round(ms / DAY_MS) * DAY_MS);
    return iso ? { kind: "date", iso } : { kind: "invalid", text: value.toISOString().slice(0, 10) };
  }
  if (typeof value === "number") {
    if (!Number.isFinite(value)) return { kind: "invalid", text: String(value) };
    if (Number.isInteger(value) && value >= MIN_YEAR && value <= MAX_YEAR) {
      return { kind: "date", iso: `${value}-01-01`, precision: "year" };
    }
    if (value >= MIN_SERIAL && value <= MAX_SERIAL) {
      const iso = fromUtc(EXCEL_EPOCH + Math.floor(value) * DAY_MS);
      if (iso) return { kind: "date", iso };
    }
    return { kind: "invalid", text: String(value) };
  }
  if (typeof value === "boolean" || typeof value === "object") {
    return { kind: "invalid", text: cellText(value) };
  }
  const text = cellText(value).trim();
  if (text === "") return { kind: "blank" };
  return parseBirthText(text);
}

function parseBirthText(text: string): BirthParse {
  const invalid: BirthParse = { kind: "invalid", text: text.slice(0, 60) };
  const t = text.replace(/\s+/g, "");
  let m = /^(\d{4})$/.exec(t);
  if (m) {
    const iso = isoOf(Number(m[1]), 1, 1);
    return iso ? { kind: "date", iso, precision: "year" } : invalid;
  }
  m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t);
  if (m) {
    const iso = isoOf(Number(m[1]), Number(m[2]), Number(m[3]));
    return iso ? { kind: "date", iso } : invalid;
  }
  m = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4})$/.exec(t);
  if (m) {
    const iso = isoOf(Number(m[4]), Number(m[3]), Number(m[1]));
    return iso ? { kind: "date", iso } : invalid;
  }
  m = /^(\d{1,2})[/.-](\d{4})$/.exec(t);
  if (m) {
    const iso = isoOf(Number(m[2]), Number(m[1]), 1);
    return iso ? { kind: "date", iso, precision: "month" } : invalid;
  }
  return invalid;
}

const MALE = new Set(["nam", "male", "m", "1", "trai", "ong"]);
const FEMALE = new Set(["nu", "female", "f", "0", "gai", "ba"]);

/**
 * A sex from what a cell or an argument says: "Nam", "nam", "M", "male", 1 → male; "Nữ", "nu",
 * "F", "female", 0 → female (1 = Nam, 0 = Nữ as in HR exports); anything else undefined.
 */
export function parseSex(value: CellValue): Sex | undefined {
  if (typeof value === "number") return value === 1 ? "male" : value === 0 ? "female" : undefined;
  if (typeof value !== "string") return undefined;
  const key = wordKey(value);
  if (MALE.has(key)) return "male";
  if (FEMALE.has(key)) return "female";
  return undefined;
}
