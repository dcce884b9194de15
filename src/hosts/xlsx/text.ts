import { cellSafeText } from "../../reports/safeText";

/**
 * Text as it can be stored in a cell (reports/safeText.ts): what XML 1.0 forbids removed (ExcelJS
 * would write a file neither it nor Excel can open), DEL (which ExcelJS drops on writing), CR/CRLF
 * turned into LF, cut to Excel's 32 767 characters.
 */
export const safeText = cellSafeText;

/**
 * Text as stored in a cell: {@link safeText}, and every "_xHHHH_" written as "_x005F_xHHHH_".
 * A cell's string is an ST_Xstring, where Excel (and ExcelJS) read "_x000D_" as the character
 * U+000D: without the escape, a unit named "a_x0041_b" would come back as "aAb". Upper and lower
 * case hex are both escaped; "_x005F_" reads back as "_".
 */
export function cellString(value: string): string {
  return safeText(value).replace(/_(x[0-9A-Fa-f]{4}_)/g, "_x005F_$1");
}
