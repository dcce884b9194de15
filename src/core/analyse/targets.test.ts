import { issueMessage } from "../messages";
import type { Result } from "../types";
import { cutNeeded, findTargetProfile, progress, requiredCut, TARGET_PROFILES } from "./targets";

function value<T>(r: Result<T>): T {
  if (!r.ok) throw new Error(`expected a value, got ${r.issue.code}`);
  return r.value;
}

describe("requiredCut", () => {
  it.each([
    [100, 0.1, 10],
    [52, 0.1, 6],
    [166, 0.1, 17],
    [100, 0.07, 7],
    [1000, 0.05, 50],
    [2234720, 0.05, 111736],
    [30, 0.1, 3],
    [29, 0.1, 3],
    [20, 0.2, 4],
    [0, 0.1, 0],
    [47, 0, 0],
    [47, 1, 47],
  ])("cuts %p × %p up to %p people", (baseline, rate, expected) => {
    expect(value(requiredCut(baseline, rate))).toBe(expected);
  });

  it("rounds any real fraction up (at least the rate)", () => {
    expect(value(requiredCut(101, 0.1))).toBe(11);
    expect(value(requiredCut(11, 0.1))).toBe(2);
  });
});

describe("cutNeeded", () => {
  it("is the whole required cut when nothing has been cut yet", () => {
    expect(value(cutNeeded(52, 0.1))).toBe(6);
    expect(value(cutNeeded(52, 0.1, 52))).toBe(6);
  });

  it("subtracts what has been cut already", () => {
    expect(value(cutNeeded(52, 0.1, 47))).toBe(1); // 52 → 47: 5 of 6 done
    expect(value(cutNeeded(166, 0.1, 150))).toBe(1);
  });

  it("is never negative once the target is met or passed", () => {
    expect(value(cutNeeded(52, 0.1, 46))).toBe(0);
    expect(value(cutNeeded(166, 0.1, 145))).toBe(0);
  });

  it("adds growth above the baseline to what must go", () => {
    expect(value(cutNeeded(100, 0.1, 103))).toBe(13);
  });
});

describe("progress", () => {
  it("reports the Bình Phước figures (52 → 47 against 10%)", () => {
    const p = value(progress(52, 47, 0.1));
    expect(p.cut).toBe(5);
    expect(p.cutRate).toBeCloseTo(5 / 52, 12);
    expect(p.required).toBe(6);
    expect(p.stillToCut).toBe(1);
    expect(p.achieved).toBeCloseTo(5 / 52 / 0.1, 12);
  });

  it("reports the Quảng Ninh figures (166 → 145 against 10%) as achieved beyond 1", () => {
    const p = value(progress(166, 145, 0.1));
    expect(p.cut).toBe(21);
    expect(p.required).toBe(17);
    expect(p.stillToCut).toBe(0);
    expect(p.achieved).toBeGreaterThan(1.2);
  });

  it("has no achievement ratio for a zero rate, and no rates for a zero baseline", () => {
    expect(value(progress(100, 100, 0)).achieved).toBeNull();
    const empty = value(progress(0, 0, 0.1));
    expect(empty.cutRate).toBeNull();
    expect(empty.achieved).toBeNull();
    expect(empty.required).toBe(0);
  });

  it("shows growth as a negative cut", () => {
    const p = value(progress(100, 110, 0.05));
    expect(p.cut).toBe(-10);
    expect(p.stillToCut).toBe(15);
    expect(p.achieved).toBeLessThan(0);
  });
});

