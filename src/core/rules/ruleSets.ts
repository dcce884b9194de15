/**
 * Deputy caps (định mức cấp phó), minimum unit sizes and transition deadlines as data, transcribed
 * from /shared/domain/vn-rules.md (§0 corrections override §1). Each entry carries its legal source
 * and a confidence: "verified" (wording seen verbatim), "reported" (press or an unattributed copy),
 * "unsettled" (best candidate; treat as configuration, not as law).
 */
import type { Confidence, ProvinceClass, RuleSetId, UnitType } from "../types";

/** Every rule-set id, in chronological order within each body. */
export const RULE_SET_IDS: readonly RuleSetId[] = [
  "ND107_2020",
  "ND108_2020",
  "ND45_2025",
  "ND150_2025",
  "ND370_2025",
  "QD04_2018",
  "QD137_2023",
  "QD329_2025",
  "KL187_2025",
  "NQ332_2025",
];

/** Every unit type the rules know. */
export const UNIT_TYPES: readonly UnitType[] = [
  "phong",
  "van-phong",
  "thanh-tra",
  "chi-cuc",
  "phong-chi-cuc",
  "phong-dang",
  "phong-huyen",
  "phong-xa",
  "trung-tam-xa",
  "co-quan-dang-xa",
  "xa",
  "lanh-dao",
];

/** Unit types of Party bodies: judged by people (no quota), reported in the Party layout. */
export const PARTY_UNIT_TYPES: ReadonlySet<UnitType> = new Set<UnitType>(["phong-dang", "co-quan-dang-xa"]);

/** Every province class (only NĐ 107/2020 and NĐ 45/2025 thresholds depend on it). */
export const PROVINCE_CLASSES: readonly ProvinceClass[] = ["hn-hcm", "loai-1", "loai-2-3"];

/** The class assumed when a class-dependent rule is asked for without one. */
export const DEFAULT_PROVINCE_CLASS: ProvinceClass = "loai-2-3";

/** A rule set: one legal document (as amended) and the unit types it sets deputy caps for. */
export interface RuleSetInfo {
  title: { vi: string; en: string };
  /** First day in force (ISO). */
  validFrom: string;
  /** Last day in force (ISO), absent while still in force. Per unit type see {@link CapRule}. */
  validTo?: string;
  body: "state" | "party" | "system";
  unitTypes: UnitType[];
}

