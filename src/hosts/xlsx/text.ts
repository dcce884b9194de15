/** Excel's limit on the characters of one cell. */
const MAX_CELL_TEXT = 32767;

/**
 * Text as it can be stored in a cell: characters XML 1.0 forbids removed (ExcelJS would write a
 * file neither it nor Excel can open), CR/CRLF turned into LF (XML would do it anyway), cut to
 * Excel's 32 767 characters.
 */
export function safeText(value: string): string {
  const cleaned = value
    .replace(/\r\n?/g, "\n")
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, "")
    .replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, "");
  return cleaned.length > MAX_CELL_TEXT ? cleaned.slice(0, MAX_CELL_TEXT) : cleaned;
}
