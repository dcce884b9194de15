import { issueMessage } from "../messages";
import type { Issue } from "../types";
import { check } from "./check";
import { BINH_PHUOC_BEFORE, row, table } from "./fixtures";

const opts = { date: "2026-02-05" };

describe("check", () => {
  const analysis = check(table(BINH_PHUOC_BEFORE), opts);
  const unit = (name: string) => analysis.units.find((u) => u.name === name);

  it("fills only the before side of the summary", () => {
    expect(analysis.mode).toBe("check");
    expect(analysis.date).toBe("2026-02-05");
    expect(analysis.summary).toEqual({
      units: { before: 7, after: null, cut: null, rate: null },
      heads: { before: 7, after: null, cut: null, rate: null },
      deputies: { before: 16, after: null, cut: null, rate: null },
      staff: { before: 52, after: null, cut: null, rate: null },
    });
    expect(analysis.removed).toEqual([]);
    expect(analysis.units.map((u) => u.name)).toEqual(BINH_PHUOC_BEFORE.map((r) => r.name));
  });

  it("flags the unit of leaders only (Phòng Lưu trữ) and nothing that doubles it", () => {
    const archive = unit("Phòng Lưu trữ");
    expect(archive?.flags).toContain("leaders-only");
    expect(archive?.flags).not.toContain("leaders-exceed-specialists");
    expect(archive?.flags).toContain("deputies-over-half-quota"); // 2 of 3
    expect(archive?.leaderShare).toBe(1);
    expect(archive?.deputyRatio).toBe(2);
    expect(analysis.units.filter((u) => u.flags.includes("leaders-only")).map((u) => u.name)).toEqual([
      "Phòng Lưu trữ",
    ]);
  });

  it("computes cap, excess, ratios on staff when there is no quota, without deadlines", () => {
    const general = unit("Phòng Tổng hợp");
    expect(general?.unitType).toBe("phong");
    expect(general?.cap).toBe(2); // 12 staff: 10–14 → 2
    expect(general?.capInfo?.basisKind).toBe("staff");
    expect(general?.capInfo?.basis).toBe(12);
    expect(general?.excess).toBe(1);
    expect(general?.flags).toEqual(["deputies-over-cap"]);
    expect(general?.deadline).toBeUndefined();
    expect(general?.deputyRatio).toBe(3);
    expect(general?.leaderShare).toBeCloseTo(4 / 12, 12);
    expect(general?.mergedFrom).toEqual([]);
    expect(general?.before).toBeUndefined();
    expect(general?.row).toBe(2);
    const quotaIssues = analysis.issues.filter((i) => i.code === "quota-assumed-from-staff");
    expect(quotaIssues).toEqual([{ level: "info", code: "quota-assumed-from-staff" }]);
  });

  it("flags leaders above specialists and units below the minimum size", () => {
    const result = check(
      table([row("Phòng X", 1, 4, 2, 7), row("Phòng X2", 1, 4, 3, 8), row("Phòng Y", 1, 0, 4, 5)]),
      opts,
    );
    expect(result.units[0]?.flags).toEqual([
      "leaders-exceed-specialists",
      "deputies-over-cap",
      "deputies-over-half-quota",
    ]);
    // exactly half of the staff is not over half
    expect(result.units[1]?.flags).toEqual(["leaders-exceed-specialists", "deputies-over-cap"]);
    expect(result.units[2]?.flags).toEqual(["below-minimum-size"]);
  });

  it("combines the parts of one unit and matches names by key", () => {
    const result = check(
      table([
        row("Phòng Tổ chức - Hành chính", 1, 0, 2, 3, { part: "văn thư" }),
        row("Phòng Khác", 1, 0, 9, 10),
        row("PHONG TO CHUC - HANH CHINH", 0, 2, 3, 5, { part: "kế toán" }),
      ]),
      opts,
    );
    expect(result.summary.units.before).toBe(2);
    expect(result.units).toHaveLength(2);
    expect(result.units[0]).toMatchObject({
      name: "Phòng Tổ chức - Hành chính",
      heads: 1,
      deputies: 2,
      specialists: 5,
      staff: 8,
      row: 2,
    });
  });

  it("uses the quota as basis when present and says nothing about it", () => {
    const result = check(table([row("Phòng Q", 1, 2, 7, 10, { quota: 15 })]), opts);
    expect(result.units[0]?.cap).toBe(3);
    expect(result.units[0]?.quota).toBe(15);
    expect(result.units[0]?.capInfo?.basisKind).toBe("quota");
    expect(result.issues.some((i) => i.code === "quota-assumed-from-staff")).toBe(false);
  });

  it("counts Party phòng in people and needs no quota for them", () => {
    const result = check(
      table([row("Phòng Đảng", 1, 2, 9, 12, { unitType: "phong-dang", quota: 20 })]),
      opts,
    );
    expect(result.units[0]?.capInfo?.basisKind).toBe("people");
    expect(result.units[0]?.capInfo?.basis).toBe(12);
    const party = check(table([row("Phòng Đảng", 1, 2, 9, 12, { unitType: "phong-dang" })]), opts);
    expect(party.issues.some((i) => i.code === "quota-assumed-from-staff")).toBe(false);
  });

  it("reports a missing rule once per unit type and rule set, with the row address", () => {
    const result = check(
      table(
        [
          row("Thanh tra 1", 1, 3, 5, 9, { unitType: "thanh-tra" }),
          row("Thanh tra 2", 1, 3, 5, 9, { unitType: "thanh-tra" }),
        ],
        "Biểu 01",
      ),
      opts,
    );
    expect(result.units.map((u) => [u.cap, u.excess])).toEqual([
      [null, 0],
      [null, 0],
    ]);
    // No rule for a thanh tra sở is in force on the date: said once, with the date instead of a rule set.
    const notApplicable = result.issues.filter((i) => i.code === "no-rule-in-force");
    expect(notApplicable).toHaveLength(1);
    expect(notApplicable[0]?.cell).toBe("'Biểu 01'!2:2");
    // A warning, with the cap left blank: the rest of the table is still reviewed.
    expect(notApplicable[0]?.level).toBe("warning");
    const message = issueMessage(notApplicable[0] as Issue);
    expect(message).toContain("Thanh tra");
    expect(message).not.toContain("—");
    expect(message).toMatch(/\d{2}\/\d{2}\/\d{4}/);
  });
});