/** Titles, validity and scope of each rule set. */
export const RULE_SETS: Record<RuleSetId, RuleSetInfo> = {
  ND107_2020: {
    title: { vi: "Nghị định 107/2020/NĐ-CP", en: "Decree 107/2020/ND-CP" },
    validFrom: "2020-11-25",
    validTo: "2025-02-28",
    body: "state",
    unitTypes: ["phong", "van-phong", "thanh-tra", "chi-cuc", "phong-chi-cuc"],
  },
  ND108_2020: {
    title: { vi: "Nghị định 108/2020/NĐ-CP", en: "Decree 108/2020/ND-CP" },
    validFrom: "2020-11-25",
    validTo: "2025-02-28",
    body: "state",
    unitTypes: ["phong-huyen"],
  },
  ND45_2025: {
    title: { vi: "Nghị định 45/2025/NĐ-CP", en: "Decree 45/2025/ND-CP" },
    validFrom: "2025-03-01",
    // Replaced as a whole by NĐ 150/2025 from 16/6/2025 (Điều 24 NĐ 150).
    validTo: "2025-06-15",
    body: "state",
    unitTypes: ["phong", "van-phong", "thanh-tra", "chi-cuc", "phong-chi-cuc", "phong-huyen"],
  },
  ND150_2025: {
    title: { vi: "Nghị định 150/2025/NĐ-CP", en: "Decree 150/2025/ND-CP" },
    validFrom: "2025-06-16",
    validTo: "2025-12-31",
    body: "state",
    unitTypes: ["phong", "van-phong", "chi-cuc", "phong-chi-cuc", "phong-xa"],
  },
  ND370_2025: {
    title: {
      vi: "Nghị định 150/2025/NĐ-CP (sửa đổi bởi Nghị định 370/2025/NĐ-CP)",
      en: "Decree 150/2025/ND-CP as amended by Decree 370/2025/ND-CP",
    },
    validFrom: "2026-01-01",
    body: "state",
    unitTypes: ["phong", "van-phong", "chi-cuc", "phong-chi-cuc"],
  },
  QD04_2018: {
    title: { vi: "Quy định 04-QĐi/TW", en: "Regulation 04-QDi/TW" },
    validFrom: "2018-07-25",
    validTo: "2023-11-30",
    body: "party",
    unitTypes: ["phong-dang"],
  },
  QD137_2023: {
    title: { vi: "Quy định 137-QĐ/TW", en: "Regulation 137-QD/TW" },
    validFrom: "2023-12-01",
    validTo: "2025-06-12",
    body: "party",
    unitTypes: ["phong-dang"],
  },
  QD329_2025: {
    title: { vi: "Quy định 329-QĐ/TW", en: "Regulation 329-QD/TW" },
    validFrom: "2025-06-13",
    body: "party",
    unitTypes: ["phong-dang"],
  },
  NQ332_2025: {
    title: { vi: "Nghị quyết 332/NQ-CP", en: "Resolution 332/NQ-CP" },
    validFrom: "2025-10-15",
    body: "state",
    unitTypes: ["phong-xa", "trung-tam-xa"],
  },
  KL187_2025: {
    title: { vi: "Kết luận 187-KL/TW", en: "Conclusion 187-KL/TW" },
    validFrom: "2025-08-29",
    body: "system",
    unitTypes: ["phong", "van-phong", "chi-cuc", "phong-chi-cuc", "phong-dang"],
  },
};

/** One step of a threshold table: `cap` applies from `from` (inclusive) up to the next step. */
export interface CapStep {
  from: number;
  cap: number;
}

/** A deputy-cap rule: one rule set, some unit types, optionally one province class. */
export interface CapRule {
  ruleSet: RuleSetId;
  unitTypes: readonly UnitType[];
  /** Absent: the same thresholds for every province. */
  provinceClass?: ProvinceClass;
  /** When this rule is the default for its unit types (ISO, inclusive). */
  validFrom: string;
  validTo?: string;
  /** What the steps are applied to: the basis N (quota, staff or people) or the number of phòng. */
  measure: "basis" | "subUnits";
  /** Ascending by `from`, the first one from 0. */
  steps: readonly CapStep[];
  /** The cap is an average pooled over all such units (the body allocates within the total). */
  pooled?: boolean;
  source: string;
  confidence: Confidence;
  /** Why an unsettled value was chosen (English, for maintainers). */
  basisNote?: string;
}

const ND107_FROM = "2020-11-25";
const ND107_TO = "2025-02-28";
const ND45_FROM = "2025-03-01";
// NĐ 150/2025 (signed 12/6/2025) took effect on 16/6/2025 and replaced NĐ 45/2025 as a whole
// (Điều 24 NĐ 150, read in the text: docs/rules-verification.md).
const ND45_TO = "2025-06-15";
const ND150_FROM = "2025-06-16";
const ND150_TO = "2025-12-31";
const ND370_FROM = "2026-01-01";

// Threshold tables shared by several rules.
const PHONG_HN_HCM: readonly CapStep[] = [
  { from: 0, cap: 1 },
  { from: 10, cap: 2 },
  { from: 15, cap: 3 },
];
const PHONG_LOAI_1: readonly CapStep[] = [
  { from: 0, cap: 1 },
  { from: 9, cap: 2 },
  { from: 15, cap: 3 },
];
const PHONG_LOAI_2_3: readonly CapStep[] = [
  { from: 0, cap: 1 },
  { from: 8, cap: 2 },
  { from: 15, cap: 3 },
];
/** NĐ 150/370: one table for every province (the same numbers as the HN/HCM row of NĐ 107). */
const PHONG_UNIFORM = PHONG_HN_HCM;
const THANH_TRA: readonly CapStep[] = [
  { from: 0, cap: 1 },
  { from: 8, cap: 2 },
];
/** Chi cục by number of phòng: none → 2; 1–3 → 1; 4 or more → 2. */
const CHI_CUC: readonly CapStep[] = [
  { from: 0, cap: 2 },
  { from: 1, cap: 1 },
  { from: 4, cap: 2 },
];

