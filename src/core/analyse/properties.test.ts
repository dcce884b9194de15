import fc from "fast-check";
import { textKey } from "../text/normalize";
import type { Analysis, StaffingTable, UnitType } from "../types";
import { check } from "./check";
import { compare } from "./compare";
import { table } from "./fixtures";
import type { RowSpec } from "./fixtures";
import { plan } from "./plan";
import { combineParts, totals } from "./units";

// Names that meet under the comparison key ("Phòng A", "phong a", "Phòng Á"), blanks, Party units.
const NAMES = [
  "Phòng A",
  "phong a",
  "PHÒNG  A",
  "Phòng Á",
  "Phòng B",
  "Chi cục C",
  "Phòng Đảng",
  "Phong Dang",
  "",
  " ",
];
const TARGETS = [...NAMES, "Chi cục Mới", "chi cuc moi", "Ban X"];
const TYPES: UnitType[] = [
  "phong",
  "van-phong",
  "thanh-tra",
  "chi-cuc",
  "phong-chi-cuc",
  "phong-dang",
  "phong-huyen",
];

const count = fc.oneof(fc.constant(0), fc.nat(30), fc.integer({ min: 0, max: 1e12 }));
const rowSpec: fc.Arbitrary<RowSpec> = fc.record({
  name: fc.constantFrom(...NAMES),
  part: fc.option(fc.constantFrom("1", "2"), { nil: undefined }),
  heads: count,
  deputies: count,
  specialists: count,
  staff: count,
  contract: count,
  quota: fc.option(count, { nil: undefined }),
  unitType: fc.option(fc.constantFrom(...TYPES), { nil: undefined }),
  mergeInto: fc.option(fc.constantFrom(...TARGETS), { nil: undefined }),
  subUnits: fc.option(fc.nat(6), { nil: undefined }),
});
const tableArb: fc.Arbitrary<StaffingTable> = fc.array(rowSpec, { maxLength: 14 }).map((rows) => table(rows));
const opts = { date: "2026-02-05" };

const FIGURES = ["units", "heads", "deputies", "staff"] as const;
const keys = (t: StaffingTable): string[] => [...new Set(t.units.map((u) => textKey(u.name)))];

function expectSoundUnits(analysis: Analysis): void {
  for (const unit of analysis.units) {
    expect(unit.excess).toBeGreaterThanOrEqual(0);
    expect(unit.excess).toBe(unit.cap === null ? 0 : Math.max(0, unit.deputies - unit.cap));
    if (unit.excess === 0) expect(unit.deadline).toBeUndefined();
  }
}

describe("analysis properties", () => {
  it("compare: before − cut = after for every figure, from the tables' totals", () => {
    fc.assert(
      fc.property(tableArb, tableArb, (before, after) => {
        const analysis = compare(before, after, opts);
        const b = totals(before.units);
        const a = totals(after.units);
        for (const figure of FIGURES) {
          const change = analysis.summary[figure];
          expect(change.before).toBe(b[figure]);
          expect(change.after).toBe(a[figure]);
          expect(change.before - (change.cut ?? NaN)).toBe(change.after);
          expect(change.rate).toBe(b[figure] === 0 ? null : (b[figure] - a[figure]) / b[figure]);
        }
        expect(analysis.units.map((u) => textKey(u.name))).toEqual(keys(after));
        const afterKeys = new Set(keys(after));
        expect(analysis.removed.map((r) => textKey(r.name))).toEqual(
          keys(before).filter((k) => !afterKeys.has(k)),
        );
        expectSoundUnits(analysis);
      }),
    );
  });

  it("plan: merging nothing gives after = before for every figure, and the same units", () => {
    fc.assert(
      fc.property(tableArb, (t) => {
        const still: StaffingTable = { ...t, units: t.units.map((u) => ({ ...u, mergeInto: undefined })) };
        const analysis = plan(still, opts);
        for (const figure of FIGURES) {
          const change = analysis.summary[figure];
          expect(change.after).toBe(change.before);
          expect(change.cut).toBe(0);
        }
        const combined = combineParts(still.units);
        expect(
          analysis.units.map((u) => [u.name, u.heads, u.deputies, u.specialists, u.staff, u.mergedFrom]),
        ).toEqual(combined.map((c) => [c.name, c.heads, c.deputies, c.specialists, c.staff, []]));
        expect(analysis.removed).toEqual([]);
        expect(
          analysis.issues.filter((i) => i.code.startsWith("merge") || i.code === "unknown-merge-target"),
        ).toEqual([]);
      }),
    );
  });

  it("plan: never changes staff, specialists, or heads + deputies; every unit is kept or removed", () => {
    fc.assert(
      fc.property(tableArb, (t) => {
        const analysis = plan(t, opts);
        const sum = (
          f: (u: { heads: number; deputies: number; staff: number; specialists: number }) => number,
        ) => analysis.units.reduce((acc, u) => acc + f(u), 0);
        const before = totals(t.units);
        expect(analysis.summary.staff.after).toBe(before.staff);
        expect(analysis.summary.staff.cut).toBe(0);
        expect(sum((u) => u.staff)).toBe(before.staff);
        expect(sum((u) => u.specialists)).toBe(t.units.reduce((acc, u) => acc + u.specialists, 0));
        expect(sum((u) => u.heads + u.deputies)).toBe(before.heads + before.deputies);
        expect(analysis.summary.units.after).toBe(analysis.units.length);
        expect(new Set(analysis.units.map((u) => textKey(u.name))).size).toBe(analysis.units.length);
        const kept = new Set(analysis.units.map((u) => textKey(u.name)));
        for (const key of keys(t)) {
          const removed = analysis.removed.some((r) => textKey(r.name) === key);
          expect(kept.has(key) !== removed).toBe(true);
        }
        for (const unit of analysis.units) {
          // a real merger (2 or more source units) has at most one head
          if (unit.mergedFrom.length >= 2) expect(unit.heads).toBeLessThanOrEqual(1);
        }
        expectSoundUnits(analysis);
        expect(plan(t, opts)).toEqual(analysis);
      }),
    );
  });

  it("check: never throws, one result per distinct name, sound caps", () => {
    fc.assert(
      fc.property(tableArb, (t) => {
        const analysis = check(t, opts);
        expect(analysis.units.map((u) => textKey(u.name))).toEqual(keys(t));
        expect(analysis.summary.units.before).toBe(keys(t).length);
        expectSoundUnits(analysis);
        for (const unit of analysis.units) expect(unit.deadline).toBeUndefined();
      }),
    );
  });
});
