import type { Field } from "../types";
import { wordKey } from "../text/normalize";
import { roleOf } from "./grammar";
import { FIELD_LABELS } from "../messages/labels";

export { FIELD_LABELS };

/**
 * Header vocabulary (vn-rules.md §3): what a header cell says → which field it is. Roles (heads,
 * deputies) are not listed here: a header names them by the same grammar as a position title
 * (grammar.ts), so "Phó phòng", "Phó Chủ tịch", "Cấp phó" and "PTP" are all deputies.
 * Keys are `wordKey`s: no diacritics, lower case, punctuation as spaces ("HĐ 68" → "hd 68").
 * `exact` entries must be the whole header; `phrases` may appear inside a longer header, and the
 * longest phrase found wins.
 */
const VOCABULARY: Partial<Record<Field, { exact: string[]; phrases: string[] }>> = {
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
      "don vi cong tac",
      "co quan don vi",
      "phong ban cong tac",
      "khoi",
      "noi dung",
    ],
    phrases: [
      "ten don vi",
      "ten phong",
      "ten co quan",
      "co quan don vi",
      "don vi cong tac",
      "phong ban don vi",
      "ten dau moi",
      "noi cong tac",
      "co quan cong tac",
      "don vi tham muu",
      "ten to chuc",
    ],
  },
  block: {
    exact: [
      "don vi quan ly",
      "co quan quan ly",
      "don vi chu quan",
      "co quan chu quan",
      "don vi cap tren",
      "co quan cap tren",
      "thuoc don vi",
      "truc thuoc",
    ],
    phrases: ["don vi quan ly", "co quan chu quan", "don vi chu quan", "don vi cap tren"],
  },
  person: {
    exact: ["ho va ten", "ho ten", "ten can bo", "ho va ten can bo", "ho ten can bo"],
    phrases: ["ho va ten", "ho ten", "ho va chu dem"],
  },
  title: {
    exact: ["chuc vu", "chuc danh", "chuc vu chuc danh", "chuc danh chuc vu"],
    phrases: ["chuc vu", "chuc danh"],
  },
  subUnit: { exact: ["bo phan", "to", "bo phan cong tac"], phrases: ["bo phan"] },
  mergeInto: {
    exact: [
      "sap nhap",
      "hop nhat",
      "don vi moi",
      "chuyen ve",
      "chuyen sang",
      "sau sap xep",
      "don vi sau sap xep",
    ],
    phrases: [
      "sap nhap vao",
      "hop nhat vao",
      "sap nhap",
      "hop nhat",
      "don vi moi",
      "phuong an sap xep",
      "don vi tiep nhan",
      "sap xep vao",
      "don vi sau sap xep",
      "ten don vi sau sap xep",
      "du kien sap xep vao",
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
  leaders: {
    exact: ["lanh dao", "lanh dao phong", "so lanh dao", "lanh dao quan ly", "can bo lanh dao"],
    phrases: ["lanh dao"],
  },
  specialists: {
    exact: [
      "cv",
      "cvc",
      "cvcc",
      "nv",
      "can su",
      "nhan vien",
      "chuyen vien",
      "con lai",
      "cong chuc",
      // Beside leader columns ("Lãnh đạo" | "Công chức, viên chức" | "Tổng số"): the rest. A total
      // says so ("Tổng số công chức, viên chức", "Số lượng …") and is read as staff.
      "cong chuc vien chuc",
      "cong chuc va vien chuc",
      "chuyen vien va tuong duong",
    ],
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
      "tong cong",
      "cong",
      "can bo cong chuc",
    ],
    phrases: [
      "bien che",
      "tong so",
      "co mat",
      "hien co",
      "so nguoi",
      "so luong",
      "tong cong",
      "tong so can bo",
      "tong so cong chuc",
    ],
  },
  quota: {
    exact: ["duoc giao", "chi tieu", "bcdg", "bc giao", "giao"],
    phrases: ["duoc giao", "chi tieu", "bien che giao", "bc giao", "so giao", "duoc duyet"],
  },
  contract: {
    exact: ["hd", "hd68", "hd111", "hop dong", "hdld"],
    phrases: [
      "hop dong",
      "hd68",
      "hd 68",
      "hd111",
      "hd 111",
      "hd 161",
      "nd 68",
      "nd68",
      "nd 111",
      "nd111",
      "nd 161",
      "nhan vien hop dong",
      "lao dong hop dong",
      "khong chuyen trach",
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
      "phan loai cong tac",
      "phan loai",
      "loai lao dong",
      "loai nhan vien",
      "che do lam viec",
    ],
    phrases: [
      "loai can bo",
      "loai hop dong",
      "hinh thuc tuyen dung",
      "bien che hay hop dong",
      "phan loai cong tac",
      "loai lao dong",
    ],
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
const MAX_HEADER_WORDS = 12;

/**
 * Which field one header text names, if any: the vocabulary above, or a leader role by the title
 * grammar ("Phó phòng" → deputies, "Chủ tịch" → heads).
 */
export function matchField(header: string): FieldMatch | undefined {
  return matchKey(wordKey(header));
}

function matchKey(raw: string): FieldMatch | undefined {
  // Letters stacked one per line ("S\nT\nT" in a narrow column) read as one word.
  const key = /^(\w )+\w$/.test(raw) ? raw.replace(/ /g, "") : raw;
  if (key === "") return undefined;
  const exact = EXACT.get(key);
  if (exact) return { field: exact, score: 100 + key.length };
  if (key.split(" ").length > MAX_HEADER_WORDS) return undefined;
  const role = roleOf(key);
  if (role === "head" || role === "deputy") {
    return { field: role === "head" ? "heads" : "deputies", score: 50 + key.length };
  }
  const padded = ` ${key} `;
  for (const { phrase, field } of PHRASES) {
    if (padded.includes(` ${phrase} `)) return { field, score: phrase.length };
  }
  return undefined;
}

/**
 * Words that make a column something other than a count or a name, wherever they are in its header
 * path: coefficients, allowances, money, ages, levels, dates ("Hệ số phụ cấp / Chức vụ" is an
 * allowance, "Thời gian đơn vị sáp nhập, giải thể" a date, "Trình độ / Đại học" a breakdown).
 */
const NOT_A_COUNT = [
  "he so",
  "phu cap",
  "quy luong",
  "tien luong",
  "muc luong",
  "bac luong",
  "luong co so",
  "luong hien huong",
  "so tien",
  "thanh tien",
  "kinh phi",
  "du toan",
  "tro cap",
  "nghin dong",
  "trieu dong",
  "tuoi",
  "trinh do",
  "dao tao",
  "boi duong",
  "ngay",
  "nam sinh",
  "thang nam",
  "thoi gian",
  "thoi diem",
  "que quan",
  "dia chi",
  "dien thoai",
  "ghi chu",
  "ma ngach",
  "ma so",
  "ngach",
  "xep loai",
  "danh gia",
  "ty le",
  "dan toc",
  "ton giao",
  "dang vien",
  "ly luan chinh tri",
  "quan ly nha nuoc",
  "tin hoc",
  "ngoai ngu",
  "chuc danh nghe nghiep",
  "chuc danh khoa hoc",
  "hoc ham",
  "hoc vi",
  "giao su",
  "don vi tinh",
  "so nam",
  "so thang",
  "ly do",
  "hinh thuc nghi",
  "chinh sach",
  "ket qua",
  "gioi tinh",
  "so hieu",
  "can cuoc",
  "cmnd",
  "duoc nhan",
  "thuc nhan",
  "thuc linh",
  "pc",
  "bhxh",
  "bhyt",
  "bhtn",
  "kpcd",
  "bao hiem",
];
const NOT_A_COUNT_RE = new RegExp(`(^| )(${NOT_A_COUNT.join("|")})( |$)`);

/** Leaves that break a total down by a trait, not by role: "Tổng số / Nữ", "Trong đó: Nữ". */
const BREAKDOWN_LEAVES = new Set(["nu", "nam", "trong do nu", "so nu", "nu la", "nu dang vien"]);

/** Words of a header group that put its columns on the "after" side of a before/after table. */
const AFTER_SIDE = /(^| )(sau sap xep|sau khi sap xep|sau sap nhap|sau hop nhat|sau kien toan)( |$)/;

/** Words that put a column on the "before" side: where people were, not where they are. */
const BEFORE_SIDE =
  /(^| )(truoc sap xep|truoc khi sap xep|truoc sap nhap|truoc hop nhat|truoc kien toan|cu truoc|don vi cu|chuc vu cu|noi cong tac cu)( |$)/;

/** A total column: "Tổng số", "Tổng cộng", "Cộng", "Tổng". */
export const TOTAL_LEAVES = new Set([
  "tong so",
  "tong cong",
  "cong",
  "tong",
  "tong so chung",
  "tong so nguoi",
]);

export interface ColumnClass {
  match?: FieldMatch;
  /** The leaf says "Tổng số"/"Cộng": it may be the total of its siblings. */
  total: boolean;
  /** The path holds a word that makes the column not a count (money, age, date, level...). */
  excluded: boolean;
  /**
   * The column describes the "before" side ("Trước sắp xếp / Chức vụ", "Nơi công tác trước sắp
   * xếp"): used only when no other column says the same.
   */
  before?: boolean;
}

/**
 * Classify a column by its header path, from the top group to the leaf ("Lãnh đạo UBND / Phó chủ
 * tịch"). The leaf says what the column is; the groups above it may say it is not a count at all
 * (NOT_A_COUNT), that it lies on the "after" side of a before/after table, or what a bare leaf
 * means ("Biên chế / Được giao"; "Chức vụ / Đảng | Chính quyền").
 */
export function classifyPath(path: readonly string[]): ColumnClass {
  const keys = path.map(wordKey).filter((k) => k !== "");
  const leaf = keys[keys.length - 1] ?? "";
  const groups = keys.slice(0, -1);
  const none: ColumnClass = { total: false, excluded: false };
  if (leaf === "") return none;
  // A group's words rule its whole column; the leaf's own words too, except in a name column
  // ("Họ và tên, năm sinh").
  const leafExcluded = NOT_A_COUNT_RE.test(leaf) && matchKey(leaf)?.field !== "person";
  // "lương" (pay) and "lượng" (quantity) are one word without their marks: only the marked word.
  const pay = path.some((p) => /(^|[^\p{L}])lương([^\p{L}]|$)/u.test(p.normalize("NFC").toLowerCase()));
  if (leafExcluded || pay || groups.some((g) => NOT_A_COUNT_RE.test(g)) || /^luong( |$)/.test(leaf)) {
    return { ...none, excluded: true };
  }
  if (BREAKDOWN_LEAVES.has(leaf) || leaf.startsWith("trong do nu")) return { ...none, excluded: true };
  const after = groups.some((g) => AFTER_SIDE.test(g));
  let match = matchKey(leaf);
  if (after) {
    // "Sau sắp xếp / Đơn vị": where the row goes, a merge target; anything else on the after side
    // (names, titles, counts of the new unit) is not a figure of the unit the row describes.
    return match?.field === "unit" || match?.field === "mergeInto"
      ? { match: { field: "mergeInto", score: match.score }, total: false, excluded: false }
      : { ...none, excluded: true };
  }
  if (keys.some((k) => BEFORE_SIDE.test(k))) {
    // Where people worked before is not the unit they are listed in now.
    if (match?.field === "unit" || match?.field === "mergeInto") return { ...none, excluded: true };
    if (match) return { match, total: TOTAL_LEAVES.has(leaf), excluded: false, before: true };
  }
  const total = TOTAL_LEAVES.has(leaf);
  const parent = groups.length > 0 ? matchKey(groups[groups.length - 1] as string) : undefined;
  // A leaf under a group of assigned posts counts posts, not people ("Biên chế được giao / Biên chế").
  if (parent?.field === "quota" && match && (match.field === "staff" || match.field === "contract")) {
    match = match.field === "staff" ? { field: "quota", score: match.score } : undefined;
  }
  if (!match && parent && (parent.field === "title" || parent.field === "quota" || parent.field === "unit")) {
    match = { field: parent.field, score: parent.score - 1 };
  }
  if (!match && groups.length > 0) {
    // Only when the group itself names nothing may group and leaf read together ("Biên chế" / "giao").
    match = matchKey(`${groups[groups.length - 1]} ${leaf}`);
  }
  return { ...(match ? { match } : {}), total, excluded: false };
}

/** Fields that may span several columns, whose values are added up (titles are joined). */
export const SUMMED_FIELDS: ReadonlySet<Field> = new Set<Field>([
  "heads",
  "deputies",
  "specialists",
  "contract",
  "leaders",
  "title",
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
