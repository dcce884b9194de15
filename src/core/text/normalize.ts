/**
 * Vietnamese text normalisation.
 *
 * `cleanText` keeps the text as the user wrote it, only tidied (NFC, one space, no NBSP);
 * `textKey` is the comparison key: no diacritics, đ → d, lower case, so "Phó Trưởng phòng",
 * "PHÓ TRƯỞNG PHÒNG", "Pho truong phong" and the NFD spelling all give "pho truong phong", and
 * the old and new tone placements ("ủy"/"uỷ", "hòa"/"hoà") meet.
 */

import { memoize } from "../memo";

// NBSP, zero-width and other Unicode spaces that sheets pasted from Word or the web carry.
const SPACES = /[\s\u00a0\u1680\u2000-\u200b\u202f\u205f\u3000\ufeff]+/g;

/** Tidy a cell's text for display: NFC, spaces collapsed, trimmed. */
export function cleanText(value: string): string {
  return isClean(value) ? value : tidy(value);
}

// A unit typed "  PHÒNG NỘI VỤ " is typed so on many rows: tidied once.
const tidy = memoize((value) => value.normalize("NFC").replace(SPACES, " ").trim());

/**
 * Whether `cleanText` would return the text unchanged, by one scan without Unicode normalisation
 * (the reader cleans every cell of a 100,000-row sheet, most of them already clean). True only for
 * text made of printable ASCII and letters of Latin-1, Latin Extended-A/B and Latin Extended
 * Additional (U+00A1–U+02FF, U+1E00–U+1EFF: precomposed Vietnamese included), with single inner
 * spaces. Those characters are all NFC starters that compose with nothing following, so such text
 * is already NFC; anything else (combining marks, other spaces, other scripts) takes the full path.
 */
function isClean(value: string): boolean {
  const n = value.length;
  if (n === 0) return true;
  if (value.charCodeAt(0) === 0x20 || value.charCodeAt(n - 1) === 0x20) return false;
  let prev = 0;
  for (let i = 0; i < n; i++) {
    const c = value.charCodeAt(i);
    if (c === 0x20) {
      if (prev === 0x20) return false;
    } else if (!((c > 0x20 && c < 0x7f) || (c >= 0xa1 && c <= 0x2ff) || (c >= 0x1e00 && c <= 0x1eff))) {
      return false;
    }
    prev = c;
  }
  return true;
}

/**
 * Comparison key: diacritic-, case- and spacing-insensitive. Keys are asked for the same names
 * again and again (every unit of a plan, several times): remembered, most of the Unicode
 * normalisation is saved.
 */
export const textKey: (value: string) => string = memoize(computeKey);

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
  return c <= 0x20 || c === 0x85 || c === 0x200b || isPatternSpace(c);
}

/** What `\s` matches in a JavaScript pattern, as a code unit. */
export function isPatternSpace(c: number): boolean {
  return (
    c === 0x20 ||
    (c >= 0x09 && c <= 0x0d) ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
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
