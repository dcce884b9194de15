/**
 * Building blocks shared by `check`, `plan` and `compare`: totals, combining the parts of a unit,
 * and evaluating one resulting unit against the rules (cap, excess, ratios, flags).
 */
import { rowAddress } from "../address";
import {
  deputyCap,
  defaultRuleSet,
  excessDeadline,
  inferUnitType,
  isLeadershipName,
  KL187_RULE,
  minimumSize,
  PARTY_UNIT_TYPES,
  RULE_SETS,
  UNIT_TYPE_LABELS,
} from "../rules";
import type { CapQuery } from "../rules";
import { textKey } from "../text/normalize";
import { formatDateShort } from "../format";
import type {
  AnalysisMode,
  CapInfo,
  Change,
  FlagId,
  Issue,
  PoolResult,
  ProvinceClass,
  RuleFamily,
  RuleSetId,
  StaffingTable,
  Summary,
  Totals,
  Unit,
  UnitResult,
  UnitType,
} from "../types";

export interface AnalyseOptions {
  /** ISO date the rules are taken for (the report date). */
  date: string;
  /** Rule set to use instead of the one in force on `date`. */
  ruleSet?: RuleSetId;
  provinceClass?: ProvinceClass;
  /** ISO date the reorganisation decision takes effect (excess-deputy deadlines); defaults to `date`. */
  decisionDate?: string;
  /** Unit type for units whose sheet says none (e.g. "phong-dang" for a Party body's phòng). */
  unitType?: UnitType;
  /**
   * Caps the user entered, by unit type, for types no text publishes a number for (a commune đảng
   * ủy's bodies): used only where no rule gives a cap, and marked as entered.
   */
  enteredCaps?: Partial<Record<UnitType, number>>;
  /**
   * Whether the units are a Party or a State body's, as the user answered when the sheet does not
   * say: a Party body's units are Party phòng; a State body's are typed by their names.
   */
  family?: RuleFamily;
}

/** The before-state counts attached to a result unit. */
export type BeforeCounts = Totals & { specialists: number };

/** Several rows (a unit's parts, or the members of a merger) added together. */
export interface Aggregate {
  /** Comparison key of `name` (see `textKey`). */
  key: string;
  /** The name as spelt in the table (first row). */
  name: string;
  heads: number;
  deputies: number;
  specialists: number;
  staff: number;
  /** Sum of the quotas present; absent when no row has one. */
  quota?: number;
  contract: number;
  /** Explicit unit type of the first row that has one. */
  unitType?: UnitType;
  /** Sum of the sub-unit counts present; absent when no row has one. */
  subUnits?: number;
  row: number;
  section?: string;
  block?: string;
  rows: Unit[];
}

/**
 * Key under which units are matched: the name, diacritic-, case- and space-insensitive, within its
 * block. "Văn phòng" under "I. SỞ NỘI VỤ" and "Văn phòng" under "II. SỞ TÀI CHÍNH" are two units.
 */
export const unitKey = (name: string, block?: string): string =>
  block === undefined || block === "" ? textKey(name) : `${textKey(name)}\u0000${textKey(block)}`;

/** The key of a unit or a row. */
export const keyOf = (unit: { name: string; block?: string }): string => unitKey(unit.name, unit.block);

/** Whether a unit is the body's own leadership ("Lãnh đạo Sở"): its people count, it is no đầu mối. */
export const isLeadership = (unit: { name: string; unitType?: UnitType }): boolean =>
  unit.unitType === undefined ? isLeadershipName(unit.name) : unit.unitType === "lanh-dao";

/**
 * Totals of a side. `units` counts distinct units (đầu mối): the parts of one unit count once, the
 * body's own leadership not at all.
 */
export function totals(units: readonly Unit[]): Totals {
  const names = new Set<string>();
  let heads = 0;
  let deputies = 0;
  let staff = 0;
  for (const unit of units) {
    if (!isLeadership(unit)) names.add(keyOf(unit));
    heads += unit.heads;
    deputies += unit.deputies;
    staff += unit.staff;
  }
  return { units: names.size, heads, deputies, staff };
}

