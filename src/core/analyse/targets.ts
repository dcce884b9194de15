/**
 * Reduction targets (tinh giản biên chế): how many people a body must cut to reach "at least X%"
 * of a baseline, how far it has come, and the national target profiles (vn-rules.md §0.3, §2).
 */
import { textKey, wordKey } from "../text/normalize";
import { fail, ok, type Confidence, type Issue, type Result } from "../types";

function invalid(name: string, value: number, expected: string): Issue {
  return { level: "error", code: "invalid-value", params: { name, value: String(value), expected } };
}

const BASELINE = "biên chế gốc / baseline";
const CURRENT = "biên chế hiện tại / current";
const RATE = "tỷ lệ / rate";

function checkBaseline(baseline: number): Issue | undefined {
  return Number.isFinite(baseline) && baseline >= 0 ? undefined : invalid(BASELINE, baseline, "≥ 0");
}

function checkRate(rate: number): Issue | undefined {
  return Number.isFinite(rate) && rate >= 0 && rate <= 1 ? undefined : invalid(RATE, rate, "0–1");
}

function checkCurrent(current: number): Issue | undefined {
  return Number.isFinite(current) && current >= 0 ? undefined : invalid(CURRENT, current, "≥ 0");
}

/** ceil(baseline × rate) without binary noise: 100 × 0.1 → 10 (not 11), 52 × 0.1 → 6. */
function ceilProduct(baseline: number, rate: number): number {
  // 12 significant digits remove the noise of the multiplication (0.07 × 100 = 7.000000000000001)
  // and stay far above the precision any head count needs.
  return Math.ceil(Number((baseline * rate).toPrecision(12)));
}

/** People to cut from `baseline` to reach a cut of at least `rate` (a fraction): ceil(baseline × rate). */
export function requiredCut(baseline: number, rate: number): Result<number> {
  const issue = checkBaseline(baseline) ?? checkRate(rate);
  return issue ? fail(issue) : ok(ceilProduct(baseline, rate));
}

/**
 * People still to cut to reach at least `rate` of `baseline`, given the `current` count (default:
 * nothing cut yet): max(0, requiredCut − (baseline − current)).
 */
export function cutNeeded(baseline: number, rate: number, current: number = baseline): Result<number> {
  const issue = checkBaseline(baseline) ?? checkRate(rate) ?? checkCurrent(current);
  if (issue) return fail(issue);
  const done = baseline - current;
  return ok(Math.max(0, ceilProduct(baseline, rate) - done));
}

/** Progress toward a reduction target. */
export interface Progress {
  /** baseline − current (negative when the count grew). */
  cut: number;
  /** cut / baseline; null when the baseline is 0. */
  cutRate: number | null;
  /** People to cut in all: ceil(baseline × rate). */
  required: number;
  /** People still to cut: max(0, required − cut). */
  stillToCut: number;
  /** cutRate / rate (1 = target met); null when the rate or the baseline is 0. */
  achieved: number | null;
}

/** How far `current` is from cutting at least `rate` of `baseline`. */
export function progress(baseline: number, current: number, rate: number): Result<Progress> {
  const issue = checkBaseline(baseline) ?? checkCurrent(current) ?? checkRate(rate);
  if (issue) return fail(issue);
  const cut = baseline - current;
  const cutRate = baseline === 0 ? null : cut / baseline;
  const required = ceilProduct(baseline, rate);
  // A rate so small that the quotient overflows (5e-324) is no target at all: like 0.
  const achieved = rate === 0 || cutRate === null ? null : cutRate / rate;
  return ok({
    cut,
    cutRate,
    required,
    stillToCut: Math.max(0, required - cut),
    achieved: achieved !== null && Number.isFinite(achieved) ? achieved : null,
  });
}

export type TargetCategory = "bien-che" | "cong-chuc" | "vien-chuc" | "don-vi-su-nghiep";

export type TargetProfileId =
  | "NQ39_2015"
  | "NQ18_2017"
  | "NQ19_2017"
  | "KL40_2022_CONG_CHUC"
  | "KL40_2022_VIEN_CHUC"
  | "CV31_2025"
  | "CV10989_2026_2031_VIEN_CHUC"
  | "CV10989_2026_2031_CONG_CHUC";