const ND107_SRC = "Nghị định 24/2014/NĐ-CP, sửa đổi, bổ sung bởi Nghị định 107/2020/NĐ-CP";
const ND45_SRC = "Nghị định 45/2025/NĐ-CP";
const ND45_UNSEEN = "chưa đọc được điều khoản về số lượng cấp phó";
const ND150_D6 = "Điều 6 Nghị định 150/2025/NĐ-CP (hiệu lực từ 16/6/2025)";
const ND370_D6 = "Điều 6 Nghị định 150/2025/NĐ-CP (sửa đổi, bổ sung bởi Điều 4 Nghị định 370/2025/NĐ-CP)";

/** The deputy-cap rules, transcribed from vn-rules.md. */
export const CAP_RULES: readonly CapRule[] = [
  // --- NĐ 107/2020 (sở), 25/11/2020 – 28/02/2025 ---
  ...(
    [
      ["hn-hcm", PHONG_HN_HCM, "Hà Nội, TP. Hồ Chí Minh"],
      ["loai-1", PHONG_LOAI_1, "tỉnh loại I"],
      ["loai-2-3", PHONG_LOAI_2_3, "tỉnh loại II, III"],
    ] as const
  ).map(([provinceClass, steps, where]): CapRule => ({
    ruleSet: "ND107_2020",
    unitTypes: ["phong", "van-phong"],
    provinceClass,
    validFrom: ND107_FROM,
    validTo: ND107_TO,
    measure: "basis",
    steps,
    source: `${ND107_SRC} (Phó Trưởng phòng, Phó Chánh Văn phòng sở; ${where})`,
    confidence: "verified",
  })),
  {
    ruleSet: "ND107_2020",
    unitTypes: ["thanh-tra"],
    validFrom: ND107_FROM,
    validTo: ND107_TO,
    measure: "basis",
    steps: THANH_TRA,
    source: `${ND107_SRC} (Phó Chánh Thanh tra sở)`,
    confidence: "verified",
  },
  {
    ruleSet: "ND107_2020",
    unitTypes: ["chi-cuc"],
    validFrom: ND107_FROM,
    validTo: ND107_TO,
    measure: "subUnits",
    steps: CHI_CUC,
    source: `${ND107_SRC} (Phó Chi cục trưởng; chưa đối chiếu văn bản gốc, tạm theo khoản 4 Điều 6 Nghị định 150/2025/NĐ-CP)`,
    confidence: "unsettled",
    basisNote: "Only a third-party HR-app design gives 1–3 phòng → 1, 0 or ≥4 → 2 for 2020.",
  },
  {
    ruleSet: "ND107_2020",
    unitTypes: ["phong-chi-cuc"],
    validFrom: ND107_FROM,
    validTo: ND107_TO,
    measure: "basis",
    steps: PHONG_UNIFORM,
    source: `${ND107_SRC} (Phó Trưởng phòng thuộc chi cục; chưa tìm thấy quy định, tạm theo khoản 5 Điều 6 Nghị định 150/2025/NĐ-CP)`,
    confidence: "unsettled",
    basisNote: "Not found for 2020; best candidate: the NĐ 150 k5 numbers (no province classes).",
  },
  // --- NĐ 108/2020 (phòng thuộc UBND huyện), 25/11/2020 – 28/02/2025 ---
  {
    ruleSet: "ND108_2020",
    unitTypes: ["phong-huyen"],
    validFrom: ND107_FROM,
    validTo: ND107_TO,
    measure: "basis",
    steps: [{ from: 0, cap: 2 }],
    pooled: true,
    source:
      "Nghị định 37/2014/NĐ-CP, sửa đổi, bổ sung bởi Nghị định 108/2020/NĐ-CP (bình quân 02 Phó Trưởng phòng mỗi phòng; UBND huyện phân bổ)",
    confidence: "verified",
  },
  // --- NĐ 45/2025, 01/03/2025 – 15/06/2025 ---
  ...(
    [
      ["hn-hcm", PHONG_HN_HCM, "Hà Nội, TP. Hồ Chí Minh"],
      ["loai-1", PHONG_LOAI_1, "tỉnh loại I"],
      ["loai-2-3", PHONG_LOAI_2_3, "tỉnh loại II, III"],
    ] as const
  ).map(([provinceClass, steps, where]): CapRule => ({
    ruleSet: "ND45_2025",
    unitTypes: ["phong", "van-phong"],
    provinceClass,
    validFrom: ND45_FROM,
    validTo: ND45_TO,
    measure: "basis",
    steps,
    source: `${ND45_SRC} (${ND45_UNSEEN}; tạm theo mức của Nghị định 107/2020/NĐ-CP, ${where})`,
    confidence: "unsettled",
    basisNote: "NĐ 45 deputy article not found; best candidate: NĐ 107 carried over.",
  })),
  {
    ruleSet: "ND45_2025",
    unitTypes: ["thanh-tra"],
    validFrom: ND45_FROM,
    validTo: ND45_TO,
    measure: "basis",
    steps: THANH_TRA,
    source: `${ND45_SRC} (${ND45_UNSEEN}; tạm theo mức Phó Chánh Thanh tra sở của Nghị định 107/2020/NĐ-CP)`,
    confidence: "unsettled",
    basisNote: "NĐ 45 keeps Thanh tra sở (V); its deputy numbers were not seen.",
  },
  {
    ruleSet: "ND45_2025",
    unitTypes: ["chi-cuc"],
    validFrom: ND45_FROM,
    validTo: ND45_TO,
    measure: "subUnits",
    steps: CHI_CUC,
    source: `${ND45_SRC} (${ND45_UNSEEN}; tạm theo khoản 4 Điều 6 Nghị định 150/2025/NĐ-CP)`,
    confidence: "unsettled",
    basisNote: "vn-rules §0.1: chi cục as NĐ 150.",
  },
  {
    ruleSet: "ND45_2025",
    unitTypes: ["phong-chi-cuc"],
    validFrom: ND45_FROM,
    validTo: ND45_TO,
    measure: "basis",
    steps: PHONG_UNIFORM,
    source: `${ND45_SRC} (${ND45_UNSEEN}; tạm theo khoản 5 Điều 6 Nghị định 150/2025/NĐ-CP)`,
    confidence: "unsettled",
    basisNote: "Not found; best candidate: the NĐ 150 k5 numbers.",
  },
  {
    ruleSet: "ND45_2025",
    unitTypes: ["phong-huyen"],
    validFrom: ND45_FROM,
    // Replaced with the rest of NĐ 45 on 16/6/2025; no text covers district phòng to 30/6/2025.
    validTo: ND45_TO,
    measure: "basis",
    steps: [{ from: 0, cap: 2 }],
    pooled: true,
    source: `${ND45_SRC} (${ND45_UNSEEN}; tạm theo mức bình quân 02 Phó Trưởng phòng của Nghị định 108/2020/NĐ-CP)`,
    confidence: "unsettled",
    basisNote: "Best candidate: average 2, as in NĐ 108/2020.",
  },
  // --- NĐ 150/2025, 16/06/2025 – 31/12/2025 (no Thanh tra sở, no district level); Điều 6 read in the text ---
  {
    ruleSet: "ND150_2025",
    unitTypes: ["phong"],
    validFrom: ND150_FROM,
    validTo: ND150_TO,
    measure: "basis",
    steps: PHONG_UNIFORM,
    source: `Khoản 2 ${ND150_D6}`,
    confidence: "verified",
  },
  {
    ruleSet: "ND150_2025",
    unitTypes: ["van-phong"],
    validFrom: ND150_FROM,
    validTo: ND150_TO,
    measure: "basis",
    steps: PHONG_UNIFORM,
    source: `Khoản 3 ${ND150_D6} (như khoản 2)`,
    confidence: "verified",
  },
  {
    ruleSet: "ND150_2025",
    unitTypes: ["chi-cuc"],
    validFrom: ND150_FROM,
    validTo: ND150_TO,
    measure: "subUnits",
    steps: CHI_CUC,
    source: `Khoản 4 ${ND150_D6}`,
    confidence: "verified",
  },
  {
    ruleSet: "ND150_2025",
    unitTypes: ["phong-chi-cuc"],
    validFrom: ND150_FROM,
    validTo: ND150_TO,
    measure: "basis",
    steps: PHONG_UNIFORM,
    source: `Khoản 5 ${ND150_D6} (như khoản 2)`,
    confidence: "verified",
  },
  // --- Communes (two-level local government from 1/7/2025) ---
  {
    ruleSet: "ND150_2025",
    unitTypes: ["phong-xa"],
    validFrom: ND150_FROM,
    validTo: "2025-10-14",
    measure: "basis",
    steps: [{ from: 0, cap: 1 }],
    source: "Khoản 2 Điều 13 Nghị định 150/2025/NĐ-CP (mỗi phòng được bố trí 01 Phó Trưởng phòng)",
    confidence: "verified",
  },
  {
    ruleSet: "NQ332_2025",
    unitTypes: ["phong-xa", "trung-tam-xa"],
    validFrom: "2025-10-15",
    measure: "basis",
    steps: [{ from: 0, cap: 2 }],
    pooled: true,
    source:
      "Nghị quyết 332/NQ-CP ngày 15/10/2025 của Chính phủ (bình quân 02 cấp phó trên các phòng và Trung tâm Phục vụ hành chính công của xã; Phó Giám đốc Trung tâm tính như Phó Trưởng phòng)",
    confidence: "reported",
  },
  // --- NĐ 150/2025 as amended by NĐ 370/2025, from 01/01/2026 ---
  {
    ruleSet: "ND370_2025",
    unitTypes: ["phong"],
    validFrom: ND370_FROM,
    measure: "basis",
    steps: PHONG_UNIFORM,
    source: `${ND370_D6}, Phó Trưởng phòng thuộc sở`,
    confidence: "reported",
  },
  {
    ruleSet: "ND370_2025",
    unitTypes: ["van-phong"],
    validFrom: ND370_FROM,
    measure: "basis",
    steps: PHONG_UNIFORM,
    source: `${ND370_D6}, Phó Chánh Văn phòng sở (như Phó Trưởng phòng thuộc sở)`,
    confidence: "reported",
  },
  {
    ruleSet: "ND370_2025",
    unitTypes: ["chi-cuc"],
    validFrom: ND370_FROM,
    measure: "subUnits",
    steps: CHI_CUC,
    source: `${ND370_D6}, Phó Chi cục trưởng`,
    confidence: "reported",
  },
  {
    ruleSet: "ND370_2025",
    unitTypes: ["phong-chi-cuc"],
    validFrom: ND370_FROM,
    measure: "basis",
    steps: PHONG_UNIFORM,
    source: `${ND370_D6}, Phó Trưởng phòng thuộc chi cục (chưa đọc được văn bản cuối cùng; tạm theo khoản 5 Điều 6 Nghị định 150/2025/NĐ-CP)`,
    confidence: "unsettled",
    basisNote: "The draft amended this clause; final wording not seen. Best candidate: NĐ 150 k5.",
  },
  // --- Party: phòng of a tỉnh ủy's advisory bodies ---
  {
    ruleSet: "QD04_2018",
    unitTypes: ["phong-dang"],
    validFrom: "2018-07-25",
    validTo: "2023-11-30",
    measure: "basis",
    steps: [{ from: 0, cap: 1 }],
    source:
      "Quy định 04-QĐi/TW ngày 25/7/2018 của Ban Chấp hành Trung ương (phòng: không quá 01 phó trưởng phòng)",
    confidence: "verified",
  },
  {
    ruleSet: "QD137_2023",
    unitTypes: ["phong-dang"],
    validFrom: "2023-12-01",
    validTo: "2025-06-12",
    measure: "basis",
    // Only portal and press quotes of QĐ 137 were read (docs/rules-verification.md).
    steps: [
      { from: 0, cap: 2 },
      { from: 10, cap: 3 },
    ],
    source:
      "Quy định 137-QĐ/TW ngày 01/12/2023 của Ban Bí thư (phòng dưới 10 người: không quá 02 phó; từ 10 người trở lên: không quá 03 phó)",
    confidence: "reported",
  },
  {
    ruleSet: "QD329_2025",
    unitTypes: ["phong-dang"],
    validFrom: "2025-06-13",
    measure: "basis",
    steps: [
      { from: 0, cap: 2 },
      { from: 10, cap: 3 },
    ],
    source:
      "Quy định 329-QĐ/TW ngày 13/6/2025 của Ban Bí thư (chưa đọc được định mức; tạm theo mức của Quy định 137-QĐ/TW)",
    confidence: "unsettled",
    basisNote: "QĐ 329 exists (V) but its phòng and deputy numbers were not readable.",
  },
];

