import { compare } from "./compare";
import { BINH_PHUOC_AFTER, BINH_PHUOC_BEFORE, row, table } from "./fixtures";
import { totals } from "./units";

const opts = { date: "2026-02-05", decisionDate: "2025-07-01" };

describe("compare", () => {
  describe("Văn phòng Tỉnh ủy Bình Phước (7 → 5 units)", () => {
    const analysis = compare(table(BINH_PHUOC_BEFORE, "Trước"), table(BINH_PHUOC_AFTER, "Sau"), opts);

    it("gives the published cuts and rates", () => {
      expect(analysis.mode).toBe("compare");
      const { units, heads, deputies, staff } = analysis.summary;
      expect(units).toEqual({ before: 7, after: 5, cut: 2, rate: 2 / 7 });
      expect(heads).toEqual({ before: 7, after: 5, cut: 2, rate: 2 / 7 });
      expect(deputies).toEqual({ before: 16, after: 6, cut: 10, rate: 10 / 16 });
      expect(staff).toEqual({ before: 52, after: 47, cut: 5, rate: 5 / 52 });
      expect(staff.rate).toBeCloseTo(0.0962, 4);
    });

    it("lists the after units with their before counts and the removed units", () => {
      expect(analysis.units.map((u) => u.name)).toEqual(BINH_PHUOC_AFTER.map((r) => r.name));
      expect(analysis.units[0]).toMatchObject({
        name: "Phòng Tổng hợp",
        deputies: 2,
        staff: 14,
        cap: 2,
        excess: 0,
        mergedFrom: [],
        before: { units: 1, heads: 1, deputies: 3, specialists: 8, staff: 12 },
      });
      expect(analysis.units.every((u) => u.excess === 0 && u.deadline === undefined)).toBe(true);
      expect(analysis.removed).toEqual([{ name: "Phòng Tổ chức - Hành chính" }, { name: "Phòng Lưu trữ" }]);
      expect(analysis.units.some((u) => u.flags.includes("leaders-only"))).toBe(false);
    });
  });

  it("refuses to compare a table with itself: an error, not a report of no change", () => {
    const same = table(BINH_PHUOC_BEFORE, "Trước");
    const a = compare(same, table(BINH_PHUOC_BEFORE, "Sau"), opts);
    expect(a.issues).toContainEqual(
      expect.objectContaining({
        level: "error",
        code: "compare-same-table",
        params: { before: "Trước", after: "Sau" },
      }),
    );
    // Tables that differ in one figure are a comparison.
    const changed = BINH_PHUOC_BEFORE.map((r, i) => (i === 0 ? { ...r, staff: 11, specialists: 7 } : r));
    expect(compare(same, table(changed, "Sau"), opts).issues.map((i) => i.code)).not.toContain(
      "compare-same-table",
    );
  });

  it("units of one name in different blocks are different units, shown with their block", () => {
    const before = table([
      row("Văn phòng", 1, 2, 5, 8, { block: "SỞ NỘI VỤ" }),
      row("Phòng Tổ chức", 1, 1, 4, 6, { block: "SỞ NỘI VỤ" }),
      row("Văn phòng", 1, 1, 3, 5, { block: "SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI" }),
    ]);
    const after = table([row("Văn phòng", 1, 3, 9, 13), row("Phòng Tổ chức", 1, 1, 4, 6)]);
    const a = compare(before, after, opts);
    expect(a.summary.units).toMatchObject({ before: 3, after: 2, cut: 1 });
    // "Văn phòng" after matches neither before unit by name alone: two have that name.
    expect(a.units.map((u) => [u.name, u.before?.staff])).toEqual([
      ["Văn phòng", undefined],
      ["Phòng Tổ chức", 6],
    ]);
    expect(a.removed).toEqual([
      { name: "Văn phòng (SỞ NỘI VỤ)" },
      { name: "Văn phòng (SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI)" },
    ]);
  });

  it("Quảng Ninh: 166 → 145 staff is a cut of 21 (12,65%)", () => {
    const before = table([
      row("Ban Tổ chức Huyện ủy", 1, 3, 60, 64),
      row("Phòng Nội vụ", 1, 3, 66, 70),
      row("Văn phòng", 1, 2, 29, 32),
    ]);
    const after = table([row("Ban Tổ chức - Nội vụ", 1, 4, 110, 115), row("Văn phòng", 1, 2, 27, 30)]);
    expect(totals(before.units).staff).toBe(166);
    const analysis = compare(before, after, opts);
    expect(analysis.summary.staff).toEqual({ before: 166, after: 145, cut: 21, rate: 21 / 166 });
    expect(analysis.summary.staff.rate).toBeCloseTo(0.1265, 4);
    expect(analysis.summary.deputies.cut).toBe(2);
    expect(analysis.units[0]?.before).toBeUndefined();
    expect(analysis.units[1]?.before?.staff).toBe(32);
    expect(analysis.removed.map((r) => r.name)).toEqual(["Ban Tổ chức Huyện ủy", "Phòng Nội vụ"]);
  });

  it("gives a deadline from the decision date to units with excess deputies", () => {
    const analysis = compare(
      table([row("Phòng A", 1, 2, 7, 10), row("Phòng B", 1, 1, 4, 6)]),
      table([row("phong a", 1, 3, 12, 16), row("Phòng Mới", 1, 2, 3, 6)]),
      opts,
    );
    expect(analysis.units[0]).toMatchObject({ name: "phong a", cap: 3, excess: 0 });
    expect(analysis.units[0]?.deadline).toBeUndefined();
    expect(analysis.units[0]?.before?.staff).toBe(10);
    expect(analysis.units[1]).toMatchObject({ cap: 1, excess: 1, deadline: "2030-07-01" });
    expect(analysis.removed).toEqual([{ name: "Phòng B" }]);
    expect(analysis.summary.units).toEqual({ before: 2, after: 2, cut: 0, rate: 0 });
  });

  it("takes issues from the after table", () => {
    const analysis = compare(
      table([row("Thanh tra", 1, 1, 1, 3, { unitType: "thanh-tra" })], "Trước"),
      table([row("Thanh tra", 1, 1, 1, 3, { unitType: "thanh-tra" })], "Sau"),
      opts,
    );
    const issue = analysis.issues.find((i) => i.code === "no-rule-in-force");
    expect(issue?.cell).toBe("Sau!2:2");
  });

  it("gives null rates for empty before sides", () => {
    const analysis = compare(table([]), table([row("Phòng A", 1, 0, 6, 7)]), opts);
    expect(analysis.summary.units).toEqual({ before: 0, after: 1, cut: -1, rate: null });
  });
});
