/**
 * Proposals (issue 15): mergers that meet the rules, searched rather than drawn by hand.
 *
 * The table is checked as it is; the units below their legal minimum size must be fixed. Within each
 * group of units that may merge (the same parent body and the same rule family: never across them),
 * candidate plans move those units, and up to {@link EXTRA_MERGES} others, each into a unit that
 * stays. Every candidate is judged by the engine itself (`plan` on the units it touches), and ranked:
 * fewest units still below the minimum, then fewest excess deputies, then fewest units, then fewest
 * people moved. Small groups are searched exhaustively; a group whose candidates exceed
 * {@link SEARCH_LIMIT} is searched greedily, and the result says so. Doing nothing is a candidate
 * too, so no proposal ranks below it.
 */
import { defaultRuleSet, minimumSize, PARTY_UNIT_TYPES } from "../rules";
import { textKey } from "../text/normalize";
import type { Analysis, StaffingTable, Unit, UnitResult } from "../types";
import { check } from "./check";
import { plan } from "./plan";
import type { AnalyseOptions } from "./units";

/** Units merged beyond those that must be fixed, at the most (alternatives with fewer units). */
export const EXTRA_MERGES = 2;
/** Candidates judged per group before the search turns greedy. */
export const SEARCH_LIMIT = 20_000;

export interface ProposeOptions {
  /** How many proposals to return (best first); default 8 (the best, the best of each number of units, then other sets of units merged). */
  maxOptions?: number;
  /** Units that must stay as they are (never merged into another; they may receive). */
  keep?: readonly string[];
  /** Pairs of units that must never end up in one unit. */
  apart?: readonly (readonly [string, string])[];
}

export interface Merge {
  into: string;
  from: string[];
}

/** How good a plan is; lower is better, field by field in this order. */
export interface Score {
  belowMinimum: number;
  excess: number;
  units: number;
  moved: number;
}

/** One unit merged away, for the one-line explanation of a proposal. */
export interface Move {
  name: string;
  into: string;
  staff: number;
  /** The legal minimum the unit is below, when it is. */
  minimum?: number;
}

export interface Proposal {
  merges: Merge[];
  moves: Move[];
  score: Score;
  /** The engine's analysis of the whole table under this plan (plan mode). */
  analysis: Analysis;
}

export interface ProposeResult {
  /** The table as it is (check mode). */
  current: Analysis;
  proposals: Proposal[];
  /** Units below the minimum that no permitted merger fixes, with the reason. */
  unfixable: { name: string; block?: string; reason: "alone" | "kept" | "not-enough" }[];
  /** Groups searched greedily (too many candidates), by their parent body ("" when none). */
  bounded: string[];
}

/** One unit of the table: its rows (a unit listed in parts has several). */
interface Member {
  key: string;
  name: string;
  block?: string;
  rows: Unit[];
  staff: number;
  below: boolean;
  /** The minimum size of its type under the rules applied, when known. */
  minimum?: number;
  family: "party" | "state";
  kept: boolean;
}

/** One plan within a group: `into[i]` is the index (in the group) a member merges into, or -1. */
interface Candidate {
  into: number[];
  score: Score;
}

const memberKey = (u: { name: string; block?: string }): string =>
  `${textKey(u.block ?? "")}\u0000${textKey(u.name)}`;

