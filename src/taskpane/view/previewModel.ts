/**
 * What the preview shows, from an Analysis: the summary rows (the same figures as the CLI's text
 * output and the "ket-qua-sap-xep" report: `analysis.summary` over SUMMARY_ROWS, never recomputed),
 * the chart groups, and the flagged-unit and excess-deputy lists. Plain data with the figures
 * already formatted for vi-VN (or English), so that the React components only lay them out.
 */
import { formatDate, formatDateShort, formatNumber, formatPercent } from "../../core/format";
import { FLAG_LABELS, SUMMARY_ROWS } from "../../core/messages";
import type { Lang } from "../../core/messages";
import { UNIT_TYPE_LABELS } from "../../core/rules/labels";
import { RULE_SETS } from "../../core/rules/ruleSets";
import { cleanText } from "../../core/text/normalize";
import type { Analysis, FlagId, RuleSetId, Totals, UnitResult, UnitType } from "../../core/types";
import { tPreview } from "../../i18n/preview";
import type { BarGroup } from "./chartLayout";

export type { BarGroup };

/** A row of the before/after summary table, formatted. */
export interface SummaryRow {
  key: keyof Totals;
  label: string;
  before: string;
  after: string;
  cut: string;
  rate: string;
  /** True when the figure went up (a negative cut), e.g. deputies on the day of a merger. */
  increased: boolean;
}

/** A row of the review summary (check mode): a label and a formatted count. */
export interface CountRow {
  key: keyof Totals | "overCap" | "poolsOver" | "excess" | "flagged";
  label: string;
  value: string;
}

export interface FlaggedUnit {
  name: string;
  flags: FlagId[];
  /** The flags as users read them, joined with "; ". */
  flagText: string;
}

export interface ExcessUnit {
  name: string;
  deputies: string;
  /** The cap, with "*" when its rule is unsettled (as the reports print it). */
  cap: string;
  excess: string;
  /** Short deadline "01/10/2030" (both languages: it fits a narrow column), "–" when there is none. */
  deadline: string;
  /** The deadline in running text ("ngày 01 tháng 10 năm 2030", "1 October 2030"), or empty. */
  deadlineLong: string;
  unsettled: boolean;
}

/**
 * A count as vi-VN (or English) text. Counts below 1.000 need no grouping: they skip the general
 * formatter, which matters when a province's 20.000 units are listed.
 */
const num = (x: number | null, lang: Lang): string =>
  x === null ? "–" : Number.isInteger(x) && x > -1000 && x < 1000 ? String(x + 0) : formatNumber(x, 0, lang);

/** The summary table of a compare or plan analysis; the CLI and the reports show the same figures. */
export function summaryRows(analysis: Analysis, lang: Lang): SummaryRow[] {
  return SUMMARY_ROWS.map(({ key, label }) => {
    const c = analysis.summary[key];
    return {
      key,
      label: label[lang],
      before: num(c.before, lang),
      after: num(c.after, lang),
      cut: num(c.cut, lang),
      rate: formatPercent(c.rate, 2, lang),
      increased: c.cut !== null && c.cut < 0,
    };
  });
}

/** The review summary of a check analysis: the four counts, units over the cap, excess, flagged. */
export function checkRows(analysis: Analysis, lang: Lang): CountRow[] {
  const rows: CountRow[] = SUMMARY_ROWS.map(({ key, label }) => ({
    key,
    label: label[lang],
    value: num(analysis.summary[key].before, lang),
  }));
  let overCap = 0;
  let flagged = 0;
  for (const u of analysis.units) {
    if (u.excess > 0) overCap++;
    if (u.flags.length > 0) flagged++;
  }
  rows.push({ key: "overCap", label: tPreview("unitsOverCap", lang), value: num(overCap, lang) });
  if (analysis.pools.length > 0) {
    const poolsOver = analysis.pools.filter((p) => p.excess > 0).length;
    rows.push({ key: "poolsOver", label: tPreview("poolsOverCap", lang), value: num(poolsOver, lang) });
  }
  rows.push(
    { key: "excess", label: tPreview("excessTotal", lang), value: num(excessPeople(analysis), lang) },
    { key: "flagged", label: tPreview("flaggedUnitsCount", lang), value: num(flagged, lang) },
  );
  return rows;
}

