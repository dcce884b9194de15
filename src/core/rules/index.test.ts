import { issueMessage } from "../messages";
import type { ProvinceClass, RuleSetId, UnitType } from "../types";
import {
  CAP_RULES,
  citation,
  deputyCap,
  defaultRuleSet,
  excessDeadline,
  minConfidence,
  minimumSize,
  type CapQuery,
  RULE_SETS,
  UNIT_TYPES,
  PROVINCE_CLASSES,
} from "./index";

const DATE = "2026-02-05";

function query(extra: Partial<CapQuery> & Pick<CapQuery, "unitType">): CapQuery {
  return { basis: 10, basisKind: "quota", date: DATE, ...extra };
}

function capOf(q: CapQuery): number {
  const r = deputyCap(q);
  if (!r.ok) throw new Error(`expected a cap, got ${r.issue.code}`);
  return r.value.info.cap;
}

function failureOf(q: CapQuery): string {
  const r = deputyCap(q);
  if (r.ok) throw new Error(`expected a failure, got cap ${r.value.info.cap}`);
  return r.issue.code;
}

describe("deputyCap thresholds by rule set", () => {
  // [ruleSet, unitType, provinceClass, basis, expected cap]
  const cases: [RuleSetId, UnitType, ProvinceClass | undefined, number, number][] = [
    // NĐ 107/2020 phòng and văn phòng, by province class
    ["ND107_2020", "phong", "hn-hcm", 9, 1],
    ["ND107_2020", "phong", "hn-hcm", 10, 2],
    ["ND107_2020", "phong", "hn-hcm", 14, 2],
    ["ND107_2020", "phong", "hn-hcm", 15, 3],
    ["ND107_2020", "phong", "loai-1", 8, 1],
    ["ND107_2020", "phong", "loai-1", 9, 2],
    ["ND107_2020", "phong", "loai-1", 14, 2],
    ["ND107_2020", "phong", "loai-1", 15, 3],
    ["ND107_2020", "phong", "loai-2-3", 7, 1],
    ["ND107_2020", "phong", "loai-2-3", 8, 2],
    ["ND107_2020", "phong", "loai-2-3", 14, 2],
    ["ND107_2020", "phong", "loai-2-3", 15, 3],
    ["ND107_2020", "van-phong", "hn-hcm", 9, 1],
    ["ND107_2020", "van-phong", "loai-1", 9, 2],
    ["ND107_2020", "van-phong", "loai-2-3", 8, 2],
    ["ND107_2020", "van-phong", "loai-2-3", 15, 3],
    ["ND107_2020", "thanh-tra", undefined, 7, 1],
    ["ND107_2020", "thanh-tra", undefined, 8, 2],
    ["ND107_2020", "thanh-tra", undefined, 40, 2],
    ["ND107_2020", "phong-chi-cuc", undefined, 9, 1],
    ["ND107_2020", "phong-chi-cuc", undefined, 10, 2],
    ["ND107_2020", "phong-chi-cuc", undefined, 15, 3],
    // NĐ 45/2025 carries NĐ 107 over
    ["ND45_2025", "phong", "hn-hcm", 9, 1],
    ["ND45_2025", "phong", "hn-hcm", 10, 2],
    ["ND45_2025", "phong", "loai-1", 9, 2],
    ["ND45_2025", "phong", "loai-2-3", 7, 1],
    ["ND45_2025", "phong", "loai-2-3", 8, 2],
    ["ND45_2025", "phong", "loai-2-3", 15, 3],
    ["ND45_2025", "van-phong", "loai-1", 14, 2],
    ["ND45_2025", "thanh-tra", undefined, 7, 1],
    ["ND45_2025", "thanh-tra", undefined, 8, 2],
    ["ND45_2025", "phong-chi-cuc", undefined, 14, 2],
    ["ND45_2025", "phong-chi-cuc", undefined, 15, 3],
    // NĐ 150/2025 and NĐ 370/2025: one table for every province
    ["ND150_2025", "phong", undefined, 9, 1],
    ["ND150_2025", "phong", undefined, 10, 2],
    ["ND150_2025", "phong", undefined, 14, 2],
    ["ND150_2025", "phong", undefined, 15, 3],
    ["ND150_2025", "van-phong", undefined, 9, 1],
    ["ND150_2025", "van-phong", undefined, 10, 2],
    ["ND150_2025", "van-phong", undefined, 15, 3],
    ["ND150_2025", "phong-chi-cuc", undefined, 9, 1],
    ["ND150_2025", "phong-chi-cuc", undefined, 10, 2],
    ["ND150_2025", "phong-chi-cuc", undefined, 15, 3],
    ["ND370_2025", "phong", undefined, 0, 1],
    ["ND370_2025", "phong", undefined, 9, 1],
    ["ND370_2025", "phong", undefined, 10, 2],
    ["ND370_2025", "phong", undefined, 14, 2],
    ["ND370_2025", "phong", undefined, 15, 3],
    ["ND370_2025", "phong", undefined, 60, 3],
    ["ND370_2025", "van-phong", undefined, 9, 1],
    ["ND370_2025", "van-phong", undefined, 14, 2],
    ["ND370_2025", "van-phong", undefined, 15, 3],
    ["ND370_2025", "phong-chi-cuc", undefined, 9, 1],
    ["ND370_2025", "phong-chi-cuc", undefined, 10, 2],
    ["ND370_2025", "phong-chi-cuc", undefined, 15, 3],
    // Party phòng
    ["QD04_2018", "phong-dang", undefined, 5, 1],
    ["QD04_2018", "phong-dang", undefined, 20, 1],
    ["QD137_2023", "phong-dang", undefined, 9, 2],
    ["QD137_2023", "phong-dang", undefined, 10, 3],
    ["QD329_2025", "phong-dang", undefined, 9, 2],
    ["QD329_2025", "phong-dang", undefined, 10, 3],
    // District phòng: average 2
    ["ND108_2020", "phong-huyen", undefined, 4, 2],
    ["ND45_2025", "phong-huyen", undefined, 30, 2],
  ];

  it.each(cases)("%s %s (%s) with N = %p allows %p", (ruleSet, unitType, provinceClass, basis, cap) => {
    const q = query({ ruleSet, unitType, basis, ...(provinceClass ? { provinceClass } : {}) });
    expect(capOf(q)).toBe(cap);
  });

  it("applies the province class only where the rule set depends on it", () => {
    // 9 biên chế: loại I gives 2 under NĐ 107, but NĐ 370 has one table (1).
    expect(
      capOf(query({ ruleSet: "ND107_2020", unitType: "phong", basis: 9, provinceClass: "loai-1" })),
    ).toBe(2);
    expect(
      capOf(query({ ruleSet: "ND370_2025", unitType: "phong", basis: 9, provinceClass: "loai-1" })),
    ).toBe(1);
  });
});