/** Add the counts of `add` to `target` (quota and sub-units only where given). */
export function addCounts(target: Unit, add: Unit): void {
  target.heads += add.heads;
  target.deputies += add.deputies;
  target.specialists += add.specialists;
  target.staff += add.staff;
  target.contract += add.contract;
  if (add.quota !== undefined) target.quota = (target.quota ?? 0) + add.quota;
  if (add.subUnits !== undefined) target.subUnits = (target.subUnits ?? 0) + add.subUnits;
}

/** Add rows together. `name`, `key`, `row`, `section` and `block` come from `first` (default: the first row). */
export function sumRows(
  key: string,
  name: string,
  rows: readonly Unit[],
  first?: { row: number; section?: string; block?: string },
): Aggregate {
  const agg: Aggregate = {
    key,
    name,
    heads: 0,
    deputies: 0,
    specialists: 0,
    staff: 0,
    contract: 0,
    row: first?.row ?? rows[0]?.row ?? 0,
    rows: [...rows],
  };
  const from = first ?? rows[0];
  if (from?.section !== undefined) agg.section = from.section;
  if (from?.block !== undefined) agg.block = from.block;
  for (const unit of rows) {
    addCounts(agg, unit);
    if (agg.unitType === undefined && unit.unitType !== undefined) agg.unitType = unit.unitType;
  }
  return agg;
}

/** Group rows by unit name (parts of one unit become one), in order of first appearance. */
export function combineParts(units: readonly Unit[]): Aggregate[] {
  const groups = new Map<string, Unit[]>();
  for (const unit of units) {
    const key = keyOf(unit);
    const rows = groups.get(key);
    if (rows) rows.push(unit);
    else groups.set(key, [unit]);
  }
  return [...groups].map(([key, rows]) => sumRows(key, rows[0]?.name ?? "", rows));
}

/**
 * Names that appear in more than one block are shown with it: "Văn phòng (Sở Nội vụ)", so that a
 * report never lists two units under one name.
 */
export function qualifyNames<T extends { name: string; block?: string }>(units: T[]): T[] {
  // The first block each name is seen in, and the names seen in a second one.
  const first = new Map<string, string>();
  const shared = new Set<string>();
  for (const u of units) {
    const key = textKey(u.name);
    const block = textKey(u.block ?? "");
    const seen = first.get(key);
    if (seen === undefined) first.set(key, block);
    else if (seen !== block) shared.add(key);
  }
  if (shared.size === 0) return units;
  return units.map((u) =>
    u.block && shared.has(textKey(u.name)) ? { ...u, name: `${u.name} (${u.block})` } : u,
  );
}

/** The unit type used for the rules: from the sheet, else the caller's default, else from the name, else "phong". */
export function effectiveType(agg: Aggregate, fallback?: UnitType): UnitType {
  return agg.unitType ?? fallback ?? inferUnitType(agg.name) ?? "phong";
}

const FAMILY_LABELS: Record<RuleFamily, string> = { party: "cơ quan Đảng", state: "cơ quan Nhà nước" };

/** The unit type of each unit of a table: `orElse` when neither the sheet nor its name says. */
export type UnitTyper = (agg: Aggregate, orElse?: () => UnitType) => UnitType;

/**
 * How a table's units get their unit types: the sheet's own column first, then the user's choice,
 * else the body the title rows name — a Party body's units are Party phòng; a commune's are its
 * phòng, its public service centre or its đảng ủy's bodies, by name — else the names alone. Says
 * which it was: the family inferred and the cell that says so (info), or, when nothing says whether
 * the units are Party or State ones and some get a State rule from their names alone, a warning
 * naming what was applied.
 */
