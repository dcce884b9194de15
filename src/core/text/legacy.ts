/**
 * Legacy Vietnamese encodings: TCVN3 (ABC, TCVN 5712:1993 VN3; fonts ".VnTime", ".VnArial"…, and
 * their upper-case "H" fonts ".VnTimeH"…) and VNI-Windows (fonts "VNI-Times", "VNI-Helve"…).
 *
 * Text typed in these encodings before Unicode is still in many office files. An .xlsx stores it as
 * the Unicode code points of the legacy bytes (each byte by Windows-1252, which for the bytes these
 * encodings use, 0xA1–0xFE, is Latin-1: code point = byte), and only the cell's font makes it
 * readable: "Phã tr­ëng phßng" in .VnTime and "Phoù tröôûng phoøng" in VNI-Times are both
 * "Phó trưởng phòng". The hosts report which cells are in a legacy font (`Grid.fonts`), the reader
 * decodes those ({@link decodeLegacy}) and refuses text that {@link looksLegacy} anywhere else.
 *
 * Where the tables come from (the mapping is data, transcribed by hand and checked both ways):
 * - TCVN3: UniKey's converter tables (VnConv, Pham Kim Long: `ukengine/data.cpp`,
 *   `SingleByteTables`, charset "TCVN3", as shipped in github.com/vn-input/ibus-unikey), checked
 *   against GNU libiconv's TCVN 5712 table (`lib/tcvn.h`): VN3 is the part of VN1 at 0xA1–0xAE and
 *   0xB5–0xFE (VN1's extra capitals at 0x01–0x17, 0x80–0x9F and a few other places are not VN3,
 *   and ABC fonts do not draw them). The test fixture (test/fixtures/legacy.ts) has a second
 *   transcription, in UniKey's layout, that the tests compare with this one.
 * - VNI-Windows: UniKey's `DoubleByteTables`, charset "VNI-WIN" (base letter in the low byte, mark
 *   in the high byte), checked against xvnkb's `vni.h` (Dao Hai Lam, github.com/lamdao/xvnkb).
 */

import { memoize } from "../memo";

/** A legacy encoding. */
export type LegacyEncoding = "tcvn3" | "vni";

/** What a font name says about the bytes of text set in it. */
export interface LegacyFont {
  encoding: LegacyEncoding;
  /** An upper-case font (TCVN3 ".VnTimeH"…): its glyphs show capitals for the lower-case codes. */
  upper: boolean;
}

/** The encodings' names as messages show them (the `encoding` param of "legacy-encoding-unknown"). */
export const LEGACY_ENCODING_NAMES: Readonly<Record<LegacyEncoding, string>> = {
  tcvn3: "TCVN3 (ABC)",
  vni: "VNI",
};

// ---------------------------------------------------------------------------------------------
// Fonts

/** TCVN3 font families as sold with ABC and Vietkey, lower case, without spaces, dots or hyphens. */
const TCVN3_FAMILIES = [
  "time",
  "times",
  "arial",
  "arialnarrow",
  "centuryschoolbook",
  "couriernew",
  "courier",
  "bookantiqua",
  "helvetins",
  "helvetica",
  "avant",
  "bodoni",
  "clarendon",
  "cooper",
  "black",
  "bahamasb",
  "shelleyallegro",
  "monotypecorsiva",
  "universe",
  "vogue",
  "aristote",
  "lucidasans",
  "stamp",
  "free",
  "linus",
  "souvir",
  "tifani",
  "commercialscript",
  "brush",
  "gothic",
  "palatino",
];

const fontCache = new Map<string, LegacyFont | null>();

/**
 * The legacy encoding a font name means, or undefined for a Unicode font (Times New Roman, Arial,
 * Calibri…). TCVN3: names that start with ".Vn" (".VnTime", ".VnArial Narrow", ".VnTimeH"), and
 * the same names without the dot when the family is a known ABC one ("VnTime"); `upper` for the
 * "H" fonts (the name ends in a capital H, or is a known family + "h"). VNI: names that start with
 * "VNI" ("VNI-Times", "VNI-Helve", "VNI Aptima"). Case, spaces, hyphens and underscores are ignored.
 */
export function legacyFontEncoding(font: string): LegacyFont | undefined {
  if (typeof font !== "string") return undefined;
  const cached = fontCache.get(font);
  if (cached !== undefined) return cached ?? undefined;
  const found = classifyFont(font);
  if (fontCache.size > 1000) fontCache.clear();
  fontCache.set(font, found ?? null);
  return found;
}