describe("deputyCap for chi cục by number of phòng", () => {
  it.each([
    ["ND107_2020", 0, 2],
    ["ND107_2020", 1, 1],
    ["ND107_2020", 3, 1],
    ["ND107_2020", 4, 2],
    ["ND45_2025", 2, 1],
    ["ND45_2025", 5, 2],
    ["ND150_2025", 0, 2],
    ["ND150_2025", 1, 1],
    ["ND150_2025", 3, 1],
    ["ND150_2025", 4, 2],
    ["ND370_2025", 0, 2],
    ["ND370_2025", 1, 1],
    ["ND370_2025", 3, 1],
    ["ND370_2025", 4, 2],
    ["ND370_2025", 9, 2],
  ] as const)("%s with %p phòng allows %p", (ruleSet, subUnits, cap) => {
    expect(capOf(query({ ruleSet, unitType: "chi-cuc", basis: 20, subUnits }))).toBe(cap);
  });

  it("treats a chi cục without a phòng count as having no phòng", () => {
    expect(capOf(query({ ruleSet: "ND370_2025", unitType: "chi-cuc", basis: 20 }))).toBe(2);
  });

  it("does not use the basis for a chi cục", () => {
    expect(capOf(query({ ruleSet: "ND370_2025", unitType: "chi-cuc", basis: 100, subUnits: 2 }))).toBe(1);
  });
});

