/**
 * Labels of unit types, province classes and rule sets, and parsers from what users type into a
 * sheet or a command line: ids and Vietnamese spellings, case-, diacritic- and spacing-insensitive.
 * The unit-type and province-class names themselves are in the message catalogue (core/messages).
 */
import { textKey, wordKey } from "../text/normalize";
import type { ProvinceClass, RuleSetId, UnitType } from "../types";
import { PROVINCE_CLASSES, RULE_SET_IDS, UNIT_TYPES } from "./ruleSets";
import { PROVINCE_CLASS_LABELS, UNIT_TYPE_LABELS } from "../messages/labels";

export { PROVINCE_CLASS_LABELS, UNIT_TYPE_LABELS };

// Word keys (see wordKey) of accepted unit-type spellings, ids excluded (they are added below).
const UNIT_TYPE_WORDS: Record<UnitType, string[]> = {
  phong: [
    "phong",
    "phong thuoc so",
    "phong so",
    "phong chuyen mon",
    "phong chuyen mon thuoc so",
    "phong chuyen mon nghiep vu",
    "phong chuyen mon nghiep vu thuoc so",
    "phong nghiep vu",
    "phong va tuong duong",
  ],
  "van-phong": ["van phong", "van phong so", "van phong thuoc so", "vp", "vp so"],
  "thanh-tra": ["thanh tra", "thanh tra so", "thanh tra thuoc so"],
  "chi-cuc": ["chi cuc", "chi cuc thuoc so", "chi cuc va tuong duong"],
  "phong-chi-cuc": ["phong thuoc chi cuc", "phong chi cuc", "phong thuoc chi cuc thuoc so"],
  "phong-dang": [
    "phong dang",
    "phong thuoc ban",
    "phong thuoc ban dang",
    "phong ban dang",
    "phong thuoc tinh uy",
    "phong thuoc thanh uy",
    "phong thuoc van phong tinh uy",
    "phong thuoc van phong thanh uy",
    "phong thuoc co quan tham muu giup viec tinh uy",
    "phong thuoc co quan tham muu tinh uy",
    "phong thuoc co quan dang",
    "phong co quan dang",
  ],
  "phong-xa": [
    "phong xa",
    "phong phuong",
    "phong thuoc xa",
    "phong thuoc phuong",
    "phong thuoc ubnd xa",
    "phong thuoc ubnd phuong",
    "phong chuyen mon thuoc ubnd xa",
    "phong cap xa",
  ],
  "trung-tam-xa": [
    "trung tam phuc vu hanh chinh cong",
    "trung tam phuc vu hanh chinh cong xa",
    "trung tam phuc vu hanh chinh cong phuong",
    "trung tam hcc",
    "trung tam pvhcc",
  ],
  "co-quan-dang-xa": [
    "co quan dang xa",
    "co quan dang uy xa",
    "co quan tham muu dang uy xa",
    "co quan tham muu giup viec dang uy xa",
  ],
  xa: ["xa", "phuong", "dac khu", "ubnd xa", "ubnd phuong", "ca xa"],
  "lanh-dao": ["lanh dao", "lanh dao co quan", "lanh dao so", "ban giam doc", "ban lanh dao"],
  "phong-huyen": [
    "phong huyen",
    "phong cap huyen",
    "phong thuoc huyen",
    "phong thuoc ubnd huyen",
    "phong chuyen mon thuoc ubnd huyen",
    "phong chuyen mon cap huyen",
  ],
};

/** Word key with the long forms of common bodies shortened ("ủy ban nhân dân" → "ubnd"). */
function bodyKey(text: string): string {
  return wordKey(text)
    .replace(/\buy ban nhan dan\b/g, "ubnd")
    .replace(/\bthanh pho\b/g, "tp");
}

const UNIT_TYPE_BY_WORDS = new Map<string, UnitType>();
for (const type of UNIT_TYPES) {
  const spellings = [type, ...UNIT_TYPE_WORDS[type], UNIT_TYPE_LABELS[type].vi, UNIT_TYPE_LABELS[type].en];
  for (const spelling of spellings) UNIT_TYPE_BY_WORDS.set(bodyKey(spelling), type);
}

/** A unit type from its id or a Vietnamese label ("Phòng", "phòng thuộc UBND huyện", "Phòng (Đảng)"). */
export function parseUnitType(text: string): UnitType | undefined {
  return UNIT_TYPE_BY_WORDS.get(bodyKey(text));
}

// Document kinds and numbers of the rule sets: "nd 370 2025", "quy dinh 04 qdi tw", "kl 187".
const RULE_SET_BY_DOC: Record<"nd" | "qd" | "kl" | "nq", Record<number, { id: RuleSetId; year: number }>> = {
  nd: {
    107: { id: "ND107_2020", year: 2020 },
    108: { id: "ND108_2020", year: 2020 },
    45: { id: "ND45_2025", year: 2025 },
    150: { id: "ND150_2025", year: 2025 },
    370: { id: "ND370_2025", year: 2025 },
  },
  qd: {
    4: { id: "QD04_2018", year: 2018 },
    137: { id: "QD137_2023", year: 2023 },
    329: { id: "QD329_2025", year: 2025 },
  },
  kl: { 187: { id: "KL187_2025", year: 2025 } },
  nq: { 332: { id: "NQ332_2025", year: 2025 } },
};

const DOC_KIND: Record<string, "nd" | "qd" | "kl" | "nq"> = {
  nq: "nq",
  "nghi quyet": "nq",
  resolution: "nq",
  nd: "nd",
  "nghi dinh": "nd",
  decree: "nd",
  qd: "qd",
  qdi: "qd",
  "quy dinh": "qd",
  regulation: "qd",
  kl: "kl",
  "ket luan": "kl",
  conclusion: "kl",
};

