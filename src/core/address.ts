/** A1-style addresses with the sheet name, as users see them: `'Biểu 01'!C12`. */

/** 1 → "A", 27 → "AA". */
export function columnLetter(col: number): string {
  let n = Math.max(1, Math.floor(col));
  let out = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** "A" → 1, "AA" → 27 (letters only, any case); 0 when not letters. */
export function columnIndex(letters: string): number {
  if (!/^[A-Za-z]+$/.test(letters)) return 0;
  let col = 0;
  for (const ch of letters.toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return col;
}

/**
 * Sheet name quoted the way Excel does: when it has anything but letters, digits and underscores, or
 * could be read as a cell reference.
 */
export function quoteSheet(sheet: string): string {
  const plain =
    /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheet) &&
    // Names Excel would read as a cell ("A1", "XFD9") or an R1C1 reference ("R", "C2", "R1C1").
    !/^[A-Za-z]{1,3}\d+$/.test(sheet) &&
    !/^([Rr]\d*([Cc]\d*)?|[Cc]\d*)$/.test(sheet);
  return plain ? sheet : `'${sheet.replace(/'/g, "''")}'`;
}

/** `'Biểu 01'!C12` for sheet "Biểu 01", row 12, column 3. */
export function cellAddress(sheet: string, row: number, col: number): string {
  return `${quoteSheet(sheet)}!${columnLetter(col)}${row}`;
}

/** `'Biểu 01'!5:5`: a whole row. */
export function rowAddress(sheet: string, row: number): string {
  return `${quoteSheet(sheet)}!${row}:${row}`;
}