export function propose(table: StaffingTable, opts: AnalyseOptions, p: ProposeOptions = {}): ProposeResult {
  const maxOptions = Math.max(1, p.maxOptions ?? 8);
  const current = check(table, opts);
  const keep = new Set((p.keep ?? []).map(textKey));
  const apart = (p.apart ?? []).map(([a, b]) => [textKey(a), textKey(b)] as const);
  const results = new Map(current.units.map((u) => [memberKey(u), u] as const));

  // Units (all their rows), in table order, grouped by parent body and rule family.
  const members = new Map<string, Member>();
  for (const row of table.units) {
    const key = memberKey(row);
    const m = members.get(key);
    if (m) m.rows.push(row);
    else {
      // A name repeated in other blocks is qualified in the results: "Phòng Tổng hợp (SỞ NỘI VỤ)".
      const result =
        results.get(key) ??
        results.get(memberKey({ name: `${row.name} (${row.block ?? ""})`, block: row.block }));
      const ruleSet =
        result && (result.capInfo?.ruleSet ?? opts.ruleSet ?? defaultRuleSet(result.unitType, opts.date));
      const minimum =
        result && ruleSet ? minimumSize(result.unitType, ruleSet, opts.provinceClass) : undefined;
      members.set(key, {
        key,
        name: row.name,
        ...(row.block !== undefined ? { block: row.block } : {}),
        rows: [row],
        staff: result?.staff ?? 0,
        below: result?.flags.includes("below-minimum-size") ?? false,
        ...(minimum ? { minimum: minimum.min } : {}),
        family: result && PARTY_UNIT_TYPES.has(result.unitType) ? "party" : "state",
        kept: keep.has(textKey(row.name)),
      });
    }
  }
  const groups = new Map<string, Member[]>();
  for (const m of members.values()) {
    const key = `${textKey(m.block ?? "")}|${m.family}`;
    const list = groups.get(key);
    if (list) list.push(m);
    else groups.set(key, [m]);
  }

  const judge = new Judge(table, opts);
  const bounded: string[] = [];
  const unfixable: ProposeResult["unfixable"] = [];
  const perGroup: { members: Member[]; candidates: Candidate[] }[] = [];
  for (const group of groups.values()) {
    const search = searchGroup(group, judge, apart, maxOptions);
    if (search.bounded) bounded.push(group[0]?.block ?? "");
    perGroup.push({ members: group, candidates: search.candidates });
    const best = search.candidates[0];
    group.forEach((m, i) => {
      if (!m.below) return;
      if (m.kept) unfixable.push({ name: m.name, ...blockOf(m), reason: "kept" });
      else if (group.length === 1) unfixable.push({ name: m.name, ...blockOf(m), reason: "alone" });
      else if (best && judge.stillBelow(group, best.into, i))
        unfixable.push({ name: m.name, ...blockOf(m), reason: "not-enough" });
    });
  }

  const choices = combine(perGroup, maxOptions);
  const proposals = choices.map((choice) => {
    const merges: Merge[] = [];
    const moves: Move[] = [];
    const mergeInto = new Map<Unit, string>();
    perGroup.forEach(({ members: group }, g) => {
      const into = (choice[g] as Candidate).into;
      group.forEach((target, t) => {
        const from = group.filter((_, i) => into[i] === t);
        if (from.length === 0) return;
        merges.push({ into: target.name, from: from.map((m) => m.name) });
        for (const m of from)
          moves.push({
            name: m.name,
            into: target.name,
            staff: m.staff,
            ...(m.below && m.minimum !== undefined ? { minimum: m.minimum } : {}),
          });
        for (const m of from) for (const row of m.rows) mergeInto.set(row, target.name);
      });
    });
    const analysis = plan(withMerges(table, mergeInto), opts);
    return { merges, moves, score: totalScore(choice), analysis };
  });
  return { current, proposals, unfixable, bounded };
}

const blockOf = (m: Member): { block?: string } => (m.block !== undefined ? { block: m.block } : {});

/** The table with its rows' merge targets set (and no other change). */
function withMerges(table: StaffingTable, mergeInto: ReadonlyMap<Unit, string>): StaffingTable {
  return {
    ...table,
    mapping: { ...table.mapping, mergeInto: table.mapping.mergeInto ?? [] },
    units: table.units.map((row) => {
      const { mergeInto: _, ...rest } = row;
      const target = mergeInto.get(row);
      return target === undefined ? rest : { ...rest, mergeInto: target };
    }),
  };
}

/** Judges plans of one group with the engine, unit by unit (cached), or the whole group where caps are pooled. */
class Judge {
  private readonly cache = new Map<string, UnitResult | undefined>();
  private readonly groupCache = new Map<string, Analysis>();

  constructor(
    private readonly table: StaffingTable,
    private readonly opts: AnalyseOptions,
  ) {}

  score(group: readonly Member[], into: readonly number[]): Score {
    if (this.pooled(group)) return scoreOf(this.groupAnalysis(group, into), group, into);
    const score: Score = { belowMinimum: 0, excess: 0, units: 0, moved: 0 };
    group.forEach((m, t) => {
      if (into[t] !== -1) {
        score.moved += m.staff;
        return;
      }
      const unit = this.unit(group, t, into);
      score.units++;
      if (unit?.flags.includes("below-minimum-size")) score.belowMinimum++;
      score.excess += unit?.excess ?? 0;
    });
    return score;
  }