/** The chart's groups: before/after of each summary figure (after null in a review). */
export function chartGroups(analysis: Analysis, lang: Lang): BarGroup[] {
  return SUMMARY_ROWS.map(({ key, label }) => {
    const c = analysis.summary[key];
    return { label: label[lang], before: c.before, after: analysis.mode === "check" ? null : c.after };
  });
}

/** Units with at least one flag, in the analysis' order. */
export function flaggedUnits(analysis: Analysis, lang: Lang): FlaggedUnit[] {
  const out: FlaggedUnit[] = [];
  for (const u of analysis.units) {
    if (u.flags.length === 0) continue;
    out.push({
      name: cleanText(u.name),
      flags: u.flags,
      flagText: u.flags.map((f) => FLAG_LABELS[f][lang]).join("; "),
    });
  }
  return out;
}

/** Units whose deputies exceed the cap, in the analysis' order. */
export function excessUnits(analysis: Analysis, lang: Lang): ExcessUnit[] {
  const out: ExcessUnit[] = [];
  for (const u of analysis.units) {
    if (u.excess <= 0) continue;
    const unsettled = u.capInfo?.confidence === "unsettled";
    out.push({
      name: cleanText(u.name),
      deputies: num(u.deputies, lang),
      cap: u.cap === null ? "–" : `${num(u.cap, lang)}${unsettled ? "*" : ""}`,
      excess: num(u.excess, lang),
      deadline: u.deadline ? formatDateShort(u.deadline) : "–",
      deadlineLong: u.deadline ? formatDate(u.deadline, lang) : "",
      unsettled,
    });
  }
  // A pooled cap's excess is its group's: one line for the group.
  for (const p of analysis.pools) {
    if (p.excess <= 0) continue;
    const unsettled = p.confidence === "unsettled";
    out.push({
      name: tPreview("poolName", lang, { count: p.units.length, average: num(p.average, lang) }),
      deputies: num(p.deputies, lang),
      cap: `${num(p.cap, lang)}${unsettled ? "*" : ""}`,
      excess: num(p.excess, lang),
      deadline: p.deadline ? formatDateShort(p.deadline) : "–",
      deadlineLong: p.deadline ? formatDate(p.deadline, lang) : "",
      unsettled,
    });
  }
  return out;
}

/** Total excess deputies: of the units, and of the groups on a pooled cap. */
export function excessPeople(analysis: Analysis): number {
  let n = 0;
  for (const u of analysis.units) if (u.excess > 0) n += u.excess;
  for (const p of analysis.pools) n += p.excess;
  return n;
}

/**
 * The "*" footnote under a list of caps: the sources of the unsettled rules among `units`, each once,
 * or undefined when every cap there is settled.
 */
export function unsettledFootnote(units: readonly UnitResult[], lang: Lang): string | undefined {
  const sources = new Set<string>();
  for (const u of units) {
    if (u.capInfo?.confidence === "unsettled") sources.add(u.capInfo.source.replace(/\.$/, ""));
  }
  if (sources.size === 0) return undefined;
  return tPreview("unsettledFootnote", lang, { source: [...sources].join("; ") });
}

/**
 * Where the units' types came from: chosen in the pane, given by the sheet for every unit, for
 * some units only, or for none (then each was inferred from the unit's name: an assumption the
 * preview states).
 */
export type UnitTypeOrigin = "user" | "sheet" | "partly" | "assumed";

/** A rule set's title as users know it, with its year when the title has none ("Quy định 329-QĐ/TW (2025)"). */
export function ruleSetTitle(id: RuleSetId, lang: Lang): string {
  const { title, validFrom } = RULE_SETS[id];
  const text = title[lang];
  return /\b(19|20)\d\d\b/.test(text) ? text : `${text} (${validFrom.slice(0, 4)})`;
}