/** A minimum size (biên chế, or people for Party phòng) to form a unit. */
export interface MinimumRule {
  ruleSet: RuleSetId;
  unitTypes: readonly UnitType[];
  provinceClass?: ProvinceClass;
  min: number;
  source: string;
  confidence: Confidence;
}

const ND107_MIN_SRC = "Nghị định 24/2014/NĐ-CP, sửa đổi, bổ sung bởi Nghị định 107/2020/NĐ-CP";
const ND45_MIN_SRC = "Điều 5 Nghị định 45/2025/NĐ-CP";
const ND150_D5 = "Điều 5 Nghị định 150/2025/NĐ-CP";

const classMinimums = (ruleSet: RuleSetId, source: string): MinimumRule[] =>
  (
    [
      ["hn-hcm", 7],
      ["loai-1", 6],
      ["loai-2-3", 5],
    ] as const
  ).map(([provinceClass, min]) => ({
    ruleSet,
    unitTypes: ["phong", "van-phong"],
    provinceClass,
    min,
    source,
    confidence: "verified",
  }));

const ND150_MINIMUMS = (ruleSet: RuleSetId, suffix: string, confidence: Confidence): MinimumRule[] => [
  {
    ruleSet,
    unitTypes: ["phong"],
    min: 7,
    source: `Điểm b khoản 2 ${ND150_D5}${suffix}`,
    confidence,
  },
  {
    ruleSet,
    unitTypes: ["van-phong"],
    min: 7,
    source: `Khoản 3 ${ND150_D5}${suffix}`,
    confidence,
  },
  {
    ruleSet,
    unitTypes: ["chi-cuc"],
    min: 12,
    source: `Điểm c khoản 4 ${ND150_D5}${suffix}`,
    confidence,
  },
  {
    ruleSet,
    unitTypes: ["phong-chi-cuc"],
    min: 5,
    source: `Điểm b khoản 5 ${ND150_D5}${suffix}`,
    confidence,
  },
];