export function unitTyper(
  opts: AnalyseOptions,
  table: Pick<StaffingTable, "body" | "sheet">,
  units: readonly Aggregate[],
  log: IssueLog,
): UnitTyper {
  const byName: UnitTyper = (agg, orElse) => agg.unitType ?? inferUnitType(agg.name) ?? orElse?.() ?? "phong";
  // The body's own leadership is never a phòng, whatever the default for the sheet's units.
  const typer = (inner: UnitTyper): UnitTyper => {
    return (agg, orElse) =>
      agg.unitType === undefined && isLeadershipName(agg.name) ? "lanh-dao" : inner(agg, orElse);
  };
  if (opts.unitType !== undefined) {
    const chosen = opts.unitType;
    return typer((agg) => agg.unitType ?? chosen);
  }
  const body = table.body;
  if (opts.family !== undefined && opts.family !== body?.family) {
    // The user said which family the body is: nothing inferred, nothing to warn about.
    return typer(opts.family === "party" ? (agg) => agg.unitType ?? "phong-dang" : byName);
  }
  const untyped = units.filter((u) => u.unitType === undefined);
  if (body && untyped.length > 0) {
    log.add({
      level: "info",
      code: "rule-family-inferred",
      params: {
        family: `${FAMILY_LABELS[body.family]}${body.commune ? " cấp xã" : ""}`,
        text: body.text,
      },
      cell: body.cell,
    });
  }
  if (body?.commune) {
    // A commune đảng ủy's units are its bodies; a UBND's, its phòng and centre (by their names).
    const party = body.family === "party";
    return typer((agg) => {
      if (agg.unitType) return agg.unitType;
      const type = inferUnitType(agg.name, true) ?? "phong-xa";
      return party && type !== "xa" ? "co-quan-dang-xa" : type;
    });
  }
  if (body?.family === "party") return typer((agg) => agg.unitType ?? "phong-dang");
  if (!body) {
    let typed: UnitType | undefined;
    for (const u of untyped) {
      const t = byName(u);
      if (t !== "phong-dang" && t !== "lanh-dao") {
        typed = t;
        break;
      }
    }
    if (typed !== undefined) {
      log.add({
        level: "warning",
        code: "rule-family-assumed",
        params: { sheet: table.sheet, unitType: UNIT_TYPE_LABELS[typed].vi },
      });
    }
  }
  return byName;
}

/**
 * Caps that are an average pooled over a body's units (NQ 332/2025 for a commune's phòng and
 * centre) are checked for the group: each unit keeps the average as its cap and no excess of its
 * own; the group gets a {@link PoolResult} and one issue stating the total allowed, the deputies
 * there are and the excess. Call on the final (qualified) units.
 */
export function poolCaps(
  units: UnitResult[],
  log: IssueLog,
  mode: AnalysisMode,
  opts: AnalyseOptions,
): PoolResult[] {
  const groups = new Map<string, UnitResult[]>();
  for (const u of units) {
    if (!u.capInfo?.pooled || u.capInfo.ruleSet === undefined || u.cap === null) continue;
    const key = `${u.capInfo.ruleSet}|${textKey(u.block ?? "")}`;
    const list = groups.get(key);
    if (list) list.push(u);
    else groups.set(key, [u]);
  }
  const pools: PoolResult[] = [];
  for (const group of groups.values()) {
    const first = group[0] as UnitResult & { capInfo: CapInfo & { ruleSet: RuleSetId }; cap: number };
    const cap = group.reduce((s, u) => s + (u.cap ?? 0), 0);
    const deputies = group.reduce((s, u) => s + u.deputies, 0);
    for (const u of group) {
      u.excess = 0;
      u.flags = u.flags.filter((f) => f !== "deputies-over-cap");
      delete u.deadline;
    }
    const pool: PoolResult = {
      ruleSet: first.capInfo.ruleSet,
      source: first.capInfo.source,
      confidence: first.capInfo.confidence,
      average: first.cap,
      units: group.map((u) => u.name),
      cap,
      deputies,
      excess: Math.max(0, deputies - cap),
    };
    if (first.block !== undefined) pool.block = first.block;
    if (mode !== "check" && pool.excess > 0) {
      const deadline = deadlineOf(pool.ruleSet, opts, log);
      if (deadline) pool.deadline = deadline;
    }
    pools.push(pool);
    log.add({
      level: pool.excess > 0 ? "warning" : "info",
      code: "pooled-cap",
      params: {
        rule: pool.source,
        average: pool.average,
        count: group.length,
        units: pool.units.join(", "),
        cap,
        deputies,
        excess: pool.excess,
      },
    });
  }
  return pools;
}