const RULE_SET_PATTERN = new RegExp(
  String.raw`^(?:so\s+)?(${Object.keys(DOC_KIND).join("|")})\s*(?:so\s+)?(\d{1,3})` +
    String.raw`(?:\s+(\d{4}))?(?:\s+(?:nd\s+cp|nq\s+cp|qdi?\s+tw|kl\s+tw|tw|cp))?$`,
);

/** A rule set from its id or a document reference ("NĐ 370/2025", "Quy định 04-QĐi/TW", "KL 187"). */
export function parseRuleSet(text: string): RuleSetId | undefined {
  const upper = text.trim().toUpperCase();
  const byId = RULE_SET_IDS.find((id) => id === upper);
  if (byId) return byId;
  const m = RULE_SET_PATTERN.exec(wordKey(text));
  if (!m) return undefined;
  const kind = DOC_KIND[m[1] ?? ""];
  const entry = kind && RULE_SET_BY_DOC[kind][Number(m[2])];
  if (!entry) return undefined;
  if (m[3] !== undefined && Number(m[3]) !== entry.year) return undefined;
  return entry.id;
}

const CLASS_ROMAN: Record<string, ProvinceClass> = {
  "1": "loai-1",
  i: "loai-1",
  "2": "loai-2-3",
  "3": "loai-2-3",
  ii: "loai-2-3",
  iii: "loai-2-3",
  "2 3": "loai-2-3",
  "ii iii": "loai-2-3",
};

const HN_HCM_WORDS = new Set([
  "hn hcm",
  "hn tp hcm",
  "ha noi",
  "tp ha noi",
  "hcm",
  "tp hcm",
  "ho chi minh",
  "tp ho chi minh",
  "ha noi tp hcm",
  "ha noi tp ho chi minh",
  "ha noi hcm",
  "ha noi ho chi minh",
  "ha noi va tp hcm",
  "ha noi va tp ho chi minh",
  "dac biet",
  "loai dac biet",
  "tp loai dac biet",
  "do thi loai dac biet",
  "hanoi",
  "hanoi hcmc",
  "hcmc",
  "ho chi minh city",
  "hanoi ho chi minh city",
]);

/** A province class from its id or a label ("Hà Nội/TP.HCM", "loại I", "loại II-III", "đặc biệt"). */
export function parseProvinceClass(text: string): ProvinceClass | undefined {
  const key = bodyKey(text);
  const byId = PROVINCE_CLASSES.find((c) => wordKey(c) === key);
  if (byId) return byId;
  if (HN_HCM_WORDS.has(key)) return "hn-hcm";
  const m = /^(?:tinh\s+|tp\s+|do thi\s+)?(?:loai|class)\s+(.+?)(?:\s+province)?$/.exec(key);
  return m ? CLASS_ROMAN[m[1] ?? ""] : undefined;
}

/**
 * A unit type guessed from a unit's name: "Văn phòng Sở" → van-phong, "Thanh tra sở" → thanh-tra,
 * "Chi cục Thủy lợi" → chi-cuc, "Phòng Kỹ thuật thuộc Chi cục …" → phong-chi-cuc, "Phòng …" →
 * phong; undefined when the name does not say (or names a Party office such as Văn phòng Tỉnh ủy).
 */
export function inferUnitType(unitName: string, commune = false): UnitType | undefined {
  // Drop list numbering and bullets: "1.", "II.", "a)", "-", "•" ("P. …" is kept: it is not "a)").
  const key = textKey(unitName).replace(/^(?:(?:[0-9]+[.)]|[ivxlc]+[.)]|[a-z]\))\s*|[-–•+*]\s*)+/, "");
  if (LEADERSHIP.test(key)) return "lanh-dao";
  if (commune) return communeUnitType(key);
  if (/^(van phong|vp)\b/.test(key)) {
    return /\b(tinh uy|thanh uy|huyen uy|quan uy|dang uy)\b/.test(key) ? undefined : "van-phong";
  }
  if (/^thanh tra\b/.test(key)) return "thanh-tra";
  if (/^chi cuc\b/.test(key)) return "chi-cuc";
  if (/^phong\b/.test(key)) return /\bthuoc chi cuc\b/.test(key) ? "phong-chi-cuc" : "phong";
  return undefined;
}

/** The body's own leadership listed as a row: "Lãnh đạo Sở", "Ban Giám đốc", "Lãnh đạo Văn phòng". */
const LEADERSHIP = /^(lanh dao|ban giam doc|ban lanh dao)\b/;

/** Whether a unit's name says it is the body's own leadership (see {@link inferUnitType}). */
export const isLeadershipName = (unitName: string): boolean => inferUnitType(unitName) === "lanh-dao";

/**
 * A commune's unit (the sheet's title names a xã, phường or đặc khu) by its name: the đảng ủy's
 * Văn phòng, Ban Xây dựng Đảng and Ủy ban Kiểm tra; the public service centre; else a phòng of the
 * UBND (Văn phòng HĐND và UBND, Phòng Kinh tế, Phòng Văn hóa - Xã hội).
 */
function communeUnitType(key: string): UnitType {
  // The commune itself listed as one unit ("Xã An Thạnh", "UBND phường …"), not one of its bodies.
  if (/^(xa|phuong|dac khu|thi tran|ubnd|uy ban nhan dan|hdnd|dang uy|dang bo)\b/.test(key)) return "xa";
  if (/\b(dang uy|ban xay dung dang|uy ban kiem tra|ubkt)\b/.test(key)) return "co-quan-dang-xa";
  if (/\btrung tam\b/.test(key)) return "trung-tam-xa";
  return "phong-xa";
}