function classifyFont(font: string): LegacyFont | undefined {
  const trimmed = font.trim();
  const key = trimmed.toLowerCase().replace(/[\s_-]+/g, "");
  if (key.startsWith("vni") && key.length > 3) return { encoding: "vni", upper: false };
  let stem: string;
  if (key.startsWith(".vn") && key.length > 3) stem = key.slice(3);
  else if (key.startsWith("vn") && key.length > 2) {
    stem = key.slice(2);
    const family = stem.endsWith("h") ? stem.slice(0, -1) : stem;
    if (!TCVN3_FAMILIES.includes(stem) && !TCVN3_FAMILIES.includes(family)) return undefined;
  } else return undefined;
  const upper =
    (trimmed.endsWith("H") && /[a-z\s]H$/.test(trimmed)) ||
    (stem.endsWith("h") && TCVN3_FAMILIES.includes(stem.slice(0, -1)) && !TCVN3_FAMILIES.includes(stem));
  return { encoding: "tcvn3", upper };
}

// ---------------------------------------------------------------------------------------------
// Tables

/**
 * TCVN3 (VN3): runs of consecutive codes and the Unicode letters they stand for. 74 codes: the
 * capitals Ă Â Ê Ô Ơ Ư Đ and every lower-case letter with a diacritic (capitals with a tone have no
 * code of their own: ABC writes them with the lower-case code, in an upper-case "H" font).
 */
const TCVN3_RUNS: readonly (readonly [number, string])[] = [
  [0xa1, "ĂÂÊÔƠƯĐăâêôơưđ"], // 0xA1–0xAE
  [0xb5, "àảãáạ"], // 0xB5–0xB9
  [0xbb, "ằẳẵắ"], // 0xBB–0xBE
  [0xc6, "ặầẩẫấậè"], // 0xC6–0xCC
  [0xce, "ẻẽéẹềểễếệìỉ"], // 0xCE–0xD8
  [0xdc, "ĩíịò"], // 0xDC–0xDF
  [0xe1, "ỏõóọồổỗốộờởỡớợù"], // 0xE1–0xEF
  [0xf1, "ủũúụừửữứựỳỷỹýỵ"], // 0xF1–0xFE
];

/** Legacy code (Latin-1 code point) → Unicode code point; 0: unchanged. */
const TCVN3_TO_UNICODE = new Uint16Array(256);
for (const [first, letters] of TCVN3_RUNS) {
  for (let k = 0; k < letters.length; k++) TCVN3_TO_UNICODE[first + k] = letters.charCodeAt(k);
}

/** VNI-Windows single codes: letters written with one code of their own. */
const VNI_SINGLES: Readonly<Record<string, string>> = {
  Ñ: "Đ", // 0xD1
  ñ: "đ", // 0xF1
  Í: "Í", // 0xCD (I with acute: the same letter as Latin-1's)
  í: "í", // 0xED
  Ì: "Ì", // 0xCC
  ì: "ì", // 0xEC
  Æ: "Ỉ", // 0xC6
  æ: "ỉ", // 0xE6
  Ó: "Ĩ", // 0xD3
  ó: "ĩ", // 0xF3
  Ò: "Ị", // 0xD2
  ò: "ị", // 0xF2
  Ô: "Ơ", // 0xD4
  ô: "ơ", // 0xF4
  Ö: "Ư", // 0xD6
  ö: "ư", // 0xF6
  Î: "Ỵ", // 0xCE
  î: "ỵ", // 0xEE
};

// Combining marks the VNI marks stand for (the decoded text is composed to NFC at the end).
const ACUTE = "\u0301"; // sắc
const GRAVE = "\u0300"; // huyền
const HOOK = "\u0309"; // hỏi
const TILDE = "\u0303"; // ngã
const DOT = "\u0323"; // nặng
const CIRCUMFLEX = "\u0302";
const BREVE = "\u0306";

/** A VNI mark character: a tone, or a shape (circumflex, breve) with or without a tone. */
interface VniMark {
  shape?: "circumflex" | "breve";
  tone?: string;
}

/**
 * VNI-Windows marks, written after the base letter; upper- and lower-case marks are the same mark
 * (VNI writes upper-case marks after capitals).
 */