describe("deputyCap result details", () => {
  it("returns the source, confidence and basis of the rule applied", () => {
    const r = deputyCap(query({ unitType: "phong", basis: 12, basisKind: "staff", date: "2025-08-01" }));
    expect(r.ok && r.value.info).toEqual({
      cap: 2,
      ruleSet: "ND150_2025",
      source: "Khoản 2 Điều 6 Nghị định 150/2025/NĐ-CP (hiệu lực từ 16/6/2025)",
      confidence: "verified",
      basis: 12,
      basisKind: "staff",
    });
    expect(r.ok && r.value.notes).toEqual([]);
  });

  it("marks district caps as pooled averages", () => {
    const r = deputyCap(query({ unitType: "phong-huyen", date: "2022-01-01" }));
    expect(r.ok && r.value.info.pooled).toBe(true);
    expect(r.ok && r.value.info.ruleSet).toBe("ND108_2020");
    expect(r.ok && r.value.info.confidence).toBe("verified");
  });

  it("QĐ 137, read only in quotes, is reported at every size", () => {
    for (const basis of [9, 10]) {
      const r = deputyCap(
        query({ ruleSet: "QD137_2023", unitType: "phong-dang", basis, basisKind: "people" }),
      );
      expect(r.ok && r.value.info.confidence).toBe("reported");
    }
  });

  it("warns when the rule is unsettled, naming rule set, unit type and source", () => {
    const r = deputyCap(query({ ruleSet: "ND45_2025", unitType: "thanh-tra" }));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.info.confidence).toBe("unsettled");
    const note = r.value.notes.find((n) => n.code === "rule-unsettled");
    expect(note).toMatchObject({
      level: "warning",
      params: { ruleSet: "Nghị định 45/2025/NĐ-CP", ruleSetId: "ND45_2025", unitType: "Thanh tra sở" },
    });
    expect(String(note?.params?.source)).toContain("Nghị định 45/2025/NĐ-CP");
    expect(issueMessage(note!)).not.toMatch(/\{\w+\}/);
  });

  it("does not warn for reported or verified rules", () => {
    const r = deputyCap(query({ ruleSet: "ND107_2020", unitType: "thanh-tra" }));
    expect(r.ok && r.value.notes).toEqual([]);
  });

  it("assumes loại II–III with an info note when a class-dependent rule gets no class", () => {
    const r = deputyCap(query({ ruleSet: "ND107_2020", unitType: "phong", basis: 8 }));
    expect(r.ok && r.value.info.cap).toBe(2);
    expect(r.ok && r.value.notes).toEqual([
      expect.objectContaining({ level: "info", code: "province-class-assumed" }),
    ]);
    const assumed = r.ok ? r.value.notes[0] : undefined;
    expect(assumed?.params?.assumedId).toBe("loai-2-3");
    expect(issueMessage(assumed!)).toContain("Tỉnh loại II, III");
  });

  it("does not note a class assumption when the class is given or not needed", () => {
    const given = deputyCap(query({ ruleSet: "ND107_2020", unitType: "phong", provinceClass: "hn-hcm" }));
    const uniform = deputyCap(query({ ruleSet: "ND370_2025", unitType: "phong" }));
    expect(given.ok && given.value.notes).toEqual([]);
    expect(uniform.ok && uniform.value.notes).toEqual([]);
  });
});