/** QĐ 137-QĐ/TW: the deputies of a tỉnh ủy's advisory bodies together (reported; QĐ 329 not read). */
const PARTY_DEPUTIES_TOTAL = {
  cap: 18,
  source: "Quy định 137-QĐ/TW (theo báo chí; Quy định 329-QĐ/TW chưa đối chiếu được)",
};

/**
 * Limits over a whole body, checked when the table lists the body's leadership ("Lãnh đạo Sở"):
 * no unit has more deputies than its body's leadership (NĐ 370/2025, KL 187), flagged
 * `deputies-over-parent`; and the leaderships of a tỉnh ủy's advisory bodies have at most
 * {@link PARTY_DEPUTIES_TOTAL} deputies together (a warning). Call on the final units.
 */
export function bodyLimits(units: UnitResult[], log: IssueLog): void {
  const leaders = new Map<string, UnitResult>();
  for (const u of units) if (u.unitType === "lanh-dao") leaders.set(textKey(u.block ?? ""), u);
  if (leaders.size === 0) return;
  const partyBodies = new Set<UnitResult>();
  for (const u of units) {
    const leader = u.unitType === "lanh-dao" ? undefined : leaders.get(textKey(u.block ?? ""));
    if (leader === undefined) continue;
    if (u.deputies > leader.deputies) u.flags.push("deputies-over-parent");
    if (u.unitType === "phong-dang") partyBodies.add(leader);
  }
  let partyDeputies = 0;
  for (const leader of partyBodies) partyDeputies += leader.deputies;
  if (partyDeputies > PARTY_DEPUTIES_TOTAL.cap) {
    log.add({
      level: "warning",
      code: "party-deputies-total",
      params: { deputies: partyDeputies, ...PARTY_DEPUTIES_TOTAL },
    });
  }
}

/**
 * The deadline for excess deputies under a rule set, from the decision date (else the report
 * date, with a warning that it moves); when two texts set one (5 years and KL 187's end of 2030),
 * the earlier, with a note naming both.
 */
function deadlineOf(ruleSet: RuleSetId, opts: AnalyseOptions, log: IssueLog): string | undefined {
  const deadline = excessDeadline(ruleSet, opts.decisionDate ?? opts.date);
  if (!deadline) return undefined;
  if (deadline.fromDecision && opts.decisionDate === undefined) {
    log.add({
      level: "warning",
      code: "deadline-from-report-date",
      params: { date: formatDateShort(opts.date) },
    });
  }
  if (deadline.other) {
    log.add({
      level: "info",
      code: "deadline-both",
      params: {
        date: formatDateShort(deadline.date),
        source: deadline.source,
        otherDate: formatDateShort(deadline.other.date),
        otherSource: deadline.other.source,
      },
    });
  }
  return deadline.date;
}

export function beforeCounts(agg: Aggregate): BeforeCounts {
  return {
    units: 1,
    heads: agg.heads,
    deputies: agg.deputies,
    staff: agg.staff,
    specialists: agg.specialists,
  };
}

/** One figure before and after. */
export function change(before: number, after: number | null): Change {
  if (after === null) return { before, after: null, cut: null, rate: null };
  const cut = before - after;
  return { before, after, cut, rate: before === 0 ? null : cut / before };
}

export function summaryOf(before: Totals, after: Totals | null): Summary {
  return {
    units: change(before.units, after ? after.units : null),
    heads: change(before.heads, after ? after.heads : null),
    deputies: change(before.deputies, after ? after.deputies : null),
    staff: change(before.staff, after ? after.staff : null),
  };
}

/** Totals of result units (each result is one unit). */
export function resultTotals(units: readonly UnitResult[]): Totals {
  let count = 0;
  let heads = 0;
  let deputies = 0;
  let staff = 0;
  for (const unit of units) {
    if (unit.unitType !== "lanh-dao") count++;
    heads += unit.heads;
    deputies += unit.deputies;
    staff += unit.staff;
  }
  return { units: count, heads, deputies, staff };
}

