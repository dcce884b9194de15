/**
 * The excess deputies by name (issue 15): from the deputies of the units over their cap (after a
 * merger plan, or as they are), each deputy's retirement date in normal conditions (retirement.ts),
 * and year by year from the decision date to the deadline: the excess at the start of the year, the
 * deputies retiring in it, and the excess left at its end. A unit's excess falls by one for each of
 * its deputies who retires (never below 0); what is left at the deadline must be resolved another
 * way (transfer, early retirement, a post elsewhere), and the deputies who are still there are the
 * names to decide among.
 *
 * Pure: `excessPlan` takes plain data; `excessInput` builds it from a roster read with its people
 * and the check or plan analysis of the same table.
 */
import { addYears } from "../format";
import { textKey } from "../text/normalize";
import type { Analysis, Person, Sex, StaffingTable } from "../types";
import { retirementDate, type Age, type RetirementRule } from "./retirement";

/** A deputy of a unit (after the plan, when there is one). */
export interface Deputy {
  name: string;
  /** The unit the person is a deputy of: an {@link ExcessUnit}'s `name`. */
  unit: string;
  block?: string;
  birthDate?: string;
  sex?: Sex;
  /** Sheet row, for cell addresses. */
  row?: number;
  /** A head of a unit merged into another, kept as a deputy (nobody is demoted by a merger). */
  formerHead?: boolean;
}

/** A unit (or a pooled group of units) with its cap and the excess at the decision date. */
export interface ExcessUnit {
  name: string;
  block?: string;
  cap: number | null;
  excess: number;
  /** This unit's own deadline (ISO), when it differs from the plan's. */
  deadline?: string;
  /** For a pooled cap: the units whose deputies count together. */
  members?: string[];
}

export interface ExcessPlanInput {
  deputies: readonly Deputy[];
  units: readonly ExcessUnit[];
  /** ISO date the decision takes effect. */
  decisionDate: string;
  /** ISO date by which the excess must be resolved (a unit's own `deadline` wins). */
  deadline: string;
}

export interface PlannedPerson {
  name: string;
  unit: string;
  block?: string;
  row?: number;
  birthDate?: string;
  sex?: Sex;
  formerHead?: boolean;
  /** Retirement age and dates (absent when the birth date or the sex is unknown). */
  age?: Age;
  /** Thời điểm nghỉ hưu (ISO): the last day of the month the age is reached. */
  retirementDate?: string;
  pensionFrom?: string;
  /** The unit's deadline that applies to this person. */
  deadline: string;
  /** Retires on or before the deadline (counted against the unit's excess). */
  retiresBeforeDeadline: boolean;
  /** Past the retirement age already at the decision date: counted as leaving in the decision year. */
  pastRetirementAge?: boolean;
  /** Why no retirement date could be computed. */
  missing?: "birth-date" | "sex" | "both";
  /**
   * Still there at the deadline in a unit with excess left: among the names needing another solution
   * (the unit's `remaining` of them must go some other way).
   */
  needsSolution: boolean;
}

export interface PlanYear {
  year: number;
  /** Excess deputies of all the units at the start of the year (at the decision date in its year). */
  excess: number;
  /** Deputies of the units in excess retiring in the year (by the deadline in the deadline's year). */
  retiring: { name: string; unit: string; date: string }[];
  /** Excess left at the end of the year (at the deadline in the deadline's year). */
  remaining: number;
}

export interface PlanUnit {
  name: string;
  block?: string;
  cap: number | null;
  deputies: number;
  /** Excess at the decision date. */
  excess: number;
  deadline: string;
  /** Deputies retiring by the deadline. */
  retiring: number;
  /** Excess left at the deadline: max(0, excess − retiring). */
  remaining: number;
  /** The deputies still there at the deadline when excess is left: `remaining` of them must go. */
  candidates: string[];
  /** Excess left that no listed deputy accounts for (the roster names fewer deputies than the count). */
  unnamed: number;
}

export interface ExcessPlan {
  decisionDate: string;
  deadline: string;
  years: PlanYear[];
  units: PlanUnit[];
  people: PlannedPerson[];
  /** Excess at the decision date, and left at the last deadline. */
  excess: number;
  remaining: number;
  /** The people still there at the deadline in units with excess left, in unit order. */
  needingSolution: PlannedPerson[];
  /** The retirement rules applied, for citations. */
  rules: RetirementRule[];
}

const yearOf = (iso: string): number => Number(iso.slice(0, 4));
const unitMatch = (name: string, block?: string): string => `${textKey(block ?? "")}\u0000${textKey(name)}`;