describe("deputyCap failures", () => {
  it("has no Thanh tra sở cap under NĐ 150 and NĐ 370", () => {
    expect(failureOf(query({ ruleSet: "ND150_2025", unitType: "thanh-tra" }))).toBe("rule-not-applicable");
    expect(failureOf(query({ ruleSet: "ND370_2025", unitType: "thanh-tra" }))).toBe("rule-not-applicable");
  });

  it("does not mix state and Party rule sets", () => {
    expect(failureOf(query({ ruleSet: "ND370_2025", unitType: "phong-dang" }))).toBe("rule-not-applicable");
    expect(failureOf(query({ ruleSet: "QD137_2023", unitType: "phong" }))).toBe("rule-not-applicable");
    expect(failureOf(query({ ruleSet: "ND107_2020", unitType: "phong-huyen" }))).toBe("rule-not-applicable");
  });

  it("fails for a date before any rule, and for district phòng after districts ended", () => {
    expect(failureOf(query({ unitType: "phong", date: "2019-06-01" }))).toBe("no-rule-in-force");
    expect(failureOf(query({ unitType: "phong-dang", date: "2018-07-24" }))).toBe("no-rule-in-force");
    expect(failureOf(query({ unitType: "phong-huyen", date: "2025-07-01" }))).toBe("no-rule-in-force");
  });

  it("names the unit in the not-applicable message", () => {
    const r = deputyCap(
      query({ ruleSet: "ND150_2025", unitType: "thanh-tra", unitName: "Thanh tra Sở Xây dựng" }),
    );
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(issueMessage(r.issue)).toContain("Thanh tra Sở Xây dựng");
    expect(issueMessage(r.issue)).toContain("Nghị định 150/2025/NĐ-CP");
  });

  it.each([
    [{ basis: -1 }],
    [{ basis: NaN }],
    [{ basis: Infinity }],
    [{ subUnits: -2 }],
    [{ mergedFrom: NaN }],
    [{ date: "2026-02-30" }],
    [{ date: "soon" }],
  ] as Partial<CapQuery>[][])("rejects invalid input %p", (extra) => {
    expect(failureOf(query({ unitType: "phong", ...extra }))).toBe("invalid-value");
  });

  it("rejects unknown ids from untyped callers without throwing", () => {
    expect(failureOf(query({ unitType: "phong", ruleSet: "ND999" as RuleSetId }))).toBe("unknown-rule-set");
    expect(failureOf(query({ unitType: "ban" as UnitType }))).toBe("invalid-value");
  });

  it("accepts a day-first date as well as ISO", () => {
    expect(capOf(query({ unitType: "phong", basis: 9, date: "05/02/2026" }))).toBe(1);
  });
});

describe("KL 187 merged-unit bonus", () => {
  const kl = (extra: Partial<CapQuery> & Pick<CapQuery, "unitType">) =>
    query({ ruleSet: "KL187_2025", ...extra });

  it("gives a phòng, a Văn phòng, a chi cục or a Party phòng no +1/+2 when merged: that is for cục and vụ", () => {
    for (const mergedFrom of [1, 2, 3, 5]) {
      expect(capOf(kl({ unitType: "phong", basis: 12, mergedFrom }))).toBe(2);
    }
    expect(capOf(kl({ unitType: "phong", basis: 12 }))).toBe(2);
    const r = deputyCap(kl({ unitType: "phong", basis: 12, mergedFrom: 2 }));
    expect(r.ok && r.value.info.source).toContain("chỉ áp dụng cho bộ, ngành, cục, vụ");
  });

  it("builds on the rule in force on the date, and cites both", () => {
    const r = deputyCap(kl({ unitType: "phong", basis: 12, mergedFrom: 2, date: "2025-09-15" }));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.info.ruleSet).toBe("KL187_2025");
    expect(r.value.info.source).toContain("Kết luận 187-KL/TW");
    expect(r.value.info.source).toContain("Nghị định 150/2025/NĐ-CP");
    expect(r.value.info.confidence).toBe("reported"); // KL 187 read only in press and portal quotes
  });

  it("never uses a base from before KL 187 (29/8/2025)", () => {
    const r = deputyCap(kl({ unitType: "phong", basis: 9, mergedFrom: 2, date: "2024-01-01" }));
    // NĐ 150 on 2025-08-29 (1), not NĐ 107 loại II–III (2).
    expect(r.ok && r.value.info.cap).toBe(1);
    expect(r.ok && r.value.info.source).toContain("Nghị định 150/2025/NĐ-CP");
  });

  it("inherits an unsettled base and warns", () => {
    const r = deputyCap(kl({ unitType: "phong-dang", basis: 12, basisKind: "people", mergedFrom: 3 }));
    expect(r.ok && r.value.info.cap).toBe(3);
    expect(r.ok && r.value.info.confidence).toBe("unsettled");
    expect(r.ok && r.value.notes.map((n) => n.code)).toEqual(["rule-unsettled"]);
  });

  it("applies the chi cục rule by phòng count", () => {
    expect(capOf(kl({ unitType: "chi-cuc", subUnits: 2, mergedFrom: 2 }))).toBe(1);
  });

  it("fails where no base rule exists", () => {
    expect(failureOf(kl({ unitType: "thanh-tra" }))).toBe("rule-not-applicable");
    expect(failureOf(kl({ unitType: "phong-huyen" }))).toBe("rule-not-applicable");
  });

  it("gives no bonus under other rule sets", () => {
    expect(capOf(query({ ruleSet: "ND370_2025", unitType: "phong", basis: 12, mergedFrom: 3 }))).toBe(2);
  });
});

