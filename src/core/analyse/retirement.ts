/**
 * Retirement age and retirement date in normal working conditions (issue 15, the excess deputies by
 * name), from ../shared/domain/benefits-and-retirement.md §3:
 * - Bộ luật Lao động 2019 Điều 169 khoản 2 and Nghị định 135/2020/NĐ-CP Điều 4: from 2021 the age is
 *   60 years 3 months for men and 55 years 4 months for women, rising by 3 months a year for men to
 *   62 (2028) and by 4 months a year for women to 60 (2035); the age that applies is the one of the
 *   calendar year in which it is reached (the rows of Phụ lục I, by month of birth).
 * - NĐ 135/2020 Điều 3: "Thời điểm nghỉ hưu là kết thúc ngày cuối cùng của tháng đủ tuổi nghỉ hưu";
 *   "Thời điểm hưởng chế độ hưu trí là bắt đầu ngày đầu tiên của tháng liền kề sau thời điểm nghỉ
 *   hưu"; when only the year of birth is known, 01/01 of that year.
 * - Before 2021 (Bộ luật Lao động 2012 Điều 187): 60 for men, 55 for women.
 * Only normal working conditions (Phụ lục I): the lower ages of Phụ lục II (hazardous work, hardship
 * areas, reduced working capacity) and the higher ones (Điều 169 khoản 4) are not modelled.
 */
import type { Confidence, Sex } from "../types";

export type RetirementRuleId = "BLLD2012_187" | "BLLD2019_169";

/** One step of the retirement age as data: the age in a calendar year is base + step × (year − from), up to cap. */
export interface RetirementRule {
  id: RetirementRuleId;
  sex: Sex;
  /** Calendar years (in which the age is reached) the rule covers. */
  fromYear: number;
  toYear?: number;
  /** Age in months in `fromYear`. */
  baseMonths: number;
  /** Months added each later year. */
  stepMonths: number;
  /** The age in months it rises to and stays at. */
  capMonths: number;
  /** First day the rule is in force (ISO). */
  validFrom: string;
  validTo?: string;
  document: { vi: string; en: string };
  /** Article, clause and annex, as cited in reports. */
  source: string;
  confidence: Confidence;
  /** What the confidence rests on. */
  note: string;
}

const ND135 = "Nghị định 135/2020/NĐ-CP";
const T_STAR =
  "Wording read in secondary copies of the texts (Pháp điển extract and thuvienphapluat copies in public repositories); " +
  "the Phụ lục I rows listed in benefits-and-retirement.md §3 are reproduced by the tests. Not checked against the gazette.";

/** The retirement-age rules, oldest first. */
export const RETIREMENT_RULES: readonly RetirementRule[] = [
  {
    id: "BLLD2012_187",
    sex: "male",
    fromYear: 1900,
    toYear: 2020,
    baseMonths: 60 * 12,
    stepMonths: 0,
    capMonths: 60 * 12,
    validFrom: "2013-05-01",
    validTo: "2020-12-31",
    document: { vi: "Bộ luật Lao động 2012", en: "Labour Code 2012" },
    source: "Điều 187 Bộ luật Lao động 2012 (nam đủ 60 tuổi)",
    confidence: "reported",
    note: "Ages reached before 2021; not read in the text in this work.",
  },
  {
    id: "BLLD2012_187",
    sex: "female",
    fromYear: 1900,
    toYear: 2020,
    baseMonths: 55 * 12,
    stepMonths: 0,
    capMonths: 55 * 12,
    validFrom: "2013-05-01",
    validTo: "2020-12-31",
    document: { vi: "Bộ luật Lao động 2012", en: "Labour Code 2012" },
    source: "Điều 187 Bộ luật Lao động 2012 (nữ đủ 55 tuổi)",
    confidence: "reported",
    note: "Ages reached before 2021; not read in the text in this work.",
  },
  {
    id: "BLLD2019_169",
    sex: "male",
    fromYear: 2021,
    baseMonths: 60 * 12 + 3,
    stepMonths: 3,
    capMonths: 62 * 12,
    validFrom: "2021-01-01",
    document: { vi: `Bộ luật Lao động 2019; ${ND135}`, en: "Labour Code 2019; Decree 135/2020/ND-CP" },
    source: `Khoản 2 Điều 169 Bộ luật Lao động 2019; Điều 3, khoản 1 Điều 4 và Phụ lục I ${ND135} (nam: 60 tuổi 3 tháng năm 2021, mỗi năm thêm 3 tháng, đủ 62 tuổi từ năm 2028)`,
    confidence: "reported",
    note: T_STAR,
  },
  {
    id: "BLLD2019_169",
    sex: "female",
    fromYear: 2021,
    baseMonths: 55 * 12 + 4,
    stepMonths: 4,
    capMonths: 60 * 12,
    validFrom: "2021-01-01",
    document: { vi: `Bộ luật Lao động 2019; ${ND135}`, en: "Labour Code 2019; Decree 135/2020/ND-CP" },
    source: `Khoản 2 Điều 169 Bộ luật Lao động 2019; Điều 3, khoản 2 Điều 4 và Phụ lục I ${ND135} (nữ: 55 tuổi 4 tháng năm 2021, mỗi năm thêm 4 tháng, đủ 60 tuổi từ năm 2035)`,
    confidence: "reported",
    note: T_STAR,
  },
];