/** Year-by-year excess of the units over their cap, resolved by retirements, with every deputy by name. */
export function excessPlan(input: ExcessPlanInput): ExcessPlan {
  const { decisionDate } = input;
  const excessUnits = input.units.filter((u) => u.excess > 0);
  const byKey = new Map<string, ExcessUnit>();
  const byName = new Map<string, ExcessUnit[]>();
  for (const u of excessUnits) {
    for (const name of [u.name, ...(u.members ?? [])]) {
      byKey.set(unitMatch(name, u.block), u);
      const list = byName.get(textKey(name)) ?? [];
      list.push(u);
      byName.set(textKey(name), list);
    }
  }
  const unitOf = (d: Deputy): ExcessUnit | undefined => {
    const exact = byKey.get(unitMatch(d.unit, d.block));
    if (exact) return exact;
    const named = byName.get(textKey(d.unit)) ?? [];
    return named.length === 1 ? named[0] : undefined;
  };

  const rules = new Map<string, RetirementRule>();
  const people: PlannedPerson[] = [];
  const peopleOf = new Map<ExcessUnit, PlannedPerson[]>();
  for (const u of excessUnits) peopleOf.set(u, []);
  for (const d of input.deputies) {
    const unit = unitOf(d);
    if (!unit) continue;
    const deadline = unit.deadline ?? input.deadline;
    const p: PlannedPerson = {
      name: d.name,
      unit: unit.name,
      deadline,
      retiresBeforeDeadline: false,
      needsSolution: false,
    };
    if (unit.block !== undefined) p.block = unit.block;
    if (d.row !== undefined) p.row = d.row;
    if (d.birthDate !== undefined) p.birthDate = d.birthDate;
    if (d.sex !== undefined) p.sex = d.sex;
    if (d.formerHead) p.formerHead = true;
    const r =
      d.birthDate !== undefined && d.sex !== undefined ? retirementDate(d.birthDate, d.sex) : undefined;
    if (r) {
      p.age = r.age;
      p.retirementDate = r.retirementDate;
      p.pensionFrom = r.pensionFrom;
      p.retiresBeforeDeadline = r.retirementDate <= deadline;
      if (r.retirementDate < decisionDate) p.pastRetirementAge = true;
      rules.set(`${r.rule.id}/${r.rule.sex}`, r.rule);
    } else {
      const noBirth = d.birthDate === undefined || !/^\d{4}-\d{2}-\d{2}$/.test(d.birthDate);
      const noSex = d.sex === undefined;
      p.missing = noBirth && noSex ? "both" : noBirth ? "birth-date" : "sex";
    }
    people.push(p);
    peopleOf.get(unit)?.push(p);
  }
  // Earliest retirement first within a unit; unknown dates last, then by name.
  const order = (a: PlannedPerson, b: PlannedPerson): number =>
    (a.retirementDate ?? "9999").localeCompare(b.retirementDate ?? "9999") ||
    a.name.localeCompare(b.name, "vi");
  for (const list of peopleOf.values()) list.sort(order);

  // When each retirement counts: on its date, or at the decision for those already past the age.
  const leaves = (p: PlannedPerson): string | undefined =>
    p.retiresBeforeDeadline && p.retirementDate !== undefined
      ? p.retirementDate < decisionDate
        ? decisionDate
        : p.retirementDate
      : undefined;

  const units: PlanUnit[] = excessUnits.map((u) => {
    const list = peopleOf.get(u) ?? [];
    const retiring = list.filter((p) => leaves(p) !== undefined).length;
    const remaining = Math.max(0, u.excess - retiring);
    const staying = list.filter((p) => leaves(p) === undefined);
    if (remaining > 0) for (const p of staying) p.needsSolution = true;
    const out: PlanUnit = {
      name: u.name,
      cap: u.cap,
      deputies: list.length,
      excess: u.excess,
      deadline: u.deadline ?? input.deadline,
      retiring,
      remaining,
      candidates: remaining > 0 ? staying.map((p) => p.name) : [],
      unnamed: remaining > 0 ? Math.max(0, remaining - staying.length) : 0,
    };
    if (u.block !== undefined) out.block = u.block;
    return out;
  });

  const lastDeadline = units.reduce((max, u) => (u.deadline > max ? u.deadline : max), input.deadline);
  const years: PlanYear[] = [];
  const left = new Map<ExcessUnit, number>(excessUnits.map((u) => [u, u.excess]));
  const total = () => [...left.values()].reduce((s, n) => s + n, 0);
  for (let year = yearOf(decisionDate); year <= yearOf(lastDeadline); year++) {
    const start = total();
    const retiring: PlanYear["retiring"] = [];
    for (const u of excessUnits) {
      for (const p of peopleOf.get(u) ?? []) {
        const date = leaves(p);
        if (date === undefined || yearOf(date) !== year) continue;
        retiring.push({ name: p.name, unit: p.unit, date: p.retirementDate as string });
        left.set(u, Math.max(0, (left.get(u) ?? 0) - 1));
      }
    }
    retiring.sort((a, b) => a.date.localeCompare(b.date) || a.name.localeCompare(b.name, "vi"));
    years.push({ year, excess: start, retiring, remaining: total() });
  }

  const needingSolution = excessUnits.flatMap((u) => (peopleOf.get(u) ?? []).filter((p) => p.needsSolution));
  return {
    decisionDate,
    deadline: input.deadline,
    years,
    units,
    people: excessUnits.flatMap((u) => peopleOf.get(u) ?? []),
    excess: excessUnits.reduce((s, u) => s + u.excess, 0),
    remaining: units.reduce((s, u) => s + u.remaining, 0),
    needingSolution,
    rules: [...rules.values()],
  };
}