/** A national reduction target: what to cut, against which base, by when, and on whose authority. */
export interface TargetProfile {
  id: TargetProfileId;
  title: { vi: string; en: string };
  /** What the rate is measured against. */
  base: { vi: string; en: string };
  /** Minimum cut as a fraction of the base (0: the count must not exceed the base). */
  rate: number;
  category: TargetCategory;
  period: { from: number; to: number };
  source: string;
  confidence: Confidence;
  note?: { vi: string; en: string };
}

/** The reduction targets found in vn-rules.md, oldest first. */
export const TARGET_PROFILES: readonly TargetProfile[] = [
  {
    id: "NQ39_2015",
    title: {
      vi: "Nghị quyết 39-NQ/TW: giảm ít nhất 10% biên chế đến năm 2021",
      en: "Resolution 39-NQ/TW: cut at least 10% of posts by 2021",
    },
    base: { vi: "Biên chế giao năm 2015", en: "Posts assigned in 2015" },
    rate: 0.1,
    category: "bien-che",
    period: { from: 2015, to: 2021 },
    source: "Nghị quyết 39-NQ/TW ngày 17/4/2015 của Bộ Chính trị",
    confidence: "reported",
    note: { vi: "Khoảng 2,5% mỗi năm.", en: "About 2.5% a year." },
  },
  {
    id: "NQ18_2017",
    title: {
      vi: "Nghị quyết 18-NQ/TW: giảm tối thiểu 10% biên chế so với năm 2015 (đến năm 2021)",
      en: "Resolution 18-NQ/TW: cut at least 10% of posts against 2015 (by 2021)",
    },
    base: { vi: "Biên chế năm 2015", en: "Posts in 2015" },
    rate: 0.1,
    category: "bien-che",
    period: { from: 2017, to: 2021 },
    source: "Nghị quyết 18-NQ/TW ngày 25/10/2017 của Ban Chấp hành Trung ương (Mục tiêu cụ thể đến năm 2021)",
    confidence: "reported",
  },
  {
    id: "NQ19_2017",
    title: {
      vi: "Nghị quyết 19-NQ/TW: giảm tối thiểu bình quân 10% đơn vị sự nghiệp công lập (đến năm 2021)",
      en: "Resolution 19-NQ/TW: cut public service units by at least 10% on average (by 2021)",
    },
    base: { vi: "Số đơn vị sự nghiệp công lập năm 2015", en: "Public service units in 2015" },
    rate: 0.1,
    category: "don-vi-su-nghiep",
    period: { from: 2017, to: 2021 },
    source: "Nghị quyết 19-NQ/TW ngày 25/10/2017 của Ban Chấp hành Trung ương",
    confidence: "reported",
    note: {
      vi: "Cũng giảm tối thiểu 10% biên chế sự nghiệp hưởng lương từ ngân sách nhà nước.",
      en: "Also at least 10% of public-service staff paid from the state budget.",
    },
  },
  {
    id: "KL40_2022_CONG_CHUC",
    title: {
      vi: "Kết luận 40-KL/TW: giảm ít nhất 5% biên chế cán bộ, công chức (2022–2026)",
      en: "Conclusion 40-KL/TW: cut at least 5% of cadre and civil-servant posts (2022–2026)",
    },
    base: { vi: "Biên chế giao năm 2021", en: "Posts assigned in 2021" },
    rate: 0.05,
    category: "cong-chuc",
    period: { from: 2022, to: 2026 },
    source: "Kết luận 40-KL/TW ngày 18/7/2022 của Bộ Chính trị",
    confidence: "verified",
    note: {
      vi: "Đơn vị chưa giảm đủ 10% giai đoạn 2016–2021 phải giảm bù phần còn thiếu.",
      en: "Units that missed 10% in 2016–2021 must also make up the shortfall.",
    },
  },
  {
    id: "KL40_2022_VIEN_CHUC",
    title: {
      vi: "Kết luận 40-KL/TW: giảm ít nhất 10% biên chế viên chức hưởng lương từ ngân sách (2022–2026)",
      en: "Conclusion 40-KL/TW: cut at least 10% of budget-paid public-employee posts (2022–2026)",
    },
    base: { vi: "Biên chế giao năm 2021", en: "Posts assigned in 2021" },
    rate: 0.1,
    category: "vien-chuc",
    period: { from: 2022, to: 2026 },
    source: "Kết luận 40-KL/TW ngày 18/7/2022 của Bộ Chính trị",
    confidence: "verified",
  },
  {
    id: "CV31_2025",
    title: {
      vi: "Công văn 31/CV-BCĐTKNQ18: giảm tối thiểu 20% công chức, viên chức hưởng lương từ ngân sách",
      en: "Letter 31/CV-BCDTKNQ18: cut at least 20% of budget-paid civil servants and public employees",
    },
    base: {
      vi: "Biên chế trước khi sắp xếp tổ chức bộ máy",
      en: "Posts before the restructuring",
    },
    rate: 0.2,
    category: "bien-che",
    period: { from: 2025, to: 2025 },
    source:
      "Công văn 31/CV-BCĐTKNQ18 ngày 04/01/2025 của Ban Chỉ đạo Trung ương tổng kết thực hiện Nghị quyết 18-NQ/TW",
    confidence: "reported",
  },
  {
    id: "CV10989_2026_2031_VIEN_CHUC",
    title: {
      vi: "Công văn 10989/BNV-TCBC: giảm ít nhất 10% viên chức (2026–2031)",
      en: "Letter 10989/BNV-TCBC: cut at least 10% of public employees (2026–2031)",
    },
    base: {
      vi: "Biên chế viên chức được giao đến hết năm 2026",
      en: "Public-employee posts assigned to the end of 2026",
    },
    rate: 0.1,
    category: "vien-chuc",
    period: { from: 2026, to: 2031 },
    source: "Công văn 10989/BNV-TCBC ngày 21/11/2025 của Bộ Nội vụ (Phụ lục, Mục 1)",
    confidence: "reported",
    note: {
      vi: "Địa phương giữ ổn định viên chức giáo dục, y tế; giảm ít nhất 10% viên chức còn lại.",
      en: "Localities keep education and health staff stable and cut the other public employees.",
    },
  },
  {
    id: "CV10989_2026_2031_CONG_CHUC",
    title: {
      vi: "Công văn 10989/BNV-TCBC: biên chế công chức không vượt biên chế giai đoạn 2022–2026",
      en: "Letter 10989/BNV-TCBC: civil-servant posts not above the 2022–2026 quota",
    },
    base: {
      vi: "Biên chế công chức giai đoạn 2022–2026",
      en: "Civil-servant quota for 2022–2026",
    },
    rate: 0,
    category: "cong-chuc",
    period: { from: 2026, to: 2031 },
    source: "Công văn 10989/BNV-TCBC ngày 21/11/2025 của Bộ Nội vụ (Phụ lục, Mục 1)",
    confidence: "reported",
  },
];