/** Issues collected during one analysis, with de-duplication by key. */
export class IssueLog {
  readonly issues: Issue[] = [];
  private readonly seen = new Set<string>();

  add(issue: Issue, key?: string): void {
    const dedupe = key ?? issueKey(issue);
    if (this.seen.has(dedupe)) return;
    this.seen.add(dedupe);
    this.issues.push(issue);
  }
}

/** Same code and same params (in any order) give the same key. */
export function issueKey(issue: Issue): string {
  const params = Object.entries(issue.params ?? {}).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `${issue.code}|${issue.level}|${JSON.stringify(params)}`;
}

/** What the caller knows about a result unit beyond its counts. */
export interface EvaluateExtra {
  unitType: UnitType;
  /** Names of the units merged into this one. */
  mergedFrom: string[];
  /** Number of distinct source units, when the unit results from a merger (≥ 2). */
  mergedCount?: number;
  before?: BeforeCounts;
}

/** Why a unit can have no cap from the rules: a warning, and where an entered cap may stand in. */
const CAP_MISSING: ReadonlySet<string> = new Set([
  "no-rule-in-force",
  "rule-not-applicable",
  "no-published-cap",
]);

/** Evaluates result units of one table against the rules. */
export class Evaluator {
  readonly log = new IssueLog();

  constructor(
    private readonly sheet: string,
    private readonly mode: AnalysisMode,
    private readonly opts: AnalyseOptions,
  ) {}

  evaluate(agg: Aggregate, extra: EvaluateExtra): UnitResult {
    const { opts } = this;
    const unitType = extra.unitType;
    const party = PARTY_UNIT_TYPES.has(unitType);
    const basis = party ? agg.staff : (agg.quota ?? agg.staff);
    const basisKind: CapQuery["basisKind"] = party ? "people" : agg.quota !== undefined ? "quota" : "staff";
    const query: CapQuery = { unitType, basis, basisKind, date: opts.date, unitName: agg.name };
    if (opts.ruleSet !== undefined) query.ruleSet = opts.ruleSet;
    if (opts.provinceClass !== undefined) query.provinceClass = opts.provinceClass;
    if (agg.subUnits !== undefined) query.subUnits = agg.subUnits;
    if (extra.mergedCount !== undefined) query.mergedFrom = extra.mergedCount;

    if (unitType === "lanh-dao") return this.leadership(agg, extra);
    let capInfo: CapInfo | undefined;
    const capped = deputyCap(query);
    const entered = opts.enteredCaps?.[unitType];
    const typeLabel = UNIT_TYPE_LABELS[unitType].vi;
    if (capped.ok) {
      capInfo = capped.value.info;
      for (const note of capped.value.notes) this.log.add(note);
      if (entered !== undefined && capInfo.ruleSet !== undefined) {
        const ruleSet = RULE_SETS[capInfo.ruleSet].title.vi;
        this.log.add({
          level: "warning",
          code: "entered-cap-ignored",
          params: { unitType: typeLabel, unitTypeId: unitType, cap: entered, ruleSet },
        });
      }
    } else if (entered !== undefined && CAP_MISSING.has(capped.issue.code)) {
      capInfo = {
        cap: entered,
        source: `Định mức do người dùng nhập cho “${typeLabel}” (chưa có văn bản công bố định mức)`,
        confidence: "unsettled",
        basis,
        basisKind,
        entered: true,
      };
      this.log.add({
        level: "warning",
        code: "cap-entered",
        params: { unitType: typeLabel, unitTypeId: unitType, cap: entered },
      });
    } else {
      const ruleSet = opts.ruleSet ?? defaultRuleSet(unitType, opts.date) ?? "-";
      // A unit with no rule for its type on the date keeps a blank cap and the reason: a warning,
      // not an error that fails the whole table (a Thanh tra sở after mid-2025).
      const missing = CAP_MISSING.has(capped.issue.code);
      const issue: Issue = { ...capped.issue, ...(missing ? { level: "warning" as const } : {}) };
      if (issue.cell === undefined) issue.cell = rowAddress(this.sheet, agg.row);
      this.log.add(issue, `cap-failure|${issue.code}|${unitType}|${ruleSet}`);
    }

    const cap = capInfo ? capInfo.cap : null;
    const excess = cap === null ? 0 : Math.max(0, agg.deputies - cap);

    const flags: FlagId[] = [];
    if (agg.staff > 0 && agg.specialists === 0) flags.push("leaders-only");
    if (agg.specialists > 0 && agg.heads + agg.deputies > agg.specialists) {
      flags.push("leaders-exceed-specialists");
    }
    if (excess > 0) flags.push("deputies-over-cap");
    // KL 187 (29/8/2025): deputies at most half the assigned quota; not before its date.
    if (opts.date >= KL187_RULE.from && agg.deputies * 2 > (agg.quota ?? agg.staff)) {
      flags.push("deputies-over-half-quota");
    }
    const ruleSet = capInfo?.ruleSet ?? opts.ruleSet ?? defaultRuleSet(unitType, opts.date);
    const minimum = ruleSet === undefined ? undefined : minimumSize(unitType, ruleSet, opts.provinceClass);
    if (minimum && basis < minimum.min) flags.push("below-minimum-size");

    const result: UnitResult = {
      name: agg.name,
      heads: agg.heads,
      deputies: agg.deputies,
      specialists: agg.specialists,
      staff: agg.staff,
      contract: agg.contract,
      unitType,
      cap,
      excess,
      deputyRatio: agg.heads === 0 ? null : agg.deputies / agg.heads,
      leaderShare: agg.staff === 0 ? null : (agg.heads + agg.deputies) / agg.staff,
      flags,
      mergedFrom: extra.mergedFrom,
      row: agg.row,
    };
    if (agg.quota !== undefined) result.quota = agg.quota;
    if (capInfo) result.capInfo = capInfo;
    if (this.mode !== "check" && excess > 0 && capInfo?.ruleSet !== undefined) {
      const deadline = deadlineOf(capInfo.ruleSet, opts, this.log);
      if (deadline) result.deadline = deadline;
    }
    if (extra.before) result.before = extra.before;
    if (agg.section !== undefined) result.section = agg.section;
    if (agg.block !== undefined) result.block = agg.block;
    return result;
  }

