/**
 * Deputy caps by rule set, unit type and date: the lookups the analysis, the custom functions and
 * the CLI use. The legal data lives in ./ruleSets.ts; labels and parsers in ./labels.ts.
 */
import { addYears, formatDateShort, parseIsoDate } from "../format";
import {
  fail,
  ok,
  type CapInfo,
  type Confidence,
  type Issue,
  type ProvinceClass,
  type Result,
  type RuleSetId,
  type UnitType,
} from "../types";
import { UNIT_TYPE_LABELS, PROVINCE_CLASS_LABELS } from "./labels";
import {
  CAP_RULES,
  DEFAULT_PROVINCE_CLASS,
  KL187_RULE,
  MINIMUM_RULES,
  RULE_SET_IDS,
  RULE_SETS,
  TRANSITION_RULES,
  UNIT_TYPES,
  type CapRule,
} from "./ruleSets";

export {
  CAP_RULES,
  DEFAULT_PROVINCE_CLASS,
  KL187_RULE,
  MINIMUM_RULES,
  PARTY_UNIT_TYPES,
  PROVINCE_CLASSES,
  RULE_SET_IDS,
  RULE_SETS,
  TRANSITION_RULES,
  UNIT_TYPES,
} from "./ruleSets";
export type { CapRule, CapStep, MinimumRule, RuleSetInfo, TransitionRule } from "./ruleSets";
export {
  PROVINCE_CLASS_LABELS,
  UNIT_TYPE_LABELS,
  inferUnitType,
  isLeadershipName,
  parseProvinceClass,
  parseRuleSet,
  parseUnitType,
} from "./labels";

/** What a deputy cap is asked for. */
export interface CapQuery {
  unitType: UnitType;
  /** N: quota if known, else staff (state units); people (phong-dang). */
  basis: number;
  basisKind: CapInfo["basisKind"];
  /** ISO yyyy-mm-dd: picks the rule set in force when `ruleSet` is absent. */
  date: string;
  ruleSet?: RuleSetId;
  provinceClass?: ProvinceClass;
  /** Number of phòng inside a chi cục (absent: 0 phòng, the rule for "no phòng"). */
  subUnits?: number;
  /** How many units formed this one (KL 187 bonus); default 1. */
  mergedFrom?: number;
  /** Only for messages. */
  unitName?: string;
}

const CONFIDENCE_RANK: Record<Confidence, number> = { unsettled: 0, reported: 1, verified: 2 };

/** The weaker of two confidences. */
export function minConfidence(a: Confidence, b: Confidence): Confidence {
  return CONFIDENCE_RANK[a] <= CONFIDENCE_RANK[b] ? a : b;
}

function inForce(rule: { validFrom: string; validTo?: string }, date: string): boolean {
  return rule.validFrom <= date && (rule.validTo === undefined || date <= rule.validTo);
}

function rulesFor(ruleSet: RuleSetId, unitType: UnitType): CapRule[] {
  return CAP_RULES.filter((r) => r.ruleSet === ruleSet && r.unitTypes.includes(unitType));
}

/**
 * The rule set in force for a unit type on an ISO date (KL 187 is never a default: it is asked
 * for); undefined before the first rule, after district phòng ended, or for an invalid date.
 */
export function defaultRuleSet(unitType: UnitType, date: string): RuleSetId | undefined {
  const iso = parseIsoDate(date);
  if (iso === undefined) return undefined;
  return CAP_RULES.find((r) => r.unitTypes.includes(unitType) && inForce(r, iso))?.ruleSet;
}

function invalid(name: string, value: unknown, expected: string): Issue {
  return { level: "error", code: "invalid-value", params: { name, value: String(value), expected } };
}

function notApplicable(ruleSet: string, q: CapQuery, date?: string): Issue {
  return {
    level: "error",
    code: "rule-not-applicable",
    params: {
      ruleSet,
      unitType: UNIT_TYPE_LABELS[q.unitType].vi,
      unitTypeId: q.unitType,
      unit: q.unitName ?? "–",
      ...(date === undefined ? {} : { date }),
    },
  };
}

const isCount = (n: number): boolean => Number.isFinite(n) && n >= 0;

interface Looked {
  cap: number;
  rule: CapRule;
  confidence: Confidence;
  notes: Issue[];
}

/** Apply the rules of one (non-KL 187) rule set to a query. */
function lookUp(ruleSet: RuleSetId, q: CapQuery): Result<Looked> {
  const candidates = rulesFor(ruleSet, q.unitType);
  if (candidates.length === 0) return fail(notApplicable(RULE_SETS[ruleSet].title.vi, q));
  const notes: Issue[] = [];
  let rule = candidates.find((r) => r.provinceClass === undefined);
  if (rule === undefined) {
    const cls = q.provinceClass ?? DEFAULT_PROVINCE_CLASS;
    if (q.provinceClass === undefined) {
      notes.push({
        level: "info",
        code: "province-class-assumed",
        params: {
          ruleSet: RULE_SETS[ruleSet].title.vi,
          ruleSetId: ruleSet,
          assumed: PROVINCE_CLASS_LABELS[cls].vi,
          assumedId: cls,
        },
      });
    }
    rule = candidates.find((r) => r.provinceClass === cls);
    if (rule === undefined) return fail(notApplicable(RULE_SETS[ruleSet].title.vi, q));
  }
  const value = rule.measure === "subUnits" ? (q.subUnits ?? 0) : q.basis;
  let step = rule.steps[0];
  for (const s of rule.steps) if (s.from <= value) step = s;
  if (step === undefined) return fail(notApplicable(RULE_SETS[ruleSet].title.vi, q));
  return ok({ cap: step.cap, rule, confidence: rule.confidence, notes });
}

