import fc from "fast-check";
import { PARTY_UNIT_TYPES } from "../rules";
import { textKey } from "../text/normalize";
import type { UnitType } from "../types";
import { BINH_PHUOC_BEFORE, row, table, type RowSpec } from "./fixtures";
import { compareScores, propose, SEARCH_LIMIT } from "./propose";

const DATE = "2026-02-05";
const removedOf = (merges: { from: string[] }[]): string[] => merges.flatMap((m) => m.from).sort();

describe("proposals on the Bình Phước table (Văn phòng Tỉnh ủy)", () => {
  const result = propose(
    table(BINH_PHUOC_BEFORE, "Trước"),
    { date: DATE, unitType: "phong-dang" },
    { maxOptions: 8 },
  );
  const best = result.proposals[0]!;

  it("fixes every unit below the minimum: Phòng Lưu trữ (3 people) does not stand alone", () => {
    expect(result.current.units.find((u) => u.name === "Phòng Lưu trữ")?.flags).toContain(
      "below-minimum-size",
    );
    expect(best.score.belowMinimum).toBe(0);
    expect(removedOf(best.merges)).toEqual(["Phòng Lưu trữ"]);
    expect(best.analysis.units.some((u) => u.flags.includes("below-minimum-size"))).toBe(false);
    expect(result.unfixable).toEqual([]);
  });

  it("scores a proposal with the engine's own analysis of the whole table", () => {
    for (const p of result.proposals) {
      const excess =
        p.analysis.units.reduce((s, u) => s + u.excess, 0) +
        p.analysis.pools.reduce((s, g) => s + g.excess, 0);
      expect(p.score).toEqual({
        belowMinimum: p.analysis.units.filter((u) => u.flags.includes("below-minimum-size")).length,
        excess,
        units: p.analysis.units.length,
        moved: p.merges
          .flatMap((m) => m.from)
          .reduce((s, name) => s + (BINH_PHUOC_BEFORE.find((r) => r.name === name)?.staff ?? 0), 0),
      });
    }
  });

  it("includes the office's choice among the options: Tổ chức - Hành chính and Lưu trữ merged away (7 → 5)", () => {
    expect(result.proposals.map((p) => removedOf(p.merges))).toContainEqual([
      "Phòng Lưu trữ",
      "Phòng Tổ chức - Hành chính",
    ]);
    expect(new Set(result.proposals.map((p) => p.score.units))).toEqual(new Set([6, 5, 4]));
  });

  it("keeps a unit the user pins, and never puts two units the user keeps apart together", () => {
    const kept = propose(
      table(BINH_PHUOC_BEFORE),
      { date: DATE, unitType: "phong-dang" },
      { keep: ["Phòng Lưu trữ"] },
    );
    expect(kept.proposals.every((p) => !removedOf(p.merges).includes("Phòng Lưu trữ"))).toBe(true);
    expect(kept.unfixable).toEqual([{ name: "Phòng Lưu trữ", reason: "kept" }]);
    const apart = propose(
      table(BINH_PHUOC_BEFORE),
      { date: DATE, unitType: "phong-dang" },
      { apart: [["Phòng Lưu trữ", "Phòng Tổ chức - Hành chính"]], maxOptions: 8 },
    );
    for (const p of apart.proposals)
      for (const m of p.merges)
        expect(
          [m.into, ...m.from].filter((n) => n === "Phòng Lưu trữ" || n === "Phòng Tổ chức - Hành chính"),
        ).not.toHaveLength(2);
    expect(apart.proposals[0]?.score.belowMinimum).toBe(0);
  });
});

it("names a unit below the minimum that is alone in its body", () => {
  const result = propose(
    table([
      { ...row("Phòng Lưu trữ", 1, 1, 1, 3), block: "SỞ A" },
      { ...row("Phòng Tổng hợp", 1, 2, 9, 12), block: "SỞ B" },
    ]),
    { date: DATE },
  );
  expect(result.unfixable).toEqual([{ name: "Phòng Lưu trữ", block: "SỞ A", reason: "alone" }]);
  expect(result.proposals[0]?.merges).toEqual([]);
});

it("searches a large body greedily, says so, and still fixes what it can (500 units)", () => {
  const rows: RowSpec[] = [];
  for (let b = 0; b < 25; b++)
    for (let i = 0; i < 20; i++) {
      const deputies = 1 + ((i + b) % 3);
      const specialists = i % 7 === 3 ? 1 : 4 + ((i * 7 + b) % 9);
      rows.push({
        ...row(`Phòng ${i + 1}`, 1, deputies, specialists, 1 + deputies + specialists),
        block: `SỞ ${b + 1}`,
      });
    }
  const result = propose(table(rows), { date: DATE });
  expect(result.bounded.length).toBeGreaterThan(0);
  expect(SEARCH_LIMIT).toBeGreaterThan(0);
  const best = result.proposals[0]!;
  const before = result.current.units.filter((u) => u.flags.includes("below-minimum-size")).length;
  expect(before).toBeGreaterThan(25);
  expect(best.score.belowMinimum).toBeLessThan(before);
});

// ---------------------------------------------------------------------------------------------
// Properties: every person kept, never across parent bodies or rule families, never worse than
// doing nothing.

const TYPES: UnitType[] = ["phong", "phong-dang", "chi-cuc"];
const unitRow: fc.Arbitrary<RowSpec> = fc
  .record({
    heads: fc.nat(1),
    deputies: fc.nat(4),
    specialists: fc.nat(14),
    block: fc.constantFrom("SỞ A", "SỞ B", undefined),
    unitType: fc.constantFrom(...TYPES),
  })
  .map((r) => ({
    name: "",
    heads: r.heads,
    deputies: r.deputies,
    specialists: r.specialists,
    staff: r.heads + r.deputies + r.specialists,
    unitType: r.unitType,
    ...(r.block !== undefined ? { block: r.block } : {}),
  }));
const unitTable = fc
  .array(unitRow, { minLength: 1, maxLength: 8 })
  .map((rows) => rows.map((r, i) => ({ ...r, name: `Đơn vị ${i + 1}` })));

it("keeps every person, never merges across parent bodies or rule families, and never ranks below doing nothing", () => {
  fc.assert(
    fc.property(unitTable, (rows) => {
      const t = table(rows);
      const result = propose(t, { date: DATE }, { maxOptions: 3 });
      const doNothing = {
        belowMinimum: result.current.units.filter((u) => u.flags.includes("below-minimum-size")).length,
        excess:
          result.current.units.reduce((s, u) => s + u.excess, 0) +
          result.current.pools.reduce((s, p) => s + p.excess, 0),
        units: result.current.units.length,
        moved: 0,
      };
      expect(compareScores(result.proposals[0]!.score, doNothing)).toBeLessThanOrEqual(0);
      const byName = new Map(rows.map((r) => [r.name, r]));
      const family = (name: string) =>
        PARTY_UNIT_TYPES.has(byName.get(name)?.unitType as UnitType) ? "party" : "state";
      for (const p of result.proposals) {
        expect(p.analysis.summary.staff.after).toBe(p.analysis.summary.staff.before);
        expect(p.analysis.units.reduce((s, u) => s + u.staff, 0)).toBe(
          rows.reduce((s, r) => s + (r.staff ?? 0), 0),
        );
        for (const m of p.merges)
          for (const from of m.from) {
            expect(textKey(byName.get(from)?.block ?? "")).toBe(textKey(byName.get(m.into)?.block ?? ""));
            expect(family(from)).toBe(family(m.into));
          }
      }
    }),
    { numRuns: 150 },
  );
});