describe("defaultRuleSet", () => {
  const STATE: UnitType[] = ["phong", "van-phong", "chi-cuc", "phong-chi-cuc"];

  it.each([
    ["2020-11-24", undefined],
    ["2020-11-25", "ND107_2020"],
    ["2025-02-28", "ND107_2020"],
    ["2025-03-01", "ND45_2025"],
    ["2025-06-15", "ND45_2025"],
    ["2025-06-16", "ND150_2025"],
    ["2025-12-31", "ND150_2025"],
    ["2026-01-01", "ND370_2025"],
    ["2031-01-01", "ND370_2025"],
  ])("picks for state units on %s: %s", (date, expected) => {
    for (const unitType of STATE) expect(defaultRuleSet(unitType, date)).toBe(expected);
  });

  it.each([
    ["2025-02-28", "ND107_2020"],
    ["2025-03-01", "ND45_2025"],
    ["2025-06-15", "ND45_2025"],
    ["2025-06-16", undefined],
  ])("picks for Thanh tra sở on %s: %s (none from NĐ 150)", (date, expected) => {
    expect(defaultRuleSet("thanh-tra", date)).toBe(expected);
  });

  it.each([
    ["2020-11-24", undefined],
    ["2020-11-25", "ND108_2020"],
    ["2025-02-28", "ND108_2020"],
    ["2025-03-01", "ND45_2025"],
    // NĐ 150 replaced NĐ 45 as a whole on 16/6/2025; no text for district phòng after that.
    ["2025-06-15", "ND45_2025"],
    ["2025-06-16", undefined],
  ])("picks for district phòng on %s: %s", (date, expected) => {
    expect(defaultRuleSet("phong-huyen", date)).toBe(expected);
  });

  it.each([
    ["2018-07-24", undefined],
    ["2018-07-25", "QD04_2018"],
    ["2023-11-30", "QD04_2018"],
    ["2023-12-01", "QD137_2023"],
    ["2025-06-12", "QD137_2023"],
    ["2025-06-13", "QD329_2025"],
    ["2030-01-01", "QD329_2025"],
  ])("picks for Party phòng on %s: %s", (date, expected) => {
    expect(defaultRuleSet("phong-dang", date)).toBe(expected);
  });

  it("never picks KL 187 by itself", () => {
    for (const unitType of UNIT_TYPES) expect(defaultRuleSet(unitType, "2027-01-01")).not.toBe("KL187_2025");
  });

  it("returns undefined for an invalid date", () => {
    expect(defaultRuleSet("phong", "2026-02-30")).toBeUndefined();
  });

  it("is what deputyCap uses when no rule set is given", () => {
    const r = deputyCap(query({ unitType: "phong", basis: 9, provinceClass: "loai-1", date: "2025-02-28" }));
    expect(r.ok && r.value.info.ruleSet).toBe("ND107_2020");
    expect(r.ok && r.value.info.cap).toBe(2);
  });
});

