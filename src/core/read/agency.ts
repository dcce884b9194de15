/**
 * The agency a returned form belongs to, from the rows above its table: a label line
 * ("CƠ QUAN, ĐƠN VỊ: SỞ NỘI VỤ", "Đơn vị báo cáo: …"), else the lowest letterhead line that names a
 * body ("ỦY BAN NHÂN DÂN TỈNH X" over "SỞ Y TẾ": the sở; "ỦY BAN NHÂN DÂN XÃ TÂN HƯNG"), never the
 * State's or the Party's motto, nor the parent body ("CƠ QUAN CHỦ QUẢN: …"); else a commune a title
 * names ("DANH SÁCH CÁN BỘ, CÔNG CHỨC XÃ TÂN HƯNG": "XÃ TÂN HƯNG").
 */
import { cellAddress } from "../address";
import type { Grid } from "../types";
import { cleanText, wordKey } from "../text/normalize";
import { cellText } from "./view";

export interface AgencyName {
  name: string;
  /** "Sheet!B2", the cell the name was read from. */
  cell: string;
}

/** Labels whose value names the reporting agency itself. */
const AGENCY_LABEL =
  /^(ten )?(co quan don vi|co quan|don vi|co quan bao cao|don vi bao cao|co quan don vi bao cao|ten co quan don vi)$/;
/** Labels of the parent body: a fallback only. */
const PARENT_LABEL = /^(co quan chu quan|don vi chu quan|co quan cap tren)$/;
/** Letterhead lines that name a body. */
const BODY_LINE =
  /^(so|uy ban nhan dan|ubnd|hoi dong nhan dan|hdnd|tinh uy|thanh uy|huyen uy|quan uy|thi uy|dang uy|dang bo|ban|van phong|thanh tra|chi cuc|cuc|bo|trung tam|truong|benh vien|xa|phuong|thi tran|dac khu|mat tran to quoc)( |$)/;
/** Mottos and the form's own titles: never a name. */
const NOT_A_NAME =
  /^(cong hoa xa hoi chu nghia viet nam|doc lap tu do hanh phuc|dang cong san viet nam|bieu|bao cao|danh sach|tong hop|so lieu|so luong|thong ke|ket qua|phuong an|ke hoach|de an)( |$)/;

/** "XÃ TÂN HƯNG" in a title: the commune word and its capitalised name (never "XÃ HỘI"). */
const COMMUNE = /(?:^|[\s,(])((?:XÃ|PHƯỜNG|THỊ TRẤN|ĐẶC KHU)(?:\s+(?!HỘI(?:\s|$|,))\p{Lu}[\p{Lu}\p{M}]*)+)/u;

/** Whether a value is still the blank of the form ("……………", "...", "___"). */
function blank(value: string): boolean {
  return value.replace(/[.…_\-–—\s:]/g, "") === "";
}

/**
 * The agency named by the rows above `headerRow` (absolute, 1-based) of `grid`; undefined when
 * those rows name none.
 */
export function agencyName(grid: Grid, headerRow: number): AgencyName | undefined {
  let label: AgencyName | undefined;
  let parent: AgencyName | undefined;
  let line: AgencyName | undefined;
  // The body line above the lowest one: "TỈNH ỦY BÌNH PHƯỚC" over "VĂN PHÒNG".
  let upper: AgencyName | undefined;
  let commune: AgencyName | undefined;
  const end = Math.min(headerRow - grid.origin.row, grid.cells.length);
  for (let i = 0; i < end; i++) {
    const row = grid.cells[i] ?? [];
    let previous = "";
    for (let j = 0; j < row.length; j++) {
      const text = cellText(row[j]);
      // Merged cells repeat their text: one look per run.
      if (text === "" || text === previous) {
        previous = text;
        continue;
      }
      previous = text;
      const cell = cellAddress(grid.sheet, grid.origin.row + i, grid.origin.col + j);
      const colon = text.indexOf(":");
      if (colon > 0) {
        const key = wordKey(text.slice(0, colon));
        const value = cleanText(text.slice(colon + 1));
        if (!blank(value) && value.length <= 120) {
          if (!label && AGENCY_LABEL.test(key)) label = { name: value, cell };
          else if (!parent && PARENT_LABEL.test(key)) parent = { name: value, cell };
        }
        continue;
      }
      const key = wordKey(text);
      if (text.length <= 120 && !NOT_A_NAME.test(key) && BODY_LINE.test(key)) {
        upper = line;
        line = { name: text, cell };
      } else if (!commune && !key.startsWith("cong hoa")) {
        const m = COMMUNE.exec(text.normalize("NFC"));
        if (m) commune = { name: m[1] as string, cell };
      }
    }
  }
  // A lowest line of one or two words ("VĂN PHÒNG", "THANH TRA") names the body only with the one above.
  if (line && upper && wordKey(line.name).split(" ").length <= 2)
    line = { name: `${cleanText(line.name)} ${cleanText(upper.name)}`, cell: line.cell };
  return label ?? line ?? commune ?? parent;
}
