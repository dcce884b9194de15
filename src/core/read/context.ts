/**
 * What the rows above a table say about it: the unit of a one-unit list ("Đơn vị: Phòng Tổng hợp",
 * "DANH SÁCH CÁN BỘ, CÔNG CHỨC XÃ TÂN HƯNG") and a count the title states ("Danh sách gồm 25
 * người"), which the people read must then match.
 */
import { cleanText, wordKey } from "../text/normalize";
import type { GridView } from "./view";

export interface Placed {
  text: string;
  /** Relative row and column of the cell it was read from. */
  i: number;
  j: number;
}

export interface TitleContext {
  /** "Đơn vị: …" (or "Tên đơn vị:", "Bộ phận:", "Cơ quan:") above the header. */
  unitLine?: Placed;
  /** A commune (xã, phường, thị trấn, đặc khu) named in the title rows: "XÃ TÂN HƯNG". */
  commune?: Placed;
  /** A number of people the title states. */
  statedCount?: { value: number; i: number; j: number };
  /** The kind of body the title rows name: its rule family ("TỈNH ỦY …" Party; "UBND … / SỞ …" State). */
  body?: Placed & { family: "party" | "state"; commune: boolean };
}

const UNIT_LINE = /^(ten )?(don vi|bo phan|phong ban|co quan|phong|don vi cong tac|noi cong tac)$/;
/** Words of a title row that name a Party body: its committee, or the Party's motto line. */
const PARTY_BODY =
  /(^| )(tinh uy|thanh uy|huyen uy|quan uy|thi uy|dang uy|dang bo|dang cong san viet nam)( |$)/;
/** Words that name a State body: the people's committee or council, a sở, the State's motto. */
const STATE_BODY =
  /(^| )(uy ban nhan dan|ubnd|hoi dong nhan dan|hdnd|cong hoa xa hoi chu nghia viet nam)( |$)|^so /;

const COMMUNE_WORDS = new Set(["xã", "phường", "thị trấn", "đặc khu"]);
const NOT_A_NAME = new Set(["hoi", "nam", "va", "thuoc", "tren", "co", "la", "da", "moi", "cu"]);
const STATED_COUNT =
  /(?:^| )(?:gom|tong so|tong cong|co|danh sach)(?: co)? (\d{1,6}) (?:nguoi|can bo|cong chuc|dong chi|truong hop|doi tuong)(?: |$)|(?:^| )tong so (?:nguoi )?(\d{1,6})$/;

/** Read the title rows 0..end-1 (the rows above the header). */
export function titleContext(view: GridView, end: number): TitleContext {
  const out: TitleContext = {};
  for (let i = 0; i < end; i++) {
    for (let j = 0; j < view.cols; j++) {
      const text = view.text(i, j);
      if (text === "") continue;
      const colon = text.indexOf(":");
      if (!out.unitLine && colon > 0 && UNIT_LINE.test(wordKey(text.slice(0, colon)))) {
        let name = cleanText(text.slice(colon + 1));
        if (name === "") name = nextText(view, i, j);
        if (name !== "") out.unitLine = { text: name, i, j };
      }
      out.commune ??= communeOf(text, i, j);
      const key = wordKey(text);
      // A Party body's papers carry "ĐẢNG CỘNG SẢN VIỆT NAM" and its committee's name; that decides.
      if (out.body?.family !== "party") {
        const commune = communeOf(text, i, j) !== undefined;
        if (PARTY_BODY.test(key)) out.body = { text, i, j, family: "party", commune };
        else if (!out.body && STATE_BODY.test(key)) out.body = { text, i, j, family: "state", commune };
      }
      if (!out.statedCount) {
        const m = STATED_COUNT.exec(wordKey(text));
        const value = Number(m?.[1] ?? m?.[2]);
        if (m && Number.isInteger(value)) out.statedCount = { value, i, j };
      }
    }
  }
  // "ỦY BAN NHÂN DÂN TỈNH X / ỦY BAN NHÂN DÂN XÃ Y": a commune's paper when a title row names one.
  if (out.body && out.commune) out.body.commune = true;
  return out;
}

function nextText(view: GridView, i: number, j: number): string {
  for (let k = j + 1; k < view.cols; k++) {
    const t = view.text(i, k);
    if (t !== "") return t;
  }
  return "";
}

/** "DANH SÁCH CÁN BỘ, CÔNG CHỨC XÃ TÂN HƯNG, TỈNH X" → "XÃ TÂN HƯNG" (as written). */
function communeOf(text: string, i: number, j: number): Placed | undefined {
  const words = text.split(" ");
  const keys = words.map(wordKey);
  // With their marks: "phường" (a ward), never "phương án" (a plan); "xã", never "xa".
  const marked = words.map((w) => w.normalize("NFC").toLowerCase());
  for (let k = keys.length - 1; k >= 0; k--) {
    const two = k + 1 < keys.length ? `${marked[k]} ${marked[k + 1]}` : "";
    const width = COMMUNE_WORDS.has(two) ? 2 : COMMUNE_WORDS.has(marked[k] as string) ? 1 : 0;
    if (width === 0) continue;
    // "xã hội", "cấp xã năm 2025": not a commune's name. A name is capitalised and has no digits.
    const next = words[k + width] ?? "";
    if (NOT_A_NAME.has(keys[k + width] ?? "") || !/^\p{Lu}/u.test(next) || /\d/.test(next)) continue;
    const name: string[] = words.slice(k, k + width);
    for (let n = k + width; n < words.length; n++) {
      const w = words[n] as string;
      const stop = /[,;()]/.test(w);
      const clean = w.replace(/[,;()].*$/, "");
      if (clean !== "") name.push(clean);
      if (stop) break;
    }
    if (name.length > width) return { text: name.join(" "), i, j };
  }
  return undefined;
}