/** Minimum sizes to form a unit, transcribed from vn-rules.md. */
export const MINIMUM_RULES: readonly MinimumRule[] = [
  ...classMinimums("ND107_2020", ND107_MIN_SRC),
  { ruleSet: "ND107_2020", unitTypes: ["chi-cuc"], min: 12, source: ND107_MIN_SRC, confidence: "verified" },
  ...classMinimums("ND45_2025", ND45_MIN_SRC),
  // Điều 5 NĐ 45: the clauses for phòng and Văn phòng were read in full, those for chi cục only cut off.
  { ruleSet: "ND45_2025", unitTypes: ["chi-cuc"], min: 12, source: ND45_MIN_SRC, confidence: "reported" },
  {
    ruleSet: "ND45_2025",
    unitTypes: ["phong-chi-cuc"],
    min: 5,
    source: ND45_MIN_SRC,
    confidence: "reported",
  },
  // Điều 5 NĐ 150 read in the text; whether NĐ 370 changed it was not seen.
  ...ND150_MINIMUMS("ND150_2025", "", "verified"),
  ...ND150_MINIMUMS("ND370_2025", " (Nghị định 370/2025/NĐ-CP)", "reported"),
  {
    ruleSet: "QD137_2023",
    unitTypes: ["phong-dang"],
    min: 5,
    source: "Quy định 137-QĐ/TW ngày 01/12/2023 (phòng tối thiểu 05 người; 04 người nếu chưa đủ biên chế)",
    confidence: "reported",
  },
  {
    ruleSet: "QD329_2025",
    unitTypes: ["phong-dang"],
    min: 5,
    source: "Quy định 329-QĐ/TW ngày 13/6/2025 (chưa đọc được; tạm theo Quy định 137-QĐ/TW)",
    confidence: "unsettled",
  },
];