const VNI_MARKS = new Map<number, VniMark>();
function addMarks(upper: string, lower: string, mark: VniMark): void {
  VNI_MARKS.set(upper.charCodeAt(0), mark);
  VNI_MARKS.set(lower.charCodeAt(0), mark);
}
addMarks("Ù", "ù", { tone: ACUTE }); // 0xD9 / 0xF9
addMarks("Ø", "ø", { tone: GRAVE }); // 0xD8 / 0xF8
addMarks("Û", "û", { tone: HOOK }); // 0xDB / 0xFB
addMarks("Õ", "õ", { tone: TILDE }); // 0xD5 / 0xF5
addMarks("Ï", "ï", { tone: DOT }); // 0xCF / 0xEF
addMarks("Â", "â", { shape: "circumflex" }); // 0xC2 / 0xE2
addMarks("Á", "á", { shape: "circumflex", tone: ACUTE }); // 0xC1 / 0xE1
addMarks("À", "à", { shape: "circumflex", tone: GRAVE }); // 0xC0 / 0xE0
addMarks("Å", "å", { shape: "circumflex", tone: HOOK }); // 0xC5 / 0xE5
addMarks("Ã", "ã", { shape: "circumflex", tone: TILDE }); // 0xC3 / 0xE3
addMarks("Ä", "ä", { shape: "circumflex", tone: DOT }); // 0xC4 / 0xE4
addMarks("Ê", "ê", { shape: "breve" }); // 0xCA / 0xEA
addMarks("É", "é", { shape: "breve", tone: ACUTE }); // 0xC9 / 0xE9
addMarks("È", "è", { shape: "breve", tone: GRAVE }); // 0xC8 / 0xE8
addMarks("Ú", "ú", { shape: "breve", tone: HOOK }); // 0xDA / 0xFA
addMarks("Ü", "ü", { shape: "breve", tone: TILDE }); // 0xDC / 0xFC
addMarks("Ë", "ë", { shape: "breve", tone: DOT }); // 0xCB / 0xEB

/** The Windows-1252 characters of bytes 0x80–0x9F: legacy text may hold them (dashes, quotes). */
const CP1252_EXTRAS = new Set([
  0x20ac, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x017d,
  0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x017e,
  0x0178,
]);

/** Whether a character can come from a legacy byte (Latin-1, or a Windows-1252 extra). */
function legacyByte(c: number): boolean {
  return c <= 0xff || CP1252_EXTRAS.has(c);
}

// ---------------------------------------------------------------------------------------------
// Decoding

/**
 * The Unicode text (NFC) of `text` written in a legacy encoding. With an upper-case font
 * (`{ encoding: "tcvn3", upper: true }`) the result is upper-cased, as the font shows it.
 *
 * Text that holds a character no legacy byte gives (anything above U+00FF other than the
 * Windows-1252 extras: "ư", "ạ"…) is already Unicode typed in a legacy font: it is returned as it
 * is (NFC; upper-cased for an upper-case font). Characters outside the encoding's table stay as
 * they are.
 */
export function decodeLegacy(text: string, encoding: LegacyEncoding | LegacyFont): string {
  const font: LegacyFont = typeof encoding === "string" ? { encoding, upper: false } : encoding;
  let out = text;
  let unicode = false;
  let plain = true;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x80) {
      plain = false;
      if (!legacyByte(c)) {
        unicode = true;
        break;
      }
    }
  }
  if (!plain && !unicode) out = font.encoding === "vni" ? decodeVni(text) : decodeTcvn3(text);
  out = out.normalize("NFC");
  return font.upper ? out.toUpperCase() : out;
}

function decodeTcvn3(text: string): string {
  let out = "";
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const u = c < 256 ? (TCVN3_TO_UNICODE[c] as number) : 0;
    if (u === 0) continue;
    out += text.slice(from, i) + String.fromCharCode(u);
    from = i + 1;
  }
  return from === 0 ? text : out + text.slice(from);
}

/** Base letters a VNI mark may follow, lower case. */
const VNI_BASES = "aeiouyơư";

