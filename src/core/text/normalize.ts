/**
 * Vietnamese text normalisation.
 *
 * `cleanText` keeps the text as the user wrote it, only tidied (NFC, one space, no NBSP);
 * `textKey` is the comparison key: no diacritics, đ → d, lower case, so "Phó Trưởng phòng",
 * "PHÓ TRƯỞNG PHÒNG", "Pho truong phong" and the NFD spelling all give "pho truong phong", and
 * the old and new tone placements ("ủy"/"uỷ", "hòa"/"hoà") meet.
 */

// NBSP, zero-width and other Unicode spaces that sheets pasted from Word or the web carry.
const SPACES = /[\s\u00a0\u1680\u2000-\u200b\u202f\u205f\u3000\ufeff]+/g;

/** Tidy a cell's text for display: NFC, spaces collapsed, trimmed. */
export function cleanText(value: string): string {
  return value.normalize("NFC").replace(SPACES, " ").trim();
}

// Keys are asked for the same names again and again (every unit of a plan, several times):
// remembering recent ones saves most of the Unicode normalisation.
const KEY_CACHE_SIZE = 50_000;
let keyCache = new Map<string, string>();

/** Comparison key: diacritic-, case- and spacing-insensitive. */
export function textKey(value: string): string {
  const cached = keyCache.get(value);
  if (cached !== undefined) return cached;
  const key = computeKey(value);
  if (keyCache.size >= KEY_CACHE_SIZE) keyCache = new Map();
  keyCache.set(value, key);
  return key;
}

// One pass over the decomposed text instead of four regular-expression passes: this runs for
// every name of a 100,000-row table.
function computeKey(value: string): string {
  const text = value.normalize("NFD");
  let out = "";
  let pendingSpace = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x300 && c <= 0x36f) continue; // combining diacritic
    if (isSpace(c)) {
      pendingSpace = out.length > 0;
      continue;
    }
    let ch: string;
    if (c >= 0x41 && c <= 0x5a) ch = String.fromCharCode(c + 32);
    else if (c < 0x80) ch = text[i] as string;
    else if (c === 0x111 || c === 0x110) ch = "d";
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      // A character outside the BMP: lower-case the whole surrogate pair.
      ch = text.slice(i, i + 2).toLowerCase();
      i++;
    } else ch = (text[i] as string).toLowerCase();
    if (pendingSpace) {
      out += " ";
      pendingSpace = false;
    }
    out += ch;
  }
  return out;
}

/** The characters SPACES matches, as code units: control characters count as spaces too. */
function isSpace(c: number): boolean {
  return (
    c <= 0x20 ||
    c === 0x85 ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200b) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** Key with punctuation turned into spaces as well: for matching header words. */
export function wordKey(value: string): string {
  return textKey(value)
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}