/** How excess deputies after a reorganisation must be resolved under a rule set. */
export type TransitionRule =
  { kind: "years"; years: number; source: string } | { kind: "fixed"; date: string; source: string };

const KL187_DEADLINE: TransitionRule = {
  kind: "fixed",
  date: "2030-12-31",
  source: "Kết luận 187-KL/TW ngày 29/8/2025 (giảm dần để đến hết năm 2030 thực hiện đúng quy định)",
};

/** Transition deadlines; rule sets without an entry have no transition rule found. */
export const TRANSITION_RULES: Partial<Record<RuleSetId, TransitionRule>> = {
  ND45_2025: { kind: "years", years: 5, source: "Điều 24 Nghị định 45/2025/NĐ-CP" },
  ND150_2025: { kind: "years", years: 5, source: "Điều 6 (phần mở đầu) Nghị định 150/2025/NĐ-CP" },
  ND370_2025: {
    kind: "years",
    years: 5,
    source: "Điều 6 Nghị định 150/2025/NĐ-CP (sửa đổi, bổ sung bởi Nghị định 370/2025/NĐ-CP)",
  },
  QD329_2025: KL187_DEADLINE,
  NQ332_2025: KL187_DEADLINE,
  KL187_2025: KL187_DEADLINE,
};

/**
 * KL 187: a body formed from 2 bodies gets +1 deputy over the existing cap, from 3 or more +2 — for
 * ministries, ministerial bodies and their cục and vụ only (never above the parent's deputies). No
 * text gives it to a phòng, a Văn phòng sở, a chi cục or a Party phòng, the unit types here, so they
 * get no bonus (docs/rules-verification.md). Its other rule, deputies at most half the assigned
 * quota, is the flag "deputies-over-half-quota", from the conclusion's date.
 */
export const KL187_RULE: {
  from: string;
  source: string;
  confidence: Confidence;
  bonus(mergedFrom: number, unitType: UnitType): number;
} = {
  from: "2025-08-29",
  source: "Kết luận 187-KL/TW ngày 29/8/2025",
  confidence: "reported",
  /** Bonus by the number of bodies merged: none for the unit types the engine knows. */
  bonus(mergedFrom: number, unitType: UnitType): number {
    if (!KL187_BONUS_TYPES.has(unitType)) return 0;
    if (mergedFrom >= 3) return 2;
    if (mergedFrom >= 2) return 1;
    return 0;
  },
};

/** Unit types KL 187's +1/+2 applies to (ministries' cục and vụ): none of those modelled yet. */
const KL187_BONUS_TYPES: ReadonlySet<UnitType> = new Set<UnitType>();