// Loose labels: document kind + number (+ category words) → profile.
const DOC_WORDS: [RegExp, string][] = [
  [/^(nq|nghi quyet|resolution)\s*(so\s+)?(\d+)/, "NQ"],
  [/^(kl|ket luan|conclusion)\s*(so\s+)?(\d+)/, "KL"],
  [/^(cv|cong van|letter)\s*(so\s+)?(\d+)/, "CV"],
];

const VIEN_CHUC = /\b(vien chuc|vc|public employees?|su nghiep)\b/;
const CONG_CHUC = /\b(cong chuc|cc|can bo|cb|civil servants?)\b/;

/**
 * A target profile by id (any case) or a loose label: "NQ 39", "Nghị quyết 18-NQ/TW",
 * "KL 40 viên chức", "Kết luận 40 công chức", "CV 31", "Công văn 10989 viên chức". A document with
 * two profiles and no category word gives its first one (KL 40: công chức; CV 10989: viên chức).
 */
export function findTargetProfile(text: string): TargetProfile | undefined {
  const upper = textKey(text)
    .toUpperCase()
    .replace(/[\s-]+/g, "_");
  const byId = TARGET_PROFILES.find((p) => p.id === upper);
  if (byId) return byId;
  const key = wordKey(text);
  for (const [pattern, prefix] of DOC_WORDS) {
    const m = pattern.exec(key);
    if (!m) continue;
    const head = `${prefix}${Number(m[3])}_`;
    const matches = TARGET_PROFILES.filter((p) => p.id.startsWith(head));
    const rest = key.slice(m[0].length);
    const category = VIEN_CHUC.test(rest) ? "vien-chuc" : CONG_CHUC.test(rest) ? "cong-chuc" : undefined;
    return (category && matches.find((p) => p.category === category)) || matches[0];
  }
  return undefined;
}