  /** Whether member `i` (merged or not) ends in a unit still below the minimum. */
  stillBelow(group: readonly Member[], into: readonly number[], i: number): boolean {
    const t = into[i] === -1 ? i : (into[i] as number);
    if (this.pooled(group)) {
      const name = textKey((group[t] as Member).name);
      const unit = this.groupAnalysis(group, into).units.find((u) => textKey(u.name) === name);
      return unit?.flags.includes("below-minimum-size") ?? false;
    }
    return this.unit(group, t, into)?.flags.includes("below-minimum-size") ?? false;
  }

  /** The unit that member `t` (staying) becomes with the members merged into it. */
  private unit(group: readonly Member[], t: number, into: readonly number[]): UnitResult | undefined {
    const from = group.map((_, i) => i).filter((i) => into[i] === t);
    const key = `${(group[t] as Member).key}|${from.map((i) => (group[i] as Member).key).join("|")}`;
    if (this.cache.has(key)) return this.cache.get(key);
    const target = group[t] as Member;
    const mergeInto = new Map<Unit, string>();
    const rows = [...target.rows];
    for (const i of from)
      for (const row of (group[i] as Member).rows) {
        rows.push(row);
        mergeInto.set(row, target.name);
      }
    const analysis = plan(withMerges({ ...this.table, units: rows }, mergeInto), this.opts);
    const unit = analysis.units.find((u) => memberKey(u) === target.key) ?? analysis.units[0];
    this.cache.set(key, unit);
    return unit;
  }

  private pooled(group: readonly Member[]): boolean {
    return (
      this.groupAnalysis(
        group,
        group.map(() => -1),
      ).pools.length > 0
    );
  }

  private groupAnalysis(group: readonly Member[], into: readonly number[]): Analysis {
    const key = into.join(",") + `|${group[0]?.key ?? ""}`;
    const cached = this.groupCache.get(key);
    if (cached) return cached;
    const mergeInto = new Map<Unit, string>();
    group.forEach((m, i) => {
      const t = into[i] as number;
      if (t !== -1) for (const row of m.rows) mergeInto.set(row, (group[t] as Member).name);
    });
    const rows = group.flatMap((m) => m.rows);
    const analysis = plan(withMerges({ ...this.table, units: rows }, mergeInto), this.opts);
    this.groupCache.set(key, analysis);
    return analysis;
  }
}

function scoreOf(analysis: Analysis, group: readonly Member[], into: readonly number[]): Score {
  const moved = group.reduce((sum, m, i) => sum + (into[i] === -1 ? 0 : m.staff), 0);
  return {
    belowMinimum: analysis.units.filter((u) => u.flags.includes("below-minimum-size")).length,
    excess:
      analysis.units.reduce((sum, u) => sum + u.excess, 0) +
      analysis.pools.reduce((sum, p) => sum + p.excess, 0),
    units: analysis.units.length,
    moved,
  };
}

export function compareScores(a: Score, b: Score): number {
  return a.belowMinimum - b.belowMinimum || a.excess - b.excess || a.units - b.units || a.moved - b.moved;
}

/**
 * The best plans of one group: every unit below the minimum moved (when it may), plus up to
 * {@link EXTRA_MERGES} others, each into a unit that stays; and doing nothing.
 */