/**
 * The rule sets the caps come from, each once, in the order met ("chưa xác minh" when the rule is
 * unsettled for some unit); "không có quy định nào áp dụng" when no unit has a cap.
 */
export function rulesUsed(analysis: Analysis, lang: Lang): string {
  const date = lang === "vi" ? formatDateShort(analysis.date) : formatDate(analysis.date, "en");
  const seen = new Map<RuleSetId, boolean>();
  let entered = false;
  for (const u of analysis.units) {
    if (!u.capInfo) continue;
    const { ruleSet } = u.capInfo;
    if (ruleSet === undefined) {
      entered = true;
      continue;
    }
    const unsettled = u.capInfo.confidence === "unsettled";
    seen.set(ruleSet, (seen.get(ruleSet) ?? false) || unsettled);
  }
  if (seen.size === 0 && !entered) {
    return tPreview("rulesUsed", lang, { date, rules: tPreview("rulesNone", lang) });
  }
  const titles = [...seen].map(([id, unsettled]) =>
    unsettled ? tPreview("ruleUnverified", lang, { title: ruleSetTitle(id, lang) }) : ruleSetTitle(id, lang),
  );
  if (entered) titles.push(tPreview("capsEntered", lang));
  return tPreview("rulesUsed", lang, { date, rules: titles.join("; ") });
}

/** The unit types the rules were looked up for, each once, saying when they were assumed. */
export function unitTypesUsed(analysis: Analysis, lang: Lang, origin: UnitTypeOrigin): string {
  const types = [...new Set<UnitType>(analysis.units.map((u) => u.unitType))];
  const labels = types.map((type) => UNIT_TYPE_LABELS[type][lang]).join("; ");
  const text =
    origin === "assumed"
      ? tPreview("unitTypeAssumed", lang, { types: labels })
      : origin === "partly"
        ? tPreview("unitTypePartlyAssumed", lang, { types: labels })
        : labels;
  return tPreview("unitTypesUsed", lang, { types: text, count: types.length });
}

/** Everything the preview shows, computed once per analysis and language. */
export interface PreviewModel {
  heading: string;
  /** "Quy định áp dụng (tính đến 04/12/2026): …": the rule sets the caps come from, on the rules' date. */
  rules: string;
  /** "Loại đơn vị: …": the unit types, and whether they were assumed. */
  unitTypes: string;
  planNote?: string;
  /** Compare and plan: the before/after table. */
  summary?: SummaryRow[];
  /** Check: the review counts. */
  counts?: CountRow[];
  /** Compare and plan: the chart groups. */
  chart?: BarGroup[];
  flagged: FlaggedUnit[];
  excess: ExcessUnit[];
  excessPeople: number;
  footnote?: string;
}

export function previewModel(
  analysis: Analysis,
  lang: Lang,
  origin: UnitTypeOrigin = "assumed",
): PreviewModel {
  const heading =
    analysis.mode === "compare"
      ? "headingCompare"
      : analysis.mode === "plan"
        ? "headingPlan"
        : "headingCheck";
  const merge = analysis.mode !== "check";
  const over = analysis.units.filter((u) => u.excess > 0);
  return {
    heading: tPreview(heading, lang),
    rules: rulesUsed(analysis, lang),
    unitTypes: unitTypesUsed(analysis, lang, origin),
    planNote: analysis.mode === "plan" ? tPreview("planNote", lang) : undefined,
    summary: merge ? summaryRows(analysis, lang) : undefined,
    counts: merge ? undefined : checkRows(analysis, lang),
    chart: merge ? chartGroups(analysis, lang) : undefined,
    flagged: flaggedUnits(analysis, lang),
    excess: excessUnits(analysis, lang),
    excessPeople: excessPeople(analysis),
    footnote: unsettledFootnote(over, lang),
  };
}