describe("input validation", () => {
  it.each([
    ["negative baseline", () => requiredCut(-1, 0.1)],
    ["NaN baseline", () => requiredCut(NaN, 0.1)],
    ["infinite baseline", () => cutNeeded(Infinity, 0.1)],
    ["negative rate", () => requiredCut(100, -0.1)],
    ["rate above 1 (a percent number)", () => requiredCut(100, 10)],
    ["NaN rate", () => cutNeeded(100, NaN)],
    ["negative current", () => cutNeeded(100, 0.1, -5)],
    ["NaN current", () => progress(100, NaN, 0.1)],
  ])("rejects a %s with invalid-value", (_name, run) => {
    const r = run();
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issue.code).toBe("invalid-value");
    expect(r.issue.level).toBe("error");
    expect(issueMessage(r.issue)).not.toMatch(/\{\w+\}/);
  });

  it("names the faulty input in the message", () => {
    const r = requiredCut(100, 10);
    expect(!r.ok && issueMessage(r.issue, "en")).toBe(
      "Invalid value “10” for “tỷ lệ / rate” (expected: 0–1).",
    );
  });
});

describe("TARGET_PROFILES", () => {
  it("has unique ids and complete entries", () => {
    const ids = TARGET_PROFILES.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const p of TARGET_PROFILES) {
      expect(p.title.vi).toMatch(/\S/);
      expect(p.title.en).toMatch(/\S/);
      expect(p.base.vi).toMatch(/\S/);
      expect(p.source).toMatch(/Nghị quyết|Kết luận|Công văn/);
      expect(["verified", "reported", "unsettled"]).toContain(p.confidence);
      expect(p.rate).toBeGreaterThanOrEqual(0);
      expect(p.rate).toBeLessThanOrEqual(1);
      expect(p.period.to).toBeGreaterThanOrEqual(p.period.from);
    }
  });

  it("carries the rates of vn-rules §0.3 and §2", () => {
    const rate = (id: string) => TARGET_PROFILES.find((p) => p.id === id)?.rate;
    expect(rate("NQ39_2015")).toBe(0.1);
    expect(rate("NQ18_2017")).toBe(0.1);
    expect(rate("NQ19_2017")).toBe(0.1);
    expect(rate("KL40_2022_CONG_CHUC")).toBe(0.05);
    expect(rate("KL40_2022_VIEN_CHUC")).toBe(0.1);
    expect(rate("CV31_2025")).toBe(0.2);
    expect(rate("CV10989_2026_2031_VIEN_CHUC")).toBe(0.1);
    expect(rate("CV10989_2026_2031_CONG_CHUC")).toBe(0);
  });

  it("marks KL 40 as verified and the secondary-source targets as reported", () => {
    const conf = (id: string) => TARGET_PROFILES.find((p) => p.id === id)?.confidence;
    expect(conf("KL40_2022_CONG_CHUC")).toBe("verified");
    expect(conf("KL40_2022_VIEN_CHUC")).toBe("verified");
    expect(conf("NQ39_2015")).toBe("reported");
    expect(conf("CV31_2025")).toBe("reported");
  });
});

describe("findTargetProfile", () => {
  it.each([
    ["NQ39_2015", "NQ39_2015"],
    ["kl40_2022_vien_chuc", "KL40_2022_VIEN_CHUC"],
    ["NQ 39", "NQ39_2015"],
    ["Nghị quyết 18-NQ/TW", "NQ18_2017"],
    ["nghi quyet so 19", "NQ19_2017"],
    ["KL 40", "KL40_2022_CONG_CHUC"],
    ["KL 40 viên chức", "KL40_2022_VIEN_CHUC"],
    ["Kết luận 40-KL/TW (công chức)", "KL40_2022_CONG_CHUC"],
    ["CV 31", "CV31_2025"],
    ["Công văn 31/CV-BCĐTKNQ18", "CV31_2025"],
    ["Công văn 10989/BNV-TCBC", "CV10989_2026_2031_VIEN_CHUC"],
    ["CV 10989 công chức", "CV10989_2026_2031_CONG_CHUC"],
    ["Kết luận 40 VIÊN CHỨC".normalize("NFD"), "KL40_2022_VIEN_CHUC"],
  ])("finds %p as %p", (text, id) => {
    expect(findTargetProfile(text)?.id).toBe(id);
  });

  it.each(["", "NQ 1", "KL 4", "KL 187", "mười phần trăm", "CV 3"])("finds nothing for %p", (text) => {
    expect(findTargetProfile(text)).toBeUndefined();
  });
});