/** A name shown with its block by the analysis ("Văn phòng (Sở Nội vụ)"), without it. */
function baseName(name: string, block?: string): string {
  const suffix = block ? ` (${block})` : "";
  return suffix && name.endsWith(suffix) ? name.slice(0, -suffix.length) : name;
}

/**
 * The input of {@link excessPlan} from a roster read with its people and the analysis of the same
 * table (`check`: units as they are; `plan`: after the merge column). In a plan, a person moves with
 * the row of their unit (and part); the heads of the units merged into another are kept as deputies
 * (the target's own head stays head; when the target is a new unit, the first head listed does).
 */
export function excessInput(
  table: StaffingTable,
  analysis: Analysis,
  dates: { decisionDate: string; deadline?: string },
): ExcessPlanInput {
  const people = table.people ?? [];
  // Where each row of the table goes (plan mode): its merge target, else its own unit.
  const rowTarget = new Map<string, string>();
  for (const u of table.units) {
    const key = `${unitMatch(u.name, u.block)}\u0000${textKey(u.part ?? "")}`;
    rowTarget.set(key, analysis.mode === "plan" && u.mergeInto ? u.mergeInto : u.name);
  }
  const targetOf = (p: Person): string =>
    rowTarget.get(`${unitMatch(p.unit, p.block)}\u0000${textKey(p.part ?? "")}`) ?? p.unit;

  // Result units by their (unqualified) name and block.
  const results = analysis.units.map((u) => ({ u, base: baseName(u.name, u.block) }));
  const resultOf = (p: Person) => {
    const target = targetOf(p);
    const named = results.filter((r) => textKey(r.base) === textKey(target));
    return (
      named.find((r) => textKey(r.u.block ?? "") === textKey(p.block ?? "")) ??
      (named.length === 1 ? named[0] : undefined)
    );
  };

  const deputies: Deputy[] = [];
  const headsByResult = new Map<string, { p: Person; own: boolean }[]>();
  for (const p of people) {
    const r = resultOf(p);
    if (!r) continue;
    if (p.role === "deputy") deputies.push(deputyOf(p, r.u.name, r.u.block));
    else if (p.role === "head" && analysis.mode === "plan" && r.u.mergedFrom.length > 0) {
      const list = headsByResult.get(r.u.name) ?? [];
      list.push({ p, own: textKey(p.unit) === textKey(r.base) });
      headsByResult.set(r.u.name, list);
    }
  }
  for (const [name, heads] of headsByResult) {
    const stays = heads.find((h) => h.own) ?? heads[0];
    const block = results.find((r) => r.u.name === name)?.u.block;
    for (const h of heads)
      if (h !== stays) deputies.push({ ...deputyOf(h.p, name, block), formerHead: true });
  }

  // Units over their own cap, and pooled groups over theirs.
  const pooled = new Set(analysis.pools.flatMap((pool) => pool.units));
  const units: ExcessUnit[] = analysis.units
    .filter((u) => u.excess > 0 && !pooled.has(u.name))
    .map((u) => ({
      name: u.name,
      cap: u.cap,
      excess: u.excess,
      ...(u.block !== undefined ? { block: u.block } : {}),
      ...(u.deadline ? { deadline: u.deadline } : {}),
    }));
  for (const pool of analysis.pools) {
    if (pool.excess <= 0) continue;
    units.push({
      name: pool.units.join(" + "),
      cap: pool.cap,
      excess: pool.excess,
      members: pool.units,
      ...(pool.block !== undefined ? { block: pool.block } : {}),
      ...(pool.deadline ? { deadline: pool.deadline } : {}),
    });
  }
  // Deputies of pooled units are matched by their unit's name among the pool's members.
  const deadline =
    dates.deadline ??
    units.map((u) => u.deadline).find((d): d is string => d !== undefined) ??
    // No rule gives one: five years from the decision (the State's transition, DESIGN §5).
    addYears(dates.decisionDate, 5);
  return { deputies, units, decisionDate: dates.decisionDate, deadline };
}

function deputyOf(p: Person, unit: string, block?: string): Deputy {
  const d: Deputy = { name: p.name, unit, row: p.row };
  if (block !== undefined) d.block = block;
  if (p.birthDate !== undefined) d.birthDate = p.birthDate;
  if (p.sex !== undefined) d.sex = p.sex;
  return d;
}