describe("the rule family of the body", () => {
  const rows = [row("Phòng Tổng hợp", 1, 3, 8, 12), row("Phòng Lưu trữ", 1, 2, 0, 3)];
  const opts = { date: "2026-02-05" };

  it("a Party body's title makes its phòng Party phòng, and says so with the cell", () => {
    const t = {
      ...table(rows),
      body: { family: "party" as const, commune: false, text: "TỈNH ỦY BÌNH PHƯỚC", cell: "Test!A1" },
    };
    const a = check(t, opts);
    expect(a.units.map((u) => u.unitType)).toEqual(["phong-dang", "phong-dang"]);
    expect(a.issues).toContainEqual(
      expect.objectContaining({ level: "info", code: "rule-family-inferred", cell: "Test!A1" }),
    );
  });

  it("a State body's title keeps the State rules, and says so", () => {
    const t = {
      ...table(rows),
      body: { family: "state" as const, commune: false, text: "SỞ NỘI VỤ", cell: "Test!A2" },
    };
    const a = check(t, opts);
    expect(a.units.map((u) => u.unitType)).toEqual(["phong", "phong"]);
    expect(a.issues.map((i) => i.code)).toContain("rule-family-inferred");
  });

  it("with nothing to tell, State rules from the names, and a warning; never silent", () => {
    const a = check(table(rows), opts);
    expect(a.units.map((u) => u.unitType)).toEqual(["phong", "phong"]);
    expect(a.issues).toContainEqual(
      expect.objectContaining({
        level: "warning",
        code: "rule-family-assumed",
        params: expect.objectContaining({ unitType: "Phòng thuộc sở" }),
      }),
    );
  });

  it("the user's unit type needs no inference", () => {
    const a = check(table(rows), { ...opts, unitType: "phong-dang" });
    expect(a.issues.map((i) => i.code)).not.toContain("rule-family-assumed");
    expect(a.issues.map((i) => i.code)).not.toContain("rule-family-inferred");
  });
});

