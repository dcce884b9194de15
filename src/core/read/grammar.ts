/**
 * One grammar for position titles (chức vụ) and for the header cells that count people by role:
 * a role word ("Trưởng", "Phó", "Chủ tịch", "Bí thư", "Chỉ huy phó"…) with a unit noun ("phòng",
 * "ban", "UBND"…). "Phó phòng" in a header and "Phó phòng" in a roster mean the same: deputies.
 *
 * Everything works on `wordKey`s: no diacritics, lower case, punctuation as spaces.
 */
import { textKey, wordKey } from "../text/normalize";

export type Role = "head" | "deputy" | "specialist" | "contract";

/** The order of roles when one person holds several posts: the highest counts. */
const RANK: Record<Role, number> = { contract: 0, specialist: 1, deputy: 2, head: 3 };

// Abbreviations typed alone or as the first word (vn-rules.md §3): TP, PTP, PGĐ, CT, PCT…
const HEAD_ABBR = new Set(["tp", "tb", "cvp", "gd", "cct", "ctt", "tphong", "ct", "bt", "ht", "tgd"]);
const DEPUTY_ABBR = new Set([
  "ptp",
  "pp",
  "pcvp",
  "pvp",
  "pgd",
  "pcct",
  "ptb",
  "pctt",
  "pvt",
  "pct",
  "pbt",
  "pht",
  "pphong",
  "ptgd",
  "pb",
]);

/**
 * Nouns of units that have a head "X trưởng" and a deputy "X phó" (Trạm trưởng, Đội phó…). Not "tổ":
 * a Tổ trưởng leads a team inside a phòng, not a focal unit.
 */
const HEAD_NOUNS = [
  "chi cuc",
  "cuc",
  "vu",
  "doi",
  "thu",
  "vien",
  "hieu",
  "ban",
  "phong",
  "tram",
  "khoa",
  "chi huy",
  "tham muu",
  "chinh tri vien",
  "xa doi",
  "tieu doi",
  "trung doi",
  "dai doi",
  "ap",
  "thon",
];

/** Role words at the start of a title that make its holder the head of the unit. */
const HEAD_STARTS = [
  "truong",
  "chanh",
  "giam doc",
  "tong giam doc",
  "thu truong",
  "bi thu",
  "chu tich",
  "chu nhiem",
  "chi huy truong",
  "quyen truong",
  "quyen chanh",
  "quyen giam doc",
  "cap truong",
  "nguoi dung dau",
];

/** Titles that are deputies although they do not start with "Phó". */
const DEPUTY_STARTS = ["tham muu truong", "cap pho", "chinh tri vien"];

/** Party and union side posts held beside a job: "Bí thư chi bộ" does not head the phòng. */
const SIDE_POSTS = /(^| )(chi bo|chi doan|cong doan|doan co so)( |$)/;

const CONTRACT =
  /(^| )(hop dong|hd|hdld|hd ?68|hd ?111|hd ?161|nd ?68|nd ?111|nd ?161|lao dong hop dong|nhan vien hop dong|khong chuyen trach)( |$|\d)/;

/** "Phụ trách" followed by a unit noun is the person in charge of it (an acting head). */
const IN_CHARGE_OF_UNIT =
  /^phu trach( |$)(phong|ban|don vi|van phong|chi cuc|trung tam|tram|doi|to|khoa|bo phan|co quan|$)/;

/** Splits concurrent posts: "Trưởng phòng kiêm Phó Chánh Văn phòng", "Phó Bí thư, Chủ tịch UBND". */
const CONCURRENT = /\s*(?:[,;/+]|\bkiêm(?: nhiệm)?\b|\bkiem(?: nhiem)?\b|\bvà\b|\bva\b|\s-\s)\s*/;

/**
 * Classify a position title. "Phó …", "X phó", "Cấp phó", "Tham mưu trưởng" are deputies;
 * "Trưởng …", "Chánh …", "Giám đốc", "Bí thư", "Chủ tịch", "Chủ nhiệm", "Chỉ huy trưởng", "X trưởng"
 * (Chi cục trưởng, Trạm trưởng), "Q. Trưởng phòng", "T.Phòng", "Phụ trách phòng" are heads; contract
 * staff (HĐ 68/111, "hợp đồng", "không chuyên trách") are counted apart; everyone else is a specialist
 * ("Phụ trách kế toán", "Kế toán trưởng", "Chuyên viên"). Concurrent posts joined by "kiêm", ",", ";",
 * "/" or "và" are one person at the highest role; a Party or union side post ("Bí thư chi bộ") never
 * makes its holder a head.
 */
export function classifyTitle(title: string): Role {
  const full = wordKey(title);
  if (full === "") return "specialist";
  if (CONTRACT.test(full)) return "contract";
  const parts = textKey(title).split(CONCURRENT);
  let best: Role = "specialist";
  let inCharge = false;
  for (const raw of parts) {
    const part = wordKey(raw);
    if (part === "") continue;
    if (IN_CHARGE_OF_UNIT.test(part)) {
      inCharge = true;
      continue;
    }
    const role = roleOf(part);
    if (RANK[role] > RANK[best]) best = role;
  }
  // "Phụ trách phòng" alone heads the unit; beside another post ("Phó trưởng phòng, phụ trách
  // phòng") it says which deputy is in charge, not that there is a second head.
  if (inCharge && best === "specialist") return "head";
  return best;
}

/** The role a single post (one part of a title, or one header cell) names; "specialist" if none. */
export function roleOf(key: string): Role {
  if (key === "" || SIDE_POSTS.test(key)) return "specialist";
  const words = key.split(" ");
  const first = words[0] as string;
  if (first === "pho" || DEPUTY_ABBR.has(first) || DEPUTY_ABBR.has(words.slice(0, 2).join(""))) {
    return "deputy";
  }
  // "P. Trưởng phòng", "P.Phòng": "p" then a role or unit word.
  if (first === "p" && words.length > 1) return "deputy";
  if (DEPUTY_STARTS.some((s) => startsWithWords(key, s))) return "deputy";
  for (const noun of HEAD_NOUNS) {
    if (startsWithWords(key, `${noun} pho`)) return "deputy";
  }
  if (HEAD_STARTS.some((s) => startsWithWords(key, s))) return "head";
  for (const noun of HEAD_NOUNS) {
    if (startsWithWords(key, `${noun} truong`)) return "head";
  }
  // "Q. Trưởng phòng", "Q.TP", "T.Phòng" (Trưởng phòng), "TP", "CT".
  if ((first === "q" || first === "quyen") && words.length > 1) {
    const rest = roleOf(words.slice(1).join(" "));
    return rest === "head" ? "head" : rest;
  }
  if (first === "t" && words.length > 1 && HEAD_NOUNS.includes(words[1] as string)) return "head";
  if (HEAD_ABBR.has(first) && words.length <= 3) return "head";
  if (HEAD_ABBR.has(words.slice(0, 2).join("")) && words.length <= 4) return "head";
  return "specialist";
}

function startsWithWords(key: string, prefix: string): boolean {
  return key === prefix || key.startsWith(`${prefix} `);
}

/** Whether a text names a role at all (head or deputy): "Phó phòng", "Chủ tịch UBND", "Cấp trưởng". */
export function namesLeaderRole(text: string): Role | undefined {
  const role = roleOf(wordKey(text));
  return role === "head" || role === "deputy" ? role : undefined;
}
