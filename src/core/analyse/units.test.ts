import { row, table } from "./fixtures";
import { change, combineParts, totals } from "./units";

describe("totals", () => {
  it("counts distinct unit names: parts and spelling variants of one unit count once", () => {
    const t = table([
      row("Phòng Tổ chức - Hành chính", 1, 0, 2, 3, { part: "văn thư" }),
      row("PHONG TO CHUC - HANH CHINH", 0, 2, 3, 5, { part: "kế toán" }),
      row("Phòng Khác", 1, 1, 4, 6, { contract: 3 }),
    ]);
    expect(totals(t.units)).toEqual({ units: 2, heads: 2, deputies: 3, staff: 14 });
    expect(totals([])).toEqual({ units: 0, heads: 0, deputies: 0, staff: 0 });
  });

  it("combines parts in order of first appearance, summing the quotas present", () => {
    const [first, second] = combineParts(
      table([
        row("Phòng A", 1, 0, 2, 3, { quota: 4, section: "I. Khối Đảng" }),
        row("Phòng B", 1, 0, 2, 3),
        row("phòng a", 0, 1, 1, 2, { unitType: "phong-dang", subUnits: 2, section: "I. Khối Đảng" }),
      ]).units,
    );
    expect(first).toMatchObject({ name: "Phòng A", heads: 1, deputies: 1, staff: 5, quota: 4, row: 2 });
    expect(first).toMatchObject({ unitType: "phong-dang", subUnits: 2, section: "I. Khối Đảng" });
    expect(second?.quota).toBeUndefined();
  });

  it("gives a null rate when the before value is 0", () => {
    expect(change(0, 0)).toEqual({ before: 0, after: 0, cut: 0, rate: null });
    expect(change(52, 47)).toEqual({ before: 52, after: 47, cut: 5, rate: 5 / 52 });
    expect(change(3, null)).toEqual({ before: 3, after: null, cut: null, rate: null });
  });
});