  /**
   * The body's own leadership: no phòng cap, no phòng flags, not a đầu mối. Its deputies bound its
   * units' (see {@link bodyLimits}).
   */
  private leadership(agg: Aggregate, extra: EvaluateExtra): UnitResult {
    this.log.add({
      level: "info",
      code: "body-leadership",
      params: { unit: agg.name, deputies: agg.deputies },
      cell: rowAddress(this.sheet, agg.row),
    });
    const result: UnitResult = {
      name: agg.name,
      heads: agg.heads,
      deputies: agg.deputies,
      specialists: agg.specialists,
      staff: agg.staff,
      contract: agg.contract,
      unitType: "lanh-dao",
      cap: null,
      excess: 0,
      deputyRatio: agg.heads === 0 ? null : agg.deputies / agg.heads,
      leaderShare: null,
      flags: [],
      mergedFrom: extra.mergedFrom,
      row: agg.row,
    };
    if (agg.quota !== undefined) result.quota = agg.quota;
    if (extra.before) result.before = extra.before;
    if (agg.section !== undefined) result.section = agg.section;
    if (agg.block !== undefined) result.block = agg.block;
    return result;
  }

  /**
   * What every analysis does once its units are evaluated: names made unique where two bodies
   * share one, the limits of each body checked, pooled caps checked for their group, and one info
   * issue when caps of state units had to be computed on staff because `table` has no quota at all.
   */
  conclude(table: StaffingTable, results: UnitResult[]): { units: UnitResult[]; pools: PoolResult[] } {
    const noQuota = table.units.every((unit) => unit.quota === undefined);
    if (noQuota && results.some((unit) => !PARTY_UNIT_TYPES.has(unit.unitType))) {
      this.log.issues.unshift({ level: "info", code: "quota-assumed-from-staff" });
    }
    const units = qualifyNames(results);
    bodyLimits(units, this.log);
    return { units, pools: poolCaps(units, this.log, this.mode, this.opts) };
  }
}
