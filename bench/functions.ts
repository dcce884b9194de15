/**
 * functions_100k_ms: each TINHGON.* custom function called as Excel calls it, with every range
 * argument a 100,000-cell column (numbers, some blanks, some numeric text); the median of repeated
 * calls per function. EXCESS_DEADLINE takes one date, not a range: it is timed with that scalar.
 */

import "../test/setup/customFunctions";
import * as fns from "../src/functions/functions";
import { prng } from "./data";
import { median, timeSync } from "./measure";

type Column = unknown[][];

function column(n: number, seed: number, value: (rnd: () => number, i: number) => unknown): Column {
  const rnd = prng(seed);
  const out: Column = new Array(n);
  for (let i = 0; i < n; i++) out[i] = [value(rnd, i)];
  return out;
}

/** The calls, by function name; each returns its result so that none is optimised away. */
export function functionCalls(n: number): Record<string, () => unknown> {
  // Per row: 1 head, 0-3 deputies, staff ≥ heads + deputies; a blank every 50 rows, text "12" every 97.
  const heads = column(n, 11, (_r, i) => (i % 50 === 49 ? null : 1));
  const deputies = column(n, 12, (r, i) => (i % 50 === 49 ? null : Math.floor(r() * 4)));
  const staff = column(n, 13, (r, i) =>
    i % 50 === 49 ? null : i % 97 === 0 ? "12" : 4 + Math.floor(r() * 20),
  );
  const after = column(n, 14, (r, i) => (i % 50 === 49 ? null : 3 + Math.floor(r() * 18)));
  const units = column(n, 15, (_r, i) => `Phòng ${i + 1}`);
  // Every tenth unit merges into the one before it.
  const mergeInto = column(n, 16, (_r, i) => (i % 10 === 9 ? `Phòng ${i}` : null));
  return {
    HEADCOUNT_CUT: () => fns.HEADCOUNT_CUT(staff, after),
    CUT_RATE: () => fns.CUT_RATE(staff, after),
    CUT_NEEDED: () => fns.CUT_NEEDED(staff, 0.1, after),
    CUT_PROGRESS: () => fns.CUT_PROGRESS(staff, after, 0.1),
    DEPUTY_CAP: () => fns.DEPUTY_CAP(staff, "Phòng"),
    DEPUTY_EXCESS: () => fns.DEPUTY_EXCESS(deputies, staff, "Phòng"),
    EXCESS_DEADLINE: () => fns.EXCESS_DEADLINE(46058),
    DEPUTY_RATIO: () => fns.DEPUTY_RATIO(deputies, heads),
    LEADER_SHARE: () => fns.LEADER_SHARE(heads, deputies, staff),
    MERGE_RESULT: () => fns.MERGE_RESULT(units, heads, deputies, staff, mergeInto),
    MERGE_SUMMARY: () => fns.MERGE_SUMMARY(units, heads, deputies, staff, mergeInto),
  };
}

/** Median milliseconds per function over `reps` calls (after one warm-up call each). */
export function functionTimes(n: number, reps: number): Record<string, number> {
  const calls = functionCalls(n);
  const out: Record<string, number> = {};
  for (const [name, call] of Object.entries(calls)) {
    call();
    const times: number[] = [];
    for (let k = 0; k < reps; k++) times.push(timeSync(call));
    out[name] = median(times);
  }
  return out;
}
