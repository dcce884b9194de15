/** Excel's limit on the characters of one cell. */
const MAX_CELL_TEXT = 32767;

/**
 * Text as it can be stored in a cell: characters XML 1.0 forbids removed (ExcelJS would write a
 * file neither it nor Excel can open), and DEL (U+007F, which ExcelJS drops on writing), CR/CRLF
 * turned into LF (XML would do it anyway), cut to Excel's 32 767 characters.
 */
export function safeText(value: string): string {
  const cleaned = value
    .replace(/\r\n?/g, "\n")
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\ufffe\uffff]/g, "")
    .replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, "");
  return cleaned.length > MAX_CELL_TEXT ? cleaned.slice(0, MAX_CELL_TEXT) : cleaned;
}

/**
 * Text as stored in a cell: {@link safeText}, and every "_xHHHH_" written as "_x005F_xHHHH_".
 * A cell's string is an ST_Xstring, where Excel (and ExcelJS) read "_x000D_" as the character
 * U+000D: without the escape, a unit named "a_x0041_b" would come back as "aAb". Upper and lower
 * case hex are both escaped; "_x005F_" reads back as "_".
 */
export function cellString(value: string): string {
  return safeText(value).replace(/_(x[0-9A-Fa-f]{4}_)/g, "_x005F_$1");
}