describe("communes (two-level local government)", () => {
  const commune = (date: string, deputies: [number, number, number, number]) =>
    check(
      {
        ...table([
          row("Văn phòng HĐND và UBND", 1, deputies[0], 10, 11 + deputies[0]),
          row("Phòng Kinh tế", 1, deputies[1], 6, 7 + deputies[1]),
          row("Phòng Văn hóa - Xã hội", 1, deputies[2], 5, 6 + deputies[2]),
          row("Trung tâm Phục vụ hành chính công", 1, deputies[3], 4, 5 + deputies[3]),
        ]),
        body: { family: "state", commune: true, text: "ỦY BAN NHÂN DÂN XÃ TÂN HƯNG", cell: "Test!A1" },
      },
      { date },
    );

  it("takes the commune's unit types from the names, and checks NQ 332's average for the group", () => {
    const a = commune("2026-03-01", [2, 1, 3, 1]);
    expect(a.units.map((u) => [u.unitType, u.cap, u.excess])).toEqual([
      ["phong-xa", 2, 0],
      ["phong-xa", 2, 0],
      ["phong-xa", 2, 0],
      ["trung-tam-xa", 2, 0],
    ]);
    // 7 deputies against 4 × 2: within the pooled cap, said as a note.
    expect(a.issues).toContainEqual(
      expect.objectContaining({
        level: "info",
        code: "pooled-cap",
        params: expect.objectContaining({ cap: 8, deputies: 7, excess: 0 }),
      }),
    );
    expect(a.units.every((u) => u.capInfo?.ruleSet === "NQ332_2025" && u.capInfo.pooled)).toBe(true);
  });

  it("flags the group, not a unit, when the pool is exceeded", () => {
    const a = commune("2026-03-01", [3, 3, 2, 1]);
    expect(a.units.flatMap((u) => u.flags)).not.toContain("deputies-over-cap");
    expect(a.issues).toContainEqual(
      expect.objectContaining({
        level: "warning",
        code: "pooled-cap",
        params: expect.objectContaining({ cap: 8, deputies: 9, excess: 1 }),
      }),
    );
    // Its `count` is of units, not of cells: the message must not read as an aggregated cell issue.
    const pooled = a.issues.find((i) => i.code === "pooled-cap") as Issue;
    expect(issueMessage(pooled)).toMatch(
      /tối đa 8, hiện có 9, dôi dư 1\. Căn cứ: Nghị quyết 332\/NQ-CP[^{}]*\.$/,
    );
  });

  it("before NQ 332: one deputy per phòng (NĐ 150 Điều 13), and no rule for the centre", () => {
    const a = commune("2025-09-01", [2, 1, 1, 1]);
    expect(a.units.map((u) => [u.cap, u.excess])).toEqual([
      [1, 1],
      [1, 0],
      [1, 0],
      [null, 0],
    ]);
    expect(a.units[0]?.capInfo?.source).toContain("Khoản 2 Điều 13 Nghị định 150/2025/NĐ-CP");
    expect(a.issues).toContainEqual(expect.objectContaining({ level: "warning", code: "no-rule-in-force" }));
  });

  it("a commune đảng ủy's bodies have no published cap: blank, with the reason", () => {
    const a = check(
      {
        ...table([row("Văn phòng Đảng ủy", 1, 2, 4, 7), row("Ban Xây dựng Đảng", 1, 1, 3, 5)]),
        body: { family: "party", commune: true, text: "ĐẢNG ỦY XÃ TÂN HƯNG", cell: "Test!A1" },
      },
      { date: "2026-03-01" },
    );
    expect(a.units.map((u) => [u.unitType, u.cap])).toEqual([
      ["co-quan-dang-xa", null],
      ["co-quan-dang-xa", null],
    ]);
    expect(a.issues).toContainEqual(expect.objectContaining({ level: "warning", code: "no-published-cap" }));
  });

  describe("the body's own leadership listed as a row", () => {
    const so = (unitType?: "phong") =>
      check(
        table([
          row("Lãnh đạo Sở", 1, 2, 0, 3),
          row("Văn phòng Sở", 1, 3, 10, 14),
          row("Phòng Kế hoạch - Tài chính", 1, 1, 6, 8),
        ]),
        { date: "2026-03-01", ...(unitType ? { unitType } : {}) },
      );

    it("is neither a phòng nor a đầu mối, whatever the default type", () => {
      for (const a of [so(), so("phong")]) {
        const leaders = a.units[0];
        expect(leaders?.unitType).toBe("lanh-dao");
        expect([leaders?.cap, leaders?.excess, leaders?.flags]).toEqual([null, 0, []]);
        expect(a.summary.units.before).toBe(2);
        expect(a.summary.deputies.before).toBe(6);
        expect(a.issues).toContainEqual(
          expect.objectContaining({ level: "info", code: "body-leadership", cell: "Test!2:2" }),
        );
        expect(a.issues.some((i) => i.level === "error")).toBe(false);
      }
    });

    it("bounds its units' deputies (NĐ 370 principle)", () => {
      const a = so();
      expect(a.units.map((u) => u.flags.includes("deputies-over-parent"))).toEqual([false, true, false]);
    });

    it("per block: a unit is bounded by its own body's leadership only", () => {
      const a = check(
        table([
          row("Lãnh đạo Sở", 1, 1, 0, 2, { block: "SỞ A" }),
          row("Văn phòng", 1, 2, 8, 11, { block: "SỞ A" }),
          row("Văn phòng", 1, 2, 8, 11, { block: "SỞ B" }),
        ]),
        { date: "2026-03-01" },
      );
      expect(a.units.map((u) => u.flags.includes("deputies-over-parent"))).toEqual([false, true, false]);
    });

    it("a tỉnh ủy's advisory bodies: more than 18 deputies in all is a warning (QĐ 137, reported)", () => {
      const bodies = (deputies: number) =>
        [
          "BAN TỔ CHỨC",
          "BAN TUYÊN GIÁO",
          "VĂN PHÒNG",
          "ỦY BAN KIỂM TRA",
          "BAN NỘI CHÍNH",
          "BAN DÂN VẬN",
        ].flatMap((block) => [
          row("Lãnh đạo Ban", 1, deputies, 0, deputies + 1, { block }),
          row("Phòng Tổng hợp", 1, 1, 6, 8, { block }),
        ]);
      const party = { family: "party" as const, commune: false, text: "TỈNH ỦY BÌNH PHƯỚC", cell: "Test!A1" };
      const over = check({ ...table(bodies(4)), body: party }, { date: "2026-03-01" });
      const within = check({ ...table(bodies(3)), body: party }, { date: "2026-03-01" });
      const total = (a: typeof over) => a.issues.filter((i) => i.code === "party-deputies-total");
      expect(total(over)).toEqual([
        expect.objectContaining({
          level: "warning",
          params: expect.objectContaining({ deputies: 24, cap: 18 }),
        }),
      ]);
      expect(issueMessage(total(over)[0] as Issue, "vi")).toContain("24, quá 18 người");
      expect(total(within)).toEqual([]);
      expect(over.units.filter((u) => u.unitType === "phong-dang")).toHaveLength(6);
    });
  });

  it("the family the user answered for a sheet that does not say: no guess, no warning", () => {
    const rows = [row("Phòng Tổng hợp", 1, 3, 8, 12), row("Phòng Quản trị", 1, 2, 6, 9)];
    const assumed = check(table(rows), { date: "2026-03-01" });
    const party = check(table(rows), { date: "2026-03-01", family: "party" });
    const state = check(table(rows), { date: "2026-03-01", family: "state" });
    expect(assumed.issues.map((i) => i.code)).toContain("rule-family-assumed");
    expect(party.units.map((u) => u.unitType)).toEqual(["phong-dang", "phong-dang"]);
    expect(state.units.map((u) => u.unitType)).toEqual(["phong", "phong"]);
    for (const a of [party, state]) expect(a.issues.map((i) => i.code)).not.toContain("rule-family-assumed");
  });
});