function decodeVni(text: string): string {
  let out = "";
  const n = text.length;
  let i = 0;
  while (i < n) {
    const ch = text[i] as string;
    const single = VNI_SINGLES[ch];
    const base = single ?? ch;
    i++;
    const lower = base.toLowerCase();
    if (!VNI_BASES.includes(lower) || (single !== undefined && lower !== "ơ" && lower !== "ư")) {
      out += base;
      continue;
    }
    // A base vowel: at most one shape (circumflex after a/e/o, breve after a), and one tone.
    let shape = "";
    let tone = "";
    while (i < n) {
      const mark = VNI_MARKS.get(text.charCodeAt(i));
      if (!mark) break;
      if (mark.shape) {
        const fits =
          shape === "" &&
          tone === "" &&
          (mark.shape === "circumflex" ? "aeo".includes(lower) : lower === "a");
        if (!fits) break;
        shape = mark.shape === "circumflex" ? CIRCUMFLEX : BREVE;
      }
      if (mark.tone) {
        if (tone !== "") break;
        tone = mark.tone;
      }
      i++;
    }
    out += base + shape + tone;
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Detection

// Character classes for `looksLegacy`, one byte per Latin-1 code.
const WORD = 1; // part of a word: ASCII letters and the legacy letter codes
const LOWER = 2; // a lower-case letter (ASCII or Latin-1)
const UPPER_L1 = 4; // a Latin-1 capital (À–Þ, not ×): TCVN3 writes lower-case letters with these
const T_MARK = 8; // a TCVN3 code Vietnamese Unicode never writes
const T_ONLY = 16; // … and that VNI never uses either
const V_SINGLE = 32; // a VNI single code Vietnamese Unicode never writes (ư ỉ ỵ as ö æ î)
const CLASS = new Uint8Array(256);

// Base classes for VNI marks: after which vowel a mark is VNI evidence.
const B_A = 1;
const B_E = 2;
const B_O = 4;
const B_U = 8;
const B_Y = 16;
const B_OW = 32; // ơ / ư, which VNI writes ô / ö
const BASE = new Uint8Array(256);
/** Mark code → the bases after which it is VNI evidence (a pair Vietnamese Unicode never writes). */
const VNI_AFTER = new Uint8Array(256);

(function buildClasses(): void {
  const set = (chars: string, bits: number, table = CLASS): void => {
    for (let k = 0; k < chars.length; k++) {
      const c = chars.charCodeAt(k);
      table[c] = (table[c] as number) | bits;
    }
  };
  for (let c = 0x61; c <= 0x7a; c++) CLASS[c] = WORD | LOWER;
  for (let c = 0x41; c <= 0x5a; c++) CLASS[c] = WORD;
  for (let c = 0xc0; c <= 0xde; c++) if (c !== 0xd7) CLASS[c] = WORD | UPPER_L1;
  for (let c = 0xdf; c <= 0xff; c++) if (c !== 0xf7) CLASS[c] = WORD | LOWER;
  // TCVN3's symbol codes are letters in TCVN3 text.
  for (let c = 0xa1; c <= 0xae; c++) CLASS[c] = WORD | T_MARK | T_ONLY;
  for (let c = 0xb5; c <= 0xb9; c++) CLASS[c] = WORD | T_MARK | T_ONLY;
  for (let c = 0xbb; c <= 0xbe; c++) CLASS[c] = WORD | T_MARK | T_ONLY;
  CLASS[0xd7] = WORD | T_MARK | T_ONLY; // × (ì)
  CLASS[0xf7] = WORD | T_MARK | T_ONLY; // ÷ (ữ)
  // TCVN3 letters that are not Vietnamese letters in Unicode.
  set("ÆÇËÎÏÐÑÖØÜÞßäåæçëîïñöøûüþ", T_MARK);
  set("ÇÐÞßçþ", T_ONLY);
  set("öÖæÆîÎ", V_SINGLE);
  set("aA", B_A, BASE);
  set("eE", B_E, BASE);
  set("oO", B_O, BASE);
  set("uU", B_U, BASE);
  set("yY", B_Y, BASE);
  set("ôÔöÖ", B_OW, BASE);
  const tones = B_A | B_E | B_O | B_U | B_Y | B_OW;
  set("ùÙøØûÛõÕïÏ", tones, VNI_AFTER);
  set("âÂåÅäÄ", B_A | B_E | B_O, VNI_AFTER);
  set("áÁàÀãÃ", B_A | B_E, VNI_AFTER); // "oá", "oà", "oã" are Unicode (hoá, hoà)
  set("êÊéÉèÈúÚüÜëË", B_A, VNI_AFTER);
})();

/**
 * Whether text NOT set in a legacy font looks like TCVN3 or VNI bytes shown as Latin-1, and which:
 * the likely encoding, or undefined. One scan with lookup tables, no allocation.
 *
 * The rule:
 * 1. Text with a character no legacy byte gives (above U+00FF, other than the Windows-1252
 *    extras: "ư", "ơ", "đ", "ạ"…, i.e. nearly all Vietnamese Unicode) is not legacy; nor is text
 *    without any character above U+007F (English, numbers, unaccented names).
 * 2. A word (a run of letters and legacy letter codes, at least 2 long) is TCVN3 evidence when it
 *    holds a TCVN3 code that Vietnamese Unicode never writes: the symbols ¡–® µ–¹ »–¾ × ÷ (ư is
 *    "­", đ "®", ơ "¬", ô "«", à "µ", á "¸"…) or the letters Æ Ç Ë Î Ï Ð Ñ Ö Ø Ü Þ ß ä å æ ç ë î ï ñ ö
 *    ø û ü þ, or a Latin-1 capital right after a lower-case letter ("ViÖt", "NguyÔn": TCVN3 writes
 *    ệ, ễ, ế, ề… with the codes of À–Þ).
 * 3. A word is VNI evidence when it holds a VNI mark right after the vowel it modifies in a pair
 *    Vietnamese Unicode never writes ("oø", "aù", "oï", "ôû", "eá", "aê", "aë"…; not "oà", "oá",
 *    "uâ", "uê", which Unicode writes in "hoà", "hoá", "tuân", "thuê"), a VNI single code that is
 *    not a Vietnamese letter (ö ư, æ ỉ, î ỵ), or opens with ñ/Ñ (đ) followed by a letter.
 * 4. TCVN3 when two words are TCVN3 evidence and one of them holds a code VNI never uses (the
 *    symbols, Ç Ð Þ ß ç þ, or the capital after a lower-case letter); else VNI when two words are
 *    VNI evidence and one of them holds a mark after a vowel or an opening ñ/Ñ (VNI's ö æ î are
 *    TCVN3's ử ổ ợ too); else TCVN3 when two words are TCVN3 evidence; else not legacy.
 *
 * So it never flags Vietnamese Unicode (whose Latin-1 letters are only à á â ã è é ê ì í ò ó ô õ ù ú
 * ý and their capitals, in pairs rule 3 leaves alone), English, numbers, or a name with one
 * foreign letter (one word at most is evidence). It does flag a foreign name with such letters in
 * two words ("Jürgen Müller", "Anaïs Raphaël"), which a Vietnamese staffing sheet hardly holds.
 * Legacy text whose every letter with a diacritic has a code that is itself a Vietnamese letter
 * ("Phã bé" for "Phó bộ": ó is "ã", ộ is "é" in TCVN3) cannot be told from Unicode by its
 * characters and is not flagged.
 */
export function looksLegacy(text: string): LegacyEncoding | undefined {
  const n = text.length;
  let i = 0;
  while (i < n && text.charCodeAt(i) < 0x80) i++;
  if (i === n) return undefined;
  for (let k = i; k < n; k++) {
    const c = text.charCodeAt(k);
    if (c > 0xff && !CP1252_EXTRAS.has(c)) return undefined;
  }
  return scoreOnce(text) ?? undefined;
}

// Names and titles spelt with Latin-1 letters only ("Lê Thị Hà", "Chuyên viên") get to the scoring
// on many rows of a roster: each is scored once (null: not legacy).
const scoreOnce = memoize((text) => scoreWords(text) ?? null);

function scoreWords(text: string): LegacyEncoding | undefined {
  const n = text.length;
  let tWords = 0;
  let tOnly = false;
  let vWords = 0;
  let vPlaced = false;
  // The current word: its length and what it holds.
  let length = 0;
  let tMark = false;
  let tExclusive = false;
  let vMark = false;
  let vMarkPlaced = false;
  let prev = 0; // class of the previous character (0: not a word character)
  let prevCode = 0;
  for (let k = 0; k <= n; k++) {
    const c = k < n ? text.charCodeAt(k) : 0x20;
    const cls = c < 256 ? (CLASS[c] as number) : 0;
    if ((cls & WORD) === 0) {
      if (length >= 2) {
        if (tMark) {
          tWords++;
          if (tExclusive) tOnly = true;
        }
        if (vMark) {
          vWords++;
          if (vMarkPlaced) vPlaced = true;
        }
      }
      length = 0;
      tMark = tExclusive = vMark = vMarkPlaced = false;
      prev = 0;
      prevCode = 0;
      continue;
    }
    if (cls & T_MARK) {
      tMark = true;
      if (cls & T_ONLY) tExclusive = true;
    }
    if (cls & UPPER_L1 && prev & LOWER) tMark = tExclusive = true;
    if (cls & V_SINGLE) vMark = true;
    if (c < 256 && ((VNI_AFTER[c] as number) & (BASE[prevCode] as number)) !== 0) vMark = vMarkPlaced = true;
    if (length === 0 && (c === 0xd1 || c === 0xf1)) {
      const next = k + 1 < n ? text.charCodeAt(k + 1) : 0;
      if (next < 256 && (CLASS[next] as number) & WORD) vMark = vMarkPlaced = true;
    }
    length++;
    prev = cls;
    prevCode = c < 256 ? c : 0;
  }
  if (tWords >= 2 && tOnly) return "tcvn3";
  if (vWords >= 2 && vPlaced) return "vni";
  if (tWords >= 2) return "tcvn3";
  return undefined;
}