function searchGroup(
  group: readonly Member[],
  judge: Judge,
  apart: readonly (readonly [string, string])[],
  keepBest: number,
): { candidates: Candidate[]; bounded: boolean } {
  const n = group.length;
  const stay = group.map(() => -1);
  const candidates: Candidate[] = [{ into: stay, score: judge.score(group, stay) }];
  const fix = group.map((m, i) => (m.below && !m.kept ? i : -1)).filter((i) => i >= 0);
  const others = group.map((m, i) => (!m.below && !m.kept ? i : -1)).filter((i) => i >= 0);
  if (n < 2) return { candidates, bounded: false };
  const allowed = (into: readonly number[]): boolean =>
    apart.every(([a, b]) => {
      const at = (name: string) => group.findIndex((m) => textKey(m.name) === name);
      const [i, j] = [at(a), at(b)];
      if (i < 0 || j < 0) return true;
      const ti = into[i] === -1 ? i : into[i];
      const tj = into[j] === -1 ? j : into[j];
      return ti !== tj;
    });

  // The sets of units to move: all of `fix`, with 0..EXTRA_MERGES of the others.
  const moverSets: number[][] = [];
  const extras = (start: number, picked: number[]): void => {
    moverSets.push([...fix, ...picked]);
    if (picked.length === EXTRA_MERGES) return;
    for (let k = start; k < others.length; k++) extras(k + 1, [...picked, others[k] as number]);
  };
  extras(0, []);
  const count = moverSets.reduce((sum, s) => sum + Math.pow(n - s.length, s.length), 0);
  const bounded = count > SEARCH_LIMIT;
  const add = (into: number[]) => {
    if (allowed(into)) candidates.push({ into, score: judge.score(group, into) });
  };

  if (!bounded) {
    for (const movers of moverSets) {
      if (movers.length === 0 || movers.length >= n) continue;
      const targets = group.map((_, i) => i).filter((i) => !movers.includes(i));
      const into = [...stay];
      const assign = (k: number): void => {
        if (k === movers.length) return add([...into]);
        for (const t of targets) {
          into[movers[k] as number] = t;
          assign(k + 1);
        }
        into[movers[k] as number] = -1;
      };
      assign(0);
    }
  } else {
    // Greedy: the smallest units below the minimum first, each into its best target given the rest.
    const into = [...stay];
    for (const i of [...fix].sort((a, b) => (group[a] as Member).staff - (group[b] as Member).staff)) {
      let best: Candidate | undefined;
      for (let t = 0; t < n; t++) {
        if (t === i || into[t] !== -1 || into.includes(i)) continue;
        const trial = [...into];
        trial[i] = t;
        if (!allowed(trial)) continue;
        const score = judge.score(group, trial);
        if (!best || compareScores(score, best.score) < 0) best = { into: trial, score };
      }
      if (best) into.splice(0, n, ...best.into);
    }
    if (into.some((t) => t !== -1)) add(into);
  }
  candidates.sort((a, b) => compareScores(a.score, b.score));
  return { candidates: diverse(candidates, keepBest), bounded };
}

/**
 * The best candidates, then the best of each number of units (a plan with fewer units is an
 * alternative worth seeing even when it ranks lower), without repeats.
 */
function diverse(sorted: readonly Candidate[], keep: number): Candidate[] {
  const out: Candidate[] = [];
  const moved = (c: Candidate) => c.into.map((t, i) => (t === -1 ? "" : i)).join(",");
  const seen = new Set<string>();
  const push = (c: Candidate | undefined) => {
    if (!c || out.includes(c)) return;
    out.push(c);
    seen.add(moved(c));
  };
  push(sorted[0]);
  // Doing nothing is a proposal only when nothing better exists.
  const acting = sorted.filter((c) => c.into.some((t) => t !== -1));
  const sizes = [...new Set(acting.map((c) => c.score.units))].sort((a, b) => b - a);
  for (const size of sizes) push(acting.find((c) => c.score.units === size));
  // Then other sets of units merged away before other targets for the same set.
  for (const c of acting) if (out.length < keep && !seen.has(moved(c))) push(c);
  for (const c of acting) if (out.length < keep) push(c);
  return out;
}

const totalScore = (choice: readonly Candidate[]): Score =>
  choice.reduce(
    (s, c) => ({
      belowMinimum: s.belowMinimum + c.score.belowMinimum,
      excess: s.excess + c.score.excess,
      units: s.units + c.score.units,
      moved: s.moved + c.score.moved,
    }),
    { belowMinimum: 0, excess: 0, units: 0, moved: 0 },
  );

/**
 * Whole-table plans from the groups' candidates: every group's best; then, for alternatives, one
 * group at a time takes another of its candidates. Best first, without repeats.
 */
function combine(groups: readonly { candidates: Candidate[] }[], maxOptions: number): Candidate[][] {
  const best = groups.map((g) => g.candidates[0] as Candidate);
  const options: Candidate[][] = [best];
  const alternatives: Candidate[][] = [];
  groups.forEach((g, k) => {
    for (const c of g.candidates.slice(1)) alternatives.push(best.map((b, j) => (j === k ? c : b)));
  });
  // The diverse picks of a group come in its own order (best, then one of each size): keep that
  // order for a body of one group, rank by score across groups otherwise.
  if (groups.length > 1) alternatives.sort((a, b) => compareScores(totalScore(a), totalScore(b)));
  for (const a of alternatives) {
    if (options.length >= maxOptions) break;
    options.push(a);
  }
  return options;
}