describe("minimumSize", () => {
  it.each([
    ["phong", "ND107_2020", "hn-hcm", 7],
    ["phong", "ND107_2020", "loai-1", 6],
    ["phong", "ND107_2020", "loai-2-3", 5],
    ["van-phong", "ND107_2020", "loai-1", 6],
    ["chi-cuc", "ND107_2020", undefined, 12],
    ["phong", "ND45_2025", "hn-hcm", 7],
    ["phong", "ND45_2025", "loai-2-3", 5],
    ["phong-chi-cuc", "ND45_2025", undefined, 5],
    ["chi-cuc", "ND45_2025", undefined, 12],
    ["phong", "ND150_2025", "loai-2-3", 7],
    ["van-phong", "ND150_2025", undefined, 7],
    ["chi-cuc", "ND150_2025", undefined, 12],
    ["phong-chi-cuc", "ND150_2025", undefined, 5],
    ["phong", "ND370_2025", undefined, 7],
    ["phong-dang", "QD137_2023", undefined, 5],
    ["phong-dang", "QD329_2025", undefined, 5],
  ] as const)("%s under %s (%s) needs at least %p", (unitType, ruleSet, provinceClass, min) => {
    expect(minimumSize(unitType, ruleSet, provinceClass)?.min).toBe(min);
  });

  it("assumes loại II–III for a class-dependent minimum and says so", () => {
    expect(minimumSize("phong", "ND107_2020")).toMatchObject({ min: 5, assumedProvinceClass: "loai-2-3" });
    expect(minimumSize("phong", "ND107_2020", "loai-2-3")?.assumedProvinceClass).toBeUndefined();
    expect(minimumSize("phong", "ND370_2025")?.assumedProvinceClass).toBeUndefined();
  });

  it("is undefined where no minimum is known", () => {
    expect(minimumSize("thanh-tra", "ND107_2020")).toBeUndefined();
    expect(minimumSize("phong-huyen", "ND108_2020")).toBeUndefined();
    expect(minimumSize("phong-dang", "QD04_2018")).toBeUndefined();
    expect(minimumSize("phong", "KL187_2025")).toBeUndefined();
  });

  it("cites Điều 5 of NĐ 150 for the uniform 2025 minimums", () => {
    expect(minimumSize("phong", "ND150_2025")?.source).toBe("Điểm b khoản 2 Điều 5 Nghị định 150/2025/NĐ-CP");
  });
});

describe("excessDeadline", () => {
  it("gives the decision date + 5 years under the state rules, or KL 187's end of 2030 when earlier", () => {
    expect(excessDeadline("ND150_2025", "2025-07-01")?.date).toBe("2030-07-01");
    expect(excessDeadline("ND45_2025", "2025-03-01")).toEqual({
      date: "2030-03-01",
      source: "Điều 24 Nghị định 45/2025/NĐ-CP",
      fromDecision: true,
      other: { date: "2030-12-31", source: expect.stringContaining("Kết luận 187-KL/TW") },
    });
    // Decided in 2026: five years run past 2030, so KL 187's date binds and the five years are the other.
    const later = excessDeadline("ND370_2025", "2026-02-05");
    expect([later?.date, later?.other?.date, later?.fromDecision]).toEqual([
      "2030-12-31",
      "2031-02-05",
      true,
    ]);
    expect(later?.source).toContain("Kết luận 187-KL/TW");
    expect(later?.other?.source).toContain("Nghị định 370/2025/NĐ-CP");
    // The last day on which five years still come first.
    expect(excessDeadline("ND370_2025", "2025-12-31")?.date).toBe("2030-12-31");
    expect(excessDeadline("ND370_2025", "2025-12-30")?.date).toBe("2030-12-30");
  });

  it("moves a 29 February decision to 28 February five years on", () => {
    expect(excessDeadline("ND370_2025", "2028-02-29")?.other?.date).toBe("2033-02-28");
  });

  it("gives 31/12/2030 under KL 187, QĐ 329 and NQ 332 whatever the decision date", () => {
    expect(excessDeadline("KL187_2025", "2026-02-05")?.date).toBe("2030-12-31");
    expect(excessDeadline("NQ332_2025", "2026-02-05")).toEqual(excessDeadline("KL187_2025", "2026-02-05"));
    expect(excessDeadline("QD329_2025", "2029-06-01")?.date).toBe("2030-12-31");
    expect(excessDeadline("KL187_2025", "2026-02-05")?.source).toContain("Kết luận 187-KL/TW");
  });

  it("is undefined where no transition rule was found, or for an invalid date", () => {
    for (const id of ["ND107_2020", "ND108_2020", "QD04_2018", "QD137_2023"] as const) {
      expect(excessDeadline(id, "2024-01-01")).toBeUndefined();
    }
    expect(excessDeadline("ND370_2025", "31/02/2026")).toBeUndefined();
  });
});

