import type { Field } from "../types";
import { wordKey } from "../text/normalize";

/**
 * Header vocabulary (vn-rules.md §3): what a header cell says → which field it is.
 * Keys are `wordKey`s: no diacritics, lower case, punctuation as spaces ("HĐ 68" → "hd 68").
 * `exact` entries must be the whole header; `phrases` may appear inside a longer header, and the
 * longest phrase found wins ("Phó trưởng phòng" beats "Trưởng phòng").
 */
const VOCABULARY: Record<Field, { exact: string[]; phrases: string[] }> = {
  order: { exact: ["stt", "tt", "so tt", "so thu tu", "thu tu"], phrases: ["so thu tu"] },
  unit: {
    exact: [
      "don vi",
      "ten",
      "phong",
      "co quan",
      "dau moi",
      "phong ban",
      "to chuc",
      "ten to chuc",
      "noi cong tac",
    ],
    phrases: [
      "ten don vi",
      "ten phong",
      "ten co quan",
      "co quan don vi",
      "don vi cong tac",
      "phong ban don vi",
      "ten dau moi",
    ],
  },
  person: { exact: ["ho va ten", "ho ten", "ten can bo"], phrases: ["ho va ten", "ho ten"] },
  title: { exact: ["chuc vu", "chuc danh"], phrases: ["chuc vu", "chuc danh"] },
  subUnit: { exact: ["bo phan", "to", "bo phan cong tac"], phrases: ["bo phan"] },
  mergeInto: {
    exact: ["sap nhap", "hop nhat", "don vi moi", "chuyen ve", "chuyen sang"],
    phrases: [
      "sap nhap vao",
      "hop nhat vao",
      "sap nhap",
      "hop nhat",
      "sau sap xep",
      "don vi moi",
      "phuong an sap xep",
      "don vi tiep nhan",
      "sap xep vao",
    ],
  },
  unitType: {
    exact: ["loai don vi", "loai hinh", "loai hinh don vi", "cap don vi"],
    phrases: ["loai don vi"],
  },
  subUnits: {
    exact: ["so phong"],
    phrases: ["so phong", "phong truc thuoc", "so phong ban", "so to chuc truc thuoc"],
  },
  heads: {
    exact: ["tp", "tb", "cvp", "gd", "cct", "truong", "cap truong", "ctt"],
    phrases: [
      "cap truong",
      "truong phong",
      "truong ban",
      "chanh van phong",
      "chanh thanh tra",
      "giam doc",
      "chi cuc truong",
      "thu truong",
      "doi truong",
      "cuc truong",
      "vu truong",
    ],
  },
  deputies: {
    exact: ["ptp", "pp", "pcvp", "pvp", "pgd", "pcct", "ptb", "pho", "cap pho", "pctt"],
    phrases: [
      "cap pho",
      "pho truong phong",
      "pho truong ban",
      "pho chanh van phong",
      "pho chanh thanh tra",
      "pho giam doc",
      "pho chi cuc truong",
      "pho thu truong",
      "pho doi truong",
      "pho cuc truong",
      "pho vu truong",
    ],
  },
  leaders: { exact: ["lanh dao", "lanh dao phong", "so lanh dao"], phrases: ["lanh dao"] },
  specialists: {
    exact: ["cv", "cvc", "cvcc", "nv", "can su", "nhan vien", "chuyen vien", "con lai", "cong chuc"],
    phrases: ["chuyen vien", "can su", "nhan vien", "cong chuc chuyen mon", "chuyen mon nghiep vu"],
  },
  staff: {
    exact: [
      "bc",
      "tong",
      "tong so",
      "so luong",
      "co mat",
      "so co mat",
      "hien co",
      "bien che",
      "cbccvc",
      "so nguoi",
    ],
    phrases: ["bien che", "tong so", "co mat", "hien co", "so nguoi", "so luong", "tong cong"],
  },
  quota: {
    exact: ["duoc giao", "chi tieu", "bcdg", "bc giao"],
    phrases: ["duoc giao", "chi tieu", "bien che giao", "bc giao", "so giao"],
  },
  contract: {
    exact: ["hd", "hd68", "hd111", "hop dong", "hdld"],
    phrases: [
      "hop dong",
      "hd68",
      "hd 68",
      "hd111",
      "hd 111",
      "nd 68",
      "nd68",
      "nd 111",
      "nd111",
      "nhan vien hop dong",
      "lao dong hop dong",
    ],
  },
  employment: {
    exact: [
      "loai can bo",
      "hinh thuc",
      "doi tuong",
      "loai hop dong",
      "hinh thuc tuyen dung",
      "bien che hop dong",
    ],
    phrases: ["loai can bo", "loai hop dong", "hinh thuc tuyen dung", "bien che hay hop dong"],
  },
};