function unsettledNote(ruleSet: RuleSetId, unitType: UnitType, source: string): Issue {
  return {
    level: "warning",
    code: "rule-unsettled",
    params: {
      ruleSet: RULE_SETS[ruleSet].title.vi,
      ruleSetId: ruleSet,
      unitType: UNIT_TYPE_LABELS[unitType].vi,
      unitTypeId: unitType,
      source,
    },
  };
}

/**
 * The legal maximum of deputies for one unit, with where it comes from. An explicit `ruleSet` is
 * applied whatever the date (to recompute an old state); without one, the rule in force on `date`
 * is used. Fails with
 * `rule-not-applicable` when no rule covers the unit type on the date (or in the rule set asked
 * for), and `invalid-value` for a bad date or a negative or non-finite number. `notes` carry
 * `rule-unsettled` (warning) and `province-class-assumed` (info).
 */
export function deputyCap(q: CapQuery): Result<{ info: CapInfo; notes: Issue[] }> {
  const date = parseIsoDate(q.date);
  if (date === undefined) return fail(invalid("ngày / date", q.date, "yyyy-mm-dd"));
  if (!isCount(q.basis)) return fail(invalid("biên chế / basis", q.basis, "≥ 0"));
  if (q.subUnits !== undefined && !isCount(q.subUnits)) {
    return fail(invalid("số phòng / subUnits", q.subUnits, "≥ 0"));
  }
  if (q.mergedFrom !== undefined && !isCount(q.mergedFrom)) {
    return fail(invalid("số đơn vị hợp nhất / mergedFrom", q.mergedFrom, "≥ 0"));
  }
  // Guards for untyped callers (JavaScript, parsed input): never throw on an unknown id.
  if (!Object.hasOwn(UNIT_TYPE_LABELS, q.unitType)) {
    return fail(invalid("loại đơn vị / unitType", q.unitType, UNIT_TYPES.join(", ")));
  }
  if (q.ruleSet !== undefined && !Object.hasOwn(RULE_SETS, q.ruleSet)) {
    return fail({
      level: "error",
      code: "unknown-rule-set",
      params: { value: String(q.ruleSet), accepted: RULE_SET_IDS.join(", ") },
    });
  }

  if (q.ruleSet === "KL187_2025") return kl187Cap(q, date);

  if (q.ruleSet === undefined && !CAP_RULES.some((r) => r.unitTypes.includes(q.unitType))) {
    // QĐ 298 names a commune đảng ủy's bodies but no number of deputies: nothing to apply.
    const { ruleSet: _none, ...params } = notApplicable("", q).params ?? {};
    return fail({ level: "error", code: "no-published-cap", params });
  }
  const ruleSet = q.ruleSet ?? defaultRuleSet(q.unitType, date);
  if (ruleSet === undefined) {
    const issue = notApplicable("", q, date);
    const { ruleSet: _none, ...params } = issue.params ?? {};
    return fail({
      ...issue,
      code: "no-rule-in-force",
      params: { ...params, dateText: formatDateShort(date) },
    });
  }
  const looked = lookUp(ruleSet, q);
  if (!looked.ok) return looked;
  const { cap, rule, confidence, notes } = looked.value;
  if (confidence === "unsettled") notes.push(unsettledNote(ruleSet, q.unitType, rule.source));
  const info: CapInfo = {
    cap,
    ruleSet,
    source: rule.source,
    confidence,
    basis: q.basis,
    basisKind: q.basisKind,
    ...(rule.pooled ? { pooled: true } : {}),
  };
  return ok({ info, notes });
}

/** KL 187: the cap in force for the unit type (from 29/8/2025), +1 or +2 for a merged unit. */
function kl187Cap(q: CapQuery, date: string): Result<{ info: CapInfo; notes: Issue[] }> {
  if (!RULE_SETS.KL187_2025.unitTypes.includes(q.unitType)) {
    return fail(notApplicable(RULE_SETS.KL187_2025.title.vi, q));
  }
  const baseDate = date < KL187_RULE.from ? KL187_RULE.from : date;
  const base = defaultRuleSet(q.unitType, baseDate);
  if (base === undefined) return fail(notApplicable(RULE_SETS.KL187_2025.title.vi, q, baseDate));
  const looked = lookUp(base, q);
  if (!looked.ok) return looked;
  const { cap, rule, notes } = looked.value;
  const mergedFrom = q.mergedFrom ?? 1;
  const bonus = KL187_RULE.bonus(mergedFrom, q.unitType);
  const confidence = minConfidence(looked.value.confidence, KL187_RULE.confidence);
  const why =
    bonus > 0
      ? `+${bonus} cấp phó do hợp nhất từ ${mergedFrom} đơn vị`
      : mergedFrom >= 2
        ? "mức tăng khi hợp nhất chỉ áp dụng cho bộ, ngành, cục, vụ: giữ định mức hiện hành"
        : "đơn vị không hợp nhất: giữ định mức hiện hành";
  const source = `${KL187_RULE.source} (${why}); định mức gốc: ${rule.source}`;
  if (confidence === "unsettled") notes.push(unsettledNote("KL187_2025", q.unitType, source));
  const info: CapInfo = {
    cap: cap + bonus,
    ruleSet: "KL187_2025",
    source,
    confidence,
    basis: q.basis,
    basisKind: q.basisKind,
    ...(rule.pooled ? { pooled: true } : {}),
  };
  return ok({ info, notes });
}