describe("coverage of the data", () => {
  it("gives a cap for every unit type a rule set lists, for every class and a range of sizes", () => {
    for (const [id, set] of Object.entries(RULE_SETS) as [RuleSetId, (typeof RULE_SETS)[RuleSetId]][]) {
      for (const unitType of set.unitTypes) {
        for (const provinceClass of PROVINCE_CLASSES) {
          for (const basis of [0, 1, 7, 8, 9, 10, 14, 15, 40]) {
            const r = deputyCap({
              unitType,
              basis,
              basisKind: "quota",
              date: DATE,
              ruleSet: id,
              provinceClass,
            });
            expect(r.ok ? r.value.info.cap : `${id} ${unitType}: ${r.issue.code}`).toBeGreaterThanOrEqual(1);
          }
        }
      }
    }
  });

  it("fails for every unit type a rule set does not list", () => {
    for (const [id, set] of Object.entries(RULE_SETS) as [RuleSetId, (typeof RULE_SETS)[RuleSetId]][]) {
      for (const unitType of UNIT_TYPES.filter((t) => !set.unitTypes.includes(t))) {
        expect([id, unitType, failureOf(query({ ruleSet: id, unitType }))]).toEqual([
          id,
          unitType,
          "rule-not-applicable",
        ]);
      }
    }
  });

  it("never lowers the cap as the unit grows", () => {
    for (const id of Object.keys(RULE_SETS) as RuleSetId[]) {
      for (const unitType of RULE_SETS[id].unitTypes) {
        let previous = 0;
        for (let basis = 0; basis <= 30; basis++) {
          const cap = capOf(query({ ruleSet: id, unitType, basis, provinceClass: "loai-1" }));
          expect(cap).toBeGreaterThanOrEqual(previous);
          previous = cap;
        }
      }
    }
  });

  it("orders confidences from unsettled to verified", () => {
    expect(minConfidence("verified", "reported")).toBe("reported");
    expect(minConfidence("unsettled", "verified")).toBe("unsettled");
    expect(minConfidence("verified", "verified")).toBe("verified");
  });
});

describe("citation", () => {
  it("drops our remarks on how sure a source is, and only those", () => {
    expect(citation("Quy định 329-QĐ/TW ngày 13/6/2025 (chưa đọc được; tạm theo Quy định 137-QĐ/TW)")).toBe(
      "Quy định 329-QĐ/TW ngày 13/6/2025",
    );
    expect(
      citation(
        "Nghị định 24/2014/NĐ-CP (Phó Chi cục trưởng; chưa đối chiếu văn bản gốc, tạm theo khoản 4 Điều 6 Nghị định 150/2025/NĐ-CP)",
      ),
    ).toBe("Nghị định 24/2014/NĐ-CP (Phó Chi cục trưởng)");
    const kept =
      "Quy định 137-QĐ/TW ngày 01/12/2023 (phòng tối thiểu 05 người; 04 người nếu chưa đủ biên chế)";
    expect(citation(kept)).toBe(kept);
    expect(citation("Điều 6 Nghị định 150/2025/NĐ-CP (hiệu lực từ 16/6/2025)")).toBe(
      "Điều 6 Nghị định 150/2025/NĐ-CP (hiệu lực từ 16/6/2025)",
    );
  });

  it("leaves no remark in any rule's citation", () => {
    for (const rule of CAP_RULES) {
      expect(citation(rule.source)).not.toMatch(/chưa (đọc|đối chiếu|tìm thấy|xác minh)|tạm theo/);
    }
  });
});