export interface FieldMatch {
  field: Field;
  /** Higher is a surer match: exact matches beat phrases, longer phrases beat shorter. */
  score: number;
}

const EXACT = new Map<string, Field>();
const PHRASES: { phrase: string; field: Field }[] = [];
for (const [field, words] of Object.entries(VOCABULARY) as [
  Field,
  { exact: string[]; phrases: string[] },
][]) {
  for (const e of words.exact) EXACT.set(e, field);
  for (const p of words.phrases) PHRASES.push({ phrase: p, field });
}
PHRASES.sort((a, b) => b.phrase.length - a.phrase.length);

/** Headers longer than this are titles or notes, not column headers. */
const MAX_HEADER_WORDS = 10;

/** Which field a header text names, if any. */
export function matchField(header: string): FieldMatch | undefined {
  const key = wordKey(header);
  if (key === "") return undefined;
  const exact = EXACT.get(key);
  if (exact) return { field: exact, score: 100 + key.length };
  if (key.split(" ").length > MAX_HEADER_WORDS) return undefined;
  const padded = ` ${key} `;
  for (const { phrase, field } of PHRASES) {
    if (padded.includes(` ${phrase} `)) return { field, score: phrase.length };
  }
  return undefined;
}

/** Fields that may span several columns, whose values are added up. */
export const SUMMED_FIELDS: ReadonlySet<Field> = new Set<Field>([
  "heads",
  "deputies",
  "specialists",
  "contract",
  "leaders",
]);

/** Fields holding counts (parsed as numbers). */
export const COUNT_FIELDS: ReadonlySet<Field> = new Set<Field>([
  "heads",
  "deputies",
  "specialists",
  "contract",
  "leaders",
  "staff",
  "quota",
  "subUnits",
]);

/** Vietnamese and English names of the fields, for mapping UIs and messages. */
export const FIELD_LABELS: Record<Field, { vi: string; en: string }> = {
  order: { vi: "STT", en: "No." },
  unit: { vi: "Tên đơn vị", en: "Unit" },
  person: { vi: "Họ và tên", en: "Name" },
  title: { vi: "Chức vụ", en: "Position" },
  subUnit: { vi: "Bộ phận", en: "Section" },
  mergeInto: { vi: "Sáp nhập vào", en: "Merges into" },
  unitType: { vi: "Loại đơn vị", en: "Unit type" },
  subUnits: { vi: "Số phòng trực thuộc", en: "Sub-units" },
  heads: { vi: "Cấp trưởng", en: "Heads" },
  deputies: { vi: "Cấp phó", en: "Deputies" },
  leaders: { vi: "Lãnh đạo", en: "Leaders" },
  specialists: { vi: "Chuyên viên", en: "Specialists" },
  staff: { vi: "Biên chế (tổng số)", en: "Staff (total)" },
  quota: { vi: "Biên chế được giao", en: "Assigned quota" },
  contract: { vi: "Hợp đồng (HĐ68/HĐ111)", en: "Contract staff" },
  employment: { vi: "Loại cán bộ / hợp đồng", en: "Employment type" },
};
