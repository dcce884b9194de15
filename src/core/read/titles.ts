import { wordKey } from "../text/normalize";

export type Role = "head" | "deputy" | "specialist" | "contract";

// Abbreviations typed alone (vn-rules.md §3).
const HEAD_ABBR = new Set(["tp", "tb", "cvp", "gd", "cct", "ctt"]);
const DEPUTY_ABBR = new Set(["ptp", "pp", "pcvp", "pvp", "pgd", "pcct", "ptb", "pctt", "pvt", "pct", "pbt"]);

// "X trưởng" titles that head a unit: chi cục trưởng, cục trưởng, vụ trưởng, đội trưởng, thủ trưởng...
const HEAD_SUFFIX_UNITS = ["chi cuc", "cuc", "vu", "doi", "thu", "vien", "hieu", "ban", "phong"];

const CONTRACT =
  /(^| )(hop dong|hd|hdld|hd ?68|hd ?111|hd ?161|nd ?68|nd ?111|lao dong hop dong|nhan vien hop dong)( |$|\d)/;

/**
 * Classify a position title (chức vụ): "Phó ..." is a deputy; "Trưởng ...", "Chánh ...", "Giám đốc",
 * "Chi cục trưởng", "Thủ trưởng" are heads; contract staff (HĐ68/HĐ111, "hợp đồng") are counted apart;
 * everything else is a specialist. A combined title such as "Trưởng ban ... kiêm Trưởng phòng ..." is
 * one person: the highest role among its parts.
 */
export function classifyTitle(title: string): Role {
  const key = wordKey(title);
  if (key === "") return "specialist";
  if (CONTRACT.test(key)) return "contract";
  const parts = key.split(/ kiem (?:nhiem )?/);
  let best: Role = "specialist";
  for (const part of parts) {
    const role = classifyPart(part.trim());
    if (role === "head") return "head";
    if (role === "deputy") best = "deputy";
  }
  return best;
}

function classifyPart(key: string): Role {
  const words = key.split(" ");
  const first = words[0] ?? "";
  if (DEPUTY_ABBR.has(first) || (first === "p" && words.length > 1)) return "deputy";
  if (first === "pho") return "deputy";
  if (HEAD_ABBR.has(first) && words.length <= 3) return "head";
  if (first === "truong" || first === "chanh" || key.startsWith("giam doc") || key.startsWith("thu truong")) {
    return "head";
  }
  for (const unit of HEAD_SUFFIX_UNITS) {
    if (key === `${unit} truong` || key.startsWith(`${unit} truong `)) return "head";
  }
  if (first === "q" || key.startsWith("quyen truong") || key.startsWith("quyen chanh")) {
    // "Q. Trưởng phòng" / "Quyền Trưởng phòng": acting head.
    return "head";
  }
  if (key.startsWith("phu trach") || key.startsWith("phu trach phong")) return "head";
  return "specialist";
}
