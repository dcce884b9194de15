/**
 * Text as the report writers can store it, shared by the Office.js, .xlsx and .docx writers: what
 * XML 1.0 cannot hold removed (control characters other than tab and LF, DEL, U+FFFE/U+FFFF,
 * unpaired surrogates; a file with them cannot be opened), CR/CRLF turned into LF.
 */
import { MAX_CELL_TEXT } from "./builder";

export function xmlSafeText(value: string): string {
  return (
    value
      .replace(/\r\n?/g, "\n")
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\ufffe\uffff]/g, "")
      .replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, "")
  );
}

/** {@link xmlSafeText} cut to Excel's 32,767 characters of one cell. */
export function cellSafeText(value: string): string {
  const cleaned = xmlSafeText(value);
  return cleaned.length > MAX_CELL_TEXT ? cleaned.slice(0, MAX_CELL_TEXT) : cleaned;
}