/** The rule for a sex and the calendar year in which the age is reached. */
export function retirementRule(sex: Sex, year: number): RetirementRule {
  const rules = RETIREMENT_RULES.filter((r) => r.sex === sex);
  const rule = rules.find((r) => year >= r.fromYear && (r.toYear === undefined || year <= r.toYear));
  return rule ?? (rules[0] as RetirementRule);
}

/** The retirement age (in months) for people reaching it in calendar year `year`. */
export function ageInYear(sex: Sex, year: number): number {
  const rule = retirementRule(sex, year);
  const steps = Math.max(0, year - rule.fromYear);
  return Math.min(rule.baseMonths + rule.stepMonths * steps, rule.capMonths);
}

export interface Age {
  years: number;
  months: number;
}

export interface Retirement {
  /** The birth date used (ISO). */
  birthDate: string;
  sex: Sex;
  /** The retirement age that applies. */
  age: Age;
  /** The day the age is reached (ISO): the birthday that many months on (the month's last day if shorter). */
  reachedOn: string;
  /** Thời điểm nghỉ hưu: the last day of the month the age is reached (ISO); the person works to its end. */
  retirementDate: string;
  /** Thời điểm hưởng chế độ hưu trí: the first day of the next month (ISO). */
  pensionFrom: string;
  rule: RetirementRule;
}

const pad2 = (n: number): string => String(n).padStart(2, "0");
const daysIn = (year: number, month: number): number => new Date(Date.UTC(year, month, 0)).getUTCDate();

function splitIso(iso: string): { year: number; month: number; day: number } | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return undefined;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysIn(year, month)) return undefined;
  return { year, month, day };
}

/**
 * The retirement age and month of a person born in month `month` (1–12) of `year`: the age of the
 * first calendar year in which the person reaches the age that year's rule sets.
 */
function reached(year: number, month: number, sex: Sex): { months: number; index: number } {
  const born = year * 12 + (month - 1);
  for (let y = year + 50; y <= year + 70; y++) {
    const months = ageInYear(sex, y);
    const index = born + months;
    if (Math.floor(index / 12) === y) return { months, index };
  }
  // Unreachable: the age rises by at most 4 months a year, so some year matches.
  const months = ageInYear(sex, year + 70);
  return { months, index: born + months };
}

/** The retirement age in normal conditions for a birth date (ISO; a year alone: use 01/01). */
export function retirementAge(birthIso: string, sex: Sex): Age | undefined {
  const birth = splitIso(birthIso);
  if (!birth) return undefined;
  const { months } = reached(birth.year, birth.month, sex);
  return { years: Math.floor(months / 12), months: months % 12 };
}

/**
 * Retirement age, the day it is reached, the retirement date (thời điểm nghỉ hưu: the last day of
 * that month) and the first day of the pension (the first day of the next month); undefined for a
 * birth date that is not an ISO calendar date.
 */
export function retirementDate(birthIso: string, sex: Sex): Retirement | undefined {
  const birth = splitIso(birthIso);
  if (!birth) return undefined;
  const { months, index } = reached(birth.year, birth.month, sex);
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const last = daysIn(year, month);
  const next = index + 1;
  return {
    birthDate: birthIso,
    sex,
    age: { years: Math.floor(months / 12), months: months % 12 },
    reachedOn: `${year}-${pad2(month)}-${pad2(Math.min(birth.day, last))}`,
    retirementDate: `${year}-${pad2(month)}-${pad2(last)}`,
    pensionFrom: `${Math.floor(next / 12)}-${pad2((next % 12) + 1)}-01`,
    rule: retirementRule(sex, year),
  };
}

/** "61 tuổi 9 tháng" / "61 years 9 months"; "62 tuổi" when there are no months. */
export function formatAge(age: Age, lang: "vi" | "en" = "vi"): string {
  if (lang === "en")
    return age.months === 0 ? `${age.years} years` : `${age.years} years ${age.months} months`;
  return age.months === 0 ? `${age.years} tuổi` : `${age.years} tuổi ${age.months} tháng`;
}
