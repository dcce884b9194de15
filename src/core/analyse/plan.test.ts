import { BINH_PHUOC_BEFORE, row, table } from "./fixtures";
import type { RowSpec } from "./fixtures";
import { plan } from "./plan";

const opts = { date: "2026-02-05", decisionDate: "2026-03-01" };

describe("plan", () => {
  it("A + B → A: one head, the other head kept as deputy, cap on the merged staff", () => {
    const analysis = plan(
      table([row("Phòng A", 1, 2, 7, 10), row("Phòng B", 1, 1, 4, 6, { mergeInto: "Phòng A" })]),
      opts,
    );
    expect(analysis.mode).toBe("plan");
    expect(analysis.units).toHaveLength(1);
    expect(analysis.units[0]).toMatchObject({
      name: "Phòng A",
      heads: 1,
      deputies: 4, // 2 + 1 + the former head of B
      specialists: 11,
      staff: 16,
      cap: 3,
      excess: 1,
      mergedFrom: ["Phòng B"],
      before: { units: 1, heads: 1, deputies: 2, specialists: 7, staff: 10 },
      row: 2,
    });
    expect(analysis.units[0]?.capInfo?.basis).toBe(16);
    // Five years from 1/3/2026 run past KL 187's end of 2030: the earlier binds, a note names both.
    expect(analysis.units[0]?.deadline).toBe("2030-12-31");
    expect(analysis.issues).toContainEqual(
      expect.objectContaining({
        code: "deadline-both",
        params: expect.objectContaining({ otherDate: "01/03/2031" }),
      }),
    );
    expect(analysis.removed).toEqual([{ name: "Phòng B", into: "Phòng A" }]);
    expect(analysis.summary).toEqual({
      units: { before: 2, after: 1, cut: 1, rate: 0.5 },
      heads: { before: 2, after: 1, cut: 1, rate: 0.5 },
      deputies: { before: 3, after: 4, cut: -1, rate: -1 / 3 },
      staff: { before: 16, after: 16, cut: 0, rate: 0 },
    });
  });

  it("A (1 head, 2 deputies) + B (1 head, no deputy) on 16 staff: 3 kept, within the cap of 3", () => {
    const analysis = plan(
      table([row("Phòng A", 1, 2, 7, 10), row("Phòng B", 1, 0, 5, 6, { mergeInto: "Phòng A" })]),
      opts,
    );
    expect(analysis.units[0]).toMatchObject({ heads: 1, deputies: 3, staff: 16, cap: 3, excess: 0 });
    expect(analysis.units[0]?.deadline).toBeUndefined();
    expect(analysis.units[0]?.flags).toEqual([]);
  });

  it("three units of 1 head and 2 deputies: 8 deputies kept, cap 2, excess 6 due by the end of 2030", () => {
    const analysis = plan(
      table([
        row("Phòng A", 1, 2, 1, 4),
        row("Phòng B", 1, 2, 1, 4, { mergeInto: "Phòng A" }),
        row("Phòng C", 1, 2, 1, 4, { mergeInto: "phòng a" }),
      ]),
      opts,
    );
    const merged = analysis.units[0];
    expect(analysis.units).toHaveLength(1);
    expect(merged).toMatchObject({ heads: 1, deputies: 8, staff: 12, cap: 2, excess: 6 });
    expect(merged?.deadline).toBe("2030-12-31");
    expect(merged?.mergedFrom).toEqual(["Phòng B", "Phòng C"]);
    expect(merged?.flags).toEqual([
      "leaders-exceed-specialists",
      "deputies-over-cap",
      "deputies-over-half-quota",
    ]);
    expect(analysis.summary.deputies).toEqual({ before: 6, after: 8, cut: -2, rate: -2 / 6 });
    expect(analysis.summary.heads.after).toBe(1);
  });

  it("the deadline defaults to the report date", () => {
    const analysis = plan(
      table([row("Phòng A", 1, 2, 1, 4), row("Phòng B", 1, 2, 1, 4, { mergeInto: "Phòng A" })]),
      { date: "2025-09-01" },
    );
    expect(analysis.units[0]?.deadline).toBe("2030-09-01");
    expect(analysis.issues).toContainEqual(expect.objectContaining({ code: "deadline-from-report-date" }));
  });

  describe("Bình Phước in parts: Tổ chức - Hành chính split three ways, Lưu trữ to a new Chi cục", () => {
    const rows: RowSpec[] = [
      BINH_PHUOC_BEFORE[0] as RowSpec,
      row("Phòng Tổ chức - Hành chính", 1, 0, 2, 3, { part: "văn thư", mergeInto: "Phòng Tổng hợp" }),
      row("Phòng Tổ chức - Hành chính", 0, 1, 2, 3, { part: "kế toán", mergeInto: "Phòng Tài chính đảng" }),
      row("Phòng Tổ chức - Hành chính", 0, 1, 1, 2, {
        part: "tổ chức",
        mergeInto: "Phòng Cơ yếu - Công nghệ thông tin",
      }),
      ...BINH_PHUOC_BEFORE.slice(2, 4),
      { ...(BINH_PHUOC_BEFORE[4] as RowSpec), mergeInto: "Chi cục Lưu trữ" },
      ...BINH_PHUOC_BEFORE.slice(5),
    ];
    const analysis = plan(table(rows, "Biểu 01"), opts);

    it("goes from 7 to 6 units, keeping everyone", () => {
      expect(analysis.summary).toEqual({
        units: { before: 7, after: 6, cut: 1, rate: 1 / 7 },
        heads: { before: 7, after: 6, cut: 1, rate: 1 / 7 },
        deputies: { before: 16, after: 17, cut: -1, rate: -1 / 16 },
        staff: { before: 52, after: 52, cut: 0, rate: 0 },
      });
      expect(analysis.units.map((u) => u.name)).toEqual([
        "Phòng Tổng hợp",
        "Phòng Tài chính đảng",
        "Phòng Cơ yếu - Công nghệ thông tin",
        "Chi cục Lưu trữ",
        "Phòng Quản trị",
        "Phòng Hành chính - Phục vụ",
      ]);
    });

    it("adds each part to its target", () => {
      expect(analysis.units[0]).toMatchObject({ heads: 1, deputies: 4, specialists: 10, staff: 15 });
      expect(analysis.units[0]?.mergedFrom).toEqual(["Phòng Tổ chức - Hành chính"]);
      expect(analysis.units[1]).toMatchObject({ heads: 1, deputies: 3, specialists: 6, staff: 10 });
      expect(analysis.units[2]).toMatchObject({ heads: 1, deputies: 4, specialists: 4, staff: 9 });
    });

    it("forms the new unit at the place of its member, as typed, and says so", () => {
      const archive = analysis.units[3];
      expect(archive).toMatchObject({ name: "Chi cục Lưu trữ", heads: 1, deputies: 2, staff: 3, row: 8 });
      expect(archive?.unitType).toBe("chi-cuc");
      expect(archive?.mergedFrom).toEqual(["Phòng Lưu trữ"]);
      expect(archive?.before).toBeUndefined();
      expect(analysis.issues).toContainEqual({
        level: "info",
        code: "unknown-merge-target",
        params: { unit: "Phòng Lưu trữ", target: "Chi cục Lưu trữ" },
        cell: "'Biểu 01'!8:8",
      });
    });

    it("lists the units that disappear with where they went", () => {
      expect(analysis.removed).toEqual([
        {
          name: "Phòng Tổ chức - Hành chính",
          into: "Phòng Tổng hợp; Phòng Tài chính đảng; Phòng Cơ yếu - Công nghệ thông tin",
        },
        { name: "Phòng Lưu trữ", into: "Chi cục Lưu trữ" },
      ]);
    });
  });

  it("a part with no target stays in its own unit, which is not removed", () => {
    const analysis = plan(
      table([
        row("Phòng A", 1, 1, 3, 5, { part: "1" }),
        row("Phòng A", 0, 1, 2, 3, { part: "2", mergeInto: "Phòng B" }),
        row("Phòng B", 1, 1, 6, 8),
      ]),
      opts,
    );
    expect(analysis.units.map((u) => [u.name, u.heads, u.deputies, u.staff, u.mergedFrom])).toEqual([
      ["Phòng A", 1, 1, 5, []],
      ["Phòng B", 1, 2, 11, ["Phòng A"]],
    ]);
    expect(analysis.units[0]?.before?.staff).toBe(8);
    expect(analysis.removed).toEqual([]);
    expect(analysis.summary.units).toEqual({ before: 2, after: 2, cut: 0, rate: 0 });
  });

  it("matches targets by key and names the unit as spelt in the table; self-merges stay", () => {
    const analysis = plan(
      table([
        row("Phòng Tổng hợp", 1, 1, 5, 7, { mergeInto: " PHONG  TONG HOP " }),
        row("Phòng Khác", 1, 1, 5, 7, { mergeInto: "PHÒNG TỔNG HỢP" }),
      ]),
      opts,
    );
    expect(analysis.units.map((u) => u.name)).toEqual(["Phòng Tổng hợp"]);
    expect(analysis.units[0]?.mergedFrom).toEqual(["Phòng Khác"]);
    const aside = ["quota-assumed-from-staff", "rule-family-assumed", "deadline-both"];
    expect(analysis.issues.filter((i) => !aside.includes(i.code))).toEqual([]);
  });

  it("refuses a plan read from a sheet without a merge column", () => {
    const a = plan(table(BINH_PHUOC_BEFORE), opts);
    expect(a.issues).toContainEqual(
      expect.objectContaining({ level: "error", code: "plan-without-merge-column", cell: "Test!1:1" }),
    );
  });

  it("a target named in two blocks resolves in the row's own block, else is an error", () => {
    const a = plan(
      table([
        row("Văn phòng", 1, 1, 4, 6, { block: "SỞ A" }),
        row("Phòng Hành chính", 1, 1, 2, 4, { block: "SỞ A", mergeInto: "Văn phòng" }),
        row("Văn phòng", 1, 1, 3, 5, { block: "SỞ B" }),
        row("Phòng Lưu trữ", 1, 0, 2, 3, { mergeInto: "Văn phòng" }),
      ]),
      opts,
    );
    expect(a.units.map((u) => [u.name, u.mergedFrom])).toEqual([
      ["Văn phòng (SỞ A)", ["Phòng Hành chính"]],
      ["Văn phòng (SỞ B)", []],
      ["Phòng Lưu trữ", []],
    ]);
    expect(a.issues).toContainEqual(
      expect.objectContaining({ level: "error", code: "merge-target-ambiguous", cell: "Test!5:5" }),
    );
  });

  it("a unit that merges into itself stays as it is", () => {
    const analysis = plan(table([row("Phòng A", 2, 1, 5, 8, { mergeInto: "Phòng A" })]), opts);
    expect(analysis.units[0]).toMatchObject({ heads: 2, deputies: 1, mergedFrom: [] });
    expect(analysis.removed).toEqual([]);
  });

  it("resolves chains to the final target with a warning", () => {
    const analysis = plan(
      table([
        row("Phòng A", 1, 1, 3, 5, { mergeInto: "Phòng B" }),
        row("Phòng B", 1, 1, 3, 5, { mergeInto: "Phòng C" }),
        row("Phòng C", 1, 1, 3, 5),
      ]),
      opts,
    );
    expect(analysis.units).toHaveLength(1);
    expect(analysis.units[0]).toMatchObject({ name: "Phòng C", heads: 1, deputies: 5, staff: 15 });
    expect(analysis.units[0]?.mergedFrom).toEqual(["Phòng A", "Phòng B"]);
    expect(analysis.removed).toEqual([
      { name: "Phòng A", into: "Phòng C" },
      { name: "Phòng B", into: "Phòng C" },
    ]);
    expect(analysis.issues).toContainEqual({
      level: "warning",
      code: "merge-chain",
      params: { unit: "Phòng A", target: "Phòng B", next: "Phòng C", final: "Phòng C" },
      cell: "Test!2:2",
    });
  });

  it("follows a chain into a new unit", () => {
    const analysis = plan(
      table([
        row("Phòng A", 1, 1, 3, 5, { mergeInto: "Phòng B" }),
        row("Phòng B", 1, 1, 3, 5, { mergeInto: "Trung tâm Mới" }),
      ]),
      opts,
    );
    expect(analysis.units.map((u) => [u.name, u.heads, u.deputies, u.mergedFrom, u.row])).toEqual([
      ["Trung tâm Mới", 1, 3, ["Phòng A", "Phòng B"], 2],
    ]);
    expect(analysis.issues.map((i) => i.code).sort()).toEqual([
      "deadline-both",
      "merge-chain",
      "quota-assumed-from-staff",
      "rule-family-assumed",
      "unknown-merge-target",
    ]);
  });

  it("resolves a long chain of units in one pass", () => {
    const n = 3000;
    const rows = Array.from({ length: n }, (_, i) =>
      row(`Phòng ${i}`, 1, 1, 3, 5, i + 1 < n ? { mergeInto: `Phòng ${i + 1}` } : {}),
    );
    const started = Date.now();
    const analysis = plan(table(rows), opts);
    expect(Date.now() - started).toBeLessThan(5000);
    expect(analysis.units).toHaveLength(1);
    expect(analysis.units[0]).toMatchObject({ name: `Phòng ${n - 1}`, heads: 1, deputies: 2 * n - 1 });
    expect(analysis.removed).toHaveLength(n - 1);
  });

  it("under KL 187 a phòng merged from 2 keeps the cap in force (the +1 is for cục and vụ), due by 2030", () => {
    const rows = [row("Phòng A", 1, 2, 7, 10), row("Phòng B", 1, 1, 4, 6, { mergeInto: "Phòng A" })];
    const analysis = plan(table(rows), { ...opts, ruleSet: "KL187_2025" });
    expect(analysis.units[0]).toMatchObject({ deputies: 4, cap: 3, excess: 1, deadline: "2030-12-31" });
    expect(analysis.units[0]?.capInfo?.ruleSet).toBe("KL187_2025");
  });

  it("leaves cycles unmerged with an error; others may still merge into them", () => {
    const analysis = plan(
      table([
        row("Phòng A", 1, 1, 3, 5, { mergeInto: "Phòng B" }),
        row("Phòng B", 1, 1, 3, 5, { mergeInto: "Phòng A" }),
        row("Phòng C", 1, 1, 3, 5, { mergeInto: "Phòng A" }),
      ]),
      opts,
    );
    expect(analysis.units.map((u) => [u.name, u.heads, u.deputies, u.staff])).toEqual([
      ["Phòng A", 1, 3, 10],
      ["Phòng B", 1, 1, 5],
    ]);
    expect(analysis.issues).toContainEqual({
      level: "error",
      code: "merge-cycle",
      params: { units: "Phòng A → Phòng B → Phòng A" },
      cell: "Test!2:2",
    });
    expect(analysis.removed).toEqual([{ name: "Phòng C", into: "Phòng A" }]);
  });

  it("merges into a new unit named as first typed; type from its members", () => {
    const analysis = plan(
      table([
        row("Phòng Đảng 1", 1, 2, 3, 6, { unitType: "phong-dang", mergeInto: "Ban Mới" }),
        row("Phòng Giữ", 1, 0, 6, 7),
        row("Phòng Đảng 2", 1, 1, 2, 4, { unitType: "phong-dang", mergeInto: "ban mới" }),
      ]),
      opts,
    );
    expect(analysis.units.map((u) => u.name)).toEqual(["Ban Mới", "Phòng Giữ"]);
    expect(analysis.units[0]).toMatchObject({ unitType: "phong-dang", heads: 1, deputies: 4, staff: 10 });
    expect(analysis.units[0]?.capInfo?.basisKind).toBe("people");
    expect(analysis.units[0]?.mergedFrom).toEqual(["Phòng Đảng 1", "Phòng Đảng 2"]);
    expect(analysis.issues.filter((i) => i.code === "unknown-merge-target")).toHaveLength(2);
  });

  it("merges without heads and sums the quotas present", () => {
    const analysis = plan(
      table([
        row("Phòng A", 0, 1, 8, 9, { quota: 10 }),
        row("Phòng B", 0, 2, 2, 4, { mergeInto: "Phòng A" }),
        row("Phòng C", 1, 0, 6, 7, { quota: 8 }),
      ]),
      opts,
    );
    expect(analysis.units[0]).toMatchObject({
      heads: 0,
      deputies: 3,
      staff: 13,
      quota: 10,
      cap: 2,
      excess: 1,
    });
    expect(analysis.units[0]?.deputyRatio).toBeNull();
    expect(analysis.units[1]).toMatchObject({ quota: 8 });
    expect(analysis.issues.some((i) => i.code === "quota-assumed-from-staff")).toBe(false);
  });
});
