import type { RuleSetId } from "../types";
import { CAP_RULES, MINIMUM_RULES, RULE_SET_IDS, RULE_SETS, TRANSITION_RULES, UNIT_TYPES } from "./ruleSets";

const CONFIDENCES = ["verified", "reported", "unsettled"];
const ISO = /^\d{4}-\d{2}-\d{2}$/;

describe("rule data", () => {
  it("lists every rule set id exactly once, with a title, an ISO validity and unit types", () => {
    expect([...RULE_SET_IDS].sort()).toEqual(Object.keys(RULE_SETS).sort());
    for (const id of RULE_SET_IDS) {
      const set = RULE_SETS[id];
      expect(set.title.vi).toMatch(/\S/);
      expect(set.title.en).toMatch(/\S/);
      expect(set.validFrom).toMatch(ISO);
      if (set.validTo !== undefined) expect(set.validTo >= set.validFrom).toBe(true);
      expect(set.unitTypes.length).toBeGreaterThan(0);
    }
  });

  it("gives every cap rule a non-empty Vietnamese source and a confidence", () => {
    for (const rule of CAP_RULES) {
      expect(rule.source.trim().length).toBeGreaterThan(10);
      expect(rule.source).toMatch(/Nghị định|Nghị quyết|Quy định|Kết luận/);
      expect(CONFIDENCES).toContain(rule.confidence);
    }
  });

  it("explains every unsettled choice", () => {
    for (const rule of CAP_RULES.filter((r) => r.confidence === "unsettled")) {
      expect(rule.basisNote ?? "").toMatch(/\S/);
    }
  });

  it("gives every minimum and transition rule a source and a confidence", () => {
    for (const rule of MINIMUM_RULES) {
      expect(rule.source).toMatch(/\S/);
      expect(CONFIDENCES).toContain(rule.confidence);
      expect(rule.min).toBeGreaterThan(0);
    }
    for (const rule of Object.values(TRANSITION_RULES)) expect(rule?.source).toMatch(/\S/);
  });

  it("keeps threshold steps ascending from 0 with positive caps", () => {
    for (const rule of CAP_RULES) {
      expect(rule.steps[0]?.from).toBe(0);
      for (let i = 1; i < rule.steps.length; i++) {
        expect(rule.steps[i]!.from).toBeGreaterThan(rule.steps[i - 1]!.from);
      }
      for (const step of rule.steps) expect(step.cap).toBeGreaterThan(0);
    }
  });

  it("keeps each rule inside its rule set's validity and unit types", () => {
    for (const rule of CAP_RULES) {
      const set = RULE_SETS[rule.ruleSet];
      expect(rule.validFrom >= set.validFrom).toBe(true);
      if (set.validTo !== undefined)
        expect(rule.validTo !== undefined && rule.validTo <= set.validTo).toBe(true);
      for (const t of rule.unitTypes) expect(set.unitTypes).toContain(t);
    }
  });

  it("never has two rules for the same rule set, unit type and class", () => {
    const seen = new Set<string>();
    for (const rule of CAP_RULES) {
      for (const t of rule.unitTypes) {
        const key = `${rule.ruleSet}|${t}|${rule.provinceClass ?? "*"}`;
        expect(seen.has(key)).toBe(false);
        seen.add(key);
      }
    }
  });

  it("never has two rule sets in force for the same unit type on the same day", () => {
    for (const t of UNIT_TYPES) {
      const periods = new Map<RuleSetId, [string, string]>();
      for (const r of CAP_RULES.filter((x) => x.unitTypes.includes(t))) {
        periods.set(r.ruleSet, [r.validFrom, r.validTo ?? "9999-12-31"]);
      }
      const sorted = [...periods.values()].sort((a, b) => a[0].localeCompare(b[0]));
      for (let i = 1; i < sorted.length; i++) expect(sorted[i]![0] > sorted[i - 1]![1]).toBe(true);
    }
  });

  it("only lets NĐ 107/2020 and NĐ 45/2025 depend on the province class", () => {
    const classed = new Set(CAP_RULES.filter((r) => r.provinceClass).map((r) => r.ruleSet));
    expect([...classed].sort()).toEqual(["ND107_2020", "ND45_2025"]);
  });
});

describe("what is still unsettled (listed in the README's Rules section)", () => {
  it("is exactly these rules: change the README with this list", () => {
    const unsettled = [
      ...CAP_RULES.filter((r) => r.confidence === "unsettled").map(
        (r) => `cap ${r.ruleSet} ${r.unitTypes.join("+")}${r.provinceClass ? ` ${r.provinceClass}` : ""}`,
      ),
      ...MINIMUM_RULES.filter((r) => r.confidence === "unsettled").map(
        (r) => `minimum ${r.ruleSet} ${r.unitTypes.join("+")}`,
      ),
    ];
    expect([...new Set(unsettled)]).toEqual([
      "cap ND107_2020 chi-cuc",
      "cap ND107_2020 phong-chi-cuc",
      "cap ND45_2025 phong+van-phong hn-hcm",
      "cap ND45_2025 phong+van-phong loai-1",
      "cap ND45_2025 phong+van-phong loai-2-3",
      "cap ND45_2025 thanh-tra",
      "cap ND45_2025 chi-cuc",
      "cap ND45_2025 phong-chi-cuc",
      "cap ND45_2025 phong-huyen",
      "cap ND370_2025 phong-chi-cuc",
      "cap QD329_2025 phong-dang",
      "minimum QD329_2025 phong-dang",
    ]);
  });
});
