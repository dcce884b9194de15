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
const COMBINING = /[\u0300-\u036f]/g;

/** Tidy a cell's text for display: NFC, spaces collapsed, trimmed. */
export function cleanText(value: string): string {
  return value.normalize("NFC").replace(SPACES, " ").trim();
}

/** Comparison key: diacritic-, case- and spacing-insensitive. */
export function textKey(value: string): string {
  return value
    .normalize("NFD")
    .replace(COMBINING, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase()
    .replace(SPACES, " ")
    .trim();
}

/** Key with punctuation turned into spaces as well: for matching header words. */
export function wordKey(value: string): string {
  return textKey(value)
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}