/**
 * The minimum size (biên chế; people for phòng đảng) to form a unit of this type under a rule set;
 * undefined when none is known (and for KL 187, which sets none). A class-dependent minimum without
 * a province class uses loại II–III and says so in `assumedProvinceClass`.
 */
export function minimumSize(
  unitType: UnitType,
  ruleSet: RuleSetId,
  provinceClass?: ProvinceClass,
): { min: number; source: string; confidence: Confidence; assumedProvinceClass?: ProvinceClass } | undefined {
  const candidates = MINIMUM_RULES.filter((r) => r.ruleSet === ruleSet && r.unitTypes.includes(unitType));
  const uniform = candidates.find((r) => r.provinceClass === undefined);
  if (uniform) return { min: uniform.min, source: uniform.source, confidence: uniform.confidence };
  if (candidates.length === 0) return undefined;
  const cls = provinceClass ?? DEFAULT_PROVINCE_CLASS;
  const rule = candidates.find((r) => r.provinceClass === cls);
  if (rule === undefined) return undefined;
  return {
    min: rule.min,
    source: rule.source,
    confidence: rule.confidence,
    ...(provinceClass === undefined ? { assumedProvinceClass: cls } : {}),
  };
}

/** Rule sets whose 5 years from the decision also meet KL 187's end of 2030 for the whole system. */
const KL187_ALSO: ReadonlySet<RuleSetId> = new Set<RuleSetId>(["ND45_2025", "ND150_2025", "ND370_2025"]);

/** A deadline for excess deputies and the text it comes from. */
export interface Deadline {
  date: string;
  source: string;
}

/**
 * By when excess deputies must be resolved: decision date + 5 years (NĐ 45, 150, 370), or
 * 31/12/2030 (QĐ 329, NQ 332 and KL 187, per KL 187). Where both apply (a State body: KL 187
 * binds the whole political system), `date` is the earlier and `other` the later; `fromDecision`
 * says whether a deadline counted from the decision was involved. Undefined when no transition
 * rule was found or the decision date is not a valid date.
 */
export function excessDeadline(
  ruleSet: RuleSetId,
  decisionDate: string,
): (Deadline & { fromDecision: boolean; other?: Deadline }) | undefined {
  const rule = TRANSITION_RULES[ruleSet];
  const iso = parseIsoDate(decisionDate);
  if (rule === undefined || iso === undefined) return undefined;
  if (rule.kind === "fixed") return { date: rule.date, source: rule.source, fromDecision: false };
  const own: Deadline = { date: addYears(iso, rule.years), source: rule.source };
  const kl187 = TRANSITION_RULES.KL187_2025;
  if (!KL187_ALSO.has(ruleSet) || kl187?.kind !== "fixed") return { ...own, fromDecision: true };
  const party: Deadline = { date: kl187.date, source: kl187.source };
  const [first, other] = own.date <= party.date ? [own, party] : [party, own];
  return { ...first, fromDecision: true, other };
}

/** Remarks on how sure a source is, inside its closing parentheses ("chưa đọc được; tạm theo …", "theo báo chí"). */
const UNSURE_REMARK =
  /chưa (đọc|đối chiếu|tìm thấy|xác minh)|^tạm (theo|áp dụng)|^theo (báo chí|nguồn thứ cấp)/;

/**
 * A rule's source as an official document cites it: the document, article and clause, without
 * our remarks on how sure it is (those go to the notes for the person preparing the report).
 * "Quy định 329-QĐ/TW ngày 13/6/2025 (chưa đọc được; tạm theo Quy định 137-QĐ/TW)" →
 * "Quy định 329-QĐ/TW ngày 13/6/2025"; "(Phó Chi cục trưởng; chưa đối chiếu …)" keeps
 * "(Phó Chi cục trưởng)".
 */
export function citation(source: string): string {
  const m = /^(.*?)\s*\(([^()]*)\)\s*$/.exec(source);
  if (!m) return source;
  const [, head = "", remarks = ""] = m;
  const kept = remarks
    .split(";")
    .map((part) => part.trim())
    .filter((part) => part !== "" && !UNSURE_REMARK.test(part));
  if (kept.length === remarks.split(";").length) return source;
  return kept.length === 0 ? head : `${head} (${kept.join("; ")})`;
}
