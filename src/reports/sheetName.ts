import { cleanText } from "../core/text/normalize";

/** Excel's limit on a sheet name. */
export const MAX_SHEET_NAME = 31;
/** The name of a report sheet whose own name is empty. */
export const DEFAULT_SHEET_NAME = "Báo cáo";

/**
 * A sheet name Excel accepts and that is not in `taken` (compared case-insensitively, as Excel
 * does): control characters and halves of surrogate pairs removed, forbidden characters []:*?/\ become "-", apostrophes "’"
 * (ExcelJS does not quote them in print titles), at most 31 characters, " (2)", " (3)", ... added
 * when needed; "History" is reserved by Excel. Both hosts name report sheets with it, so a report
 * lands on a sheet of the same name in Excel and in an .xlsx file.
 */
export function uniqueSheetName(base: string, taken: Iterable<string>): string {
  const used = new Set([...taken].map(nameKey));
  used.add("history");
  const clean = cleanSheetName(base);
  if (!used.has(nameKey(clean))) return clean;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const candidate = cutName(clean, MAX_SHEET_NAME - suffix.length) + suffix;
    if (!used.has(nameKey(candidate))) return candidate;
  }
}

function cleanSheetName(base: string): string {
  const cleaned = cleanText(
    base
      .replace(/[\u0000-\u001f\u007f\ufffe\uffff]/g, " ") // eslint-disable-line no-control-regex
      // Half a surrogate pair cannot be written as UTF-8: the name would come back as "�".
      .replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, "")
      .replace(/[[\]:*?/\\]/g, "-")
      .replace(/'/g, "’"),
  );
  const cut = cutName(cleaned, MAX_SHEET_NAME);
  return cut === "" ? DEFAULT_SHEET_NAME : cut;
}

/** The first `max` UTF-16 units, never splitting a surrogate pair, trailing spaces removed. */
function cutName(name: string, max: number): string {
  if (name.length <= max) return name;
  let end = max;
  const last = name.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end--;
  return name.slice(0, end).trimEnd();
}

function nameKey(name: string): string {
  return name.normalize("NFC").toLowerCase();
}
