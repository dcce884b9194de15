/**
 * CSV / TXT to a {@link Grid}. Browser-safe (no Node APIs): bytes in, cells out.
 *
 * Accepts what offices actually save: UTF-8 with or without BOM (UTF-16 with BOM too: Excel's
 * "Unicode Text"), comma, semicolon or tab separated (an Excel `sep=;` first line is honoured),
 * RFC 4180 quotes. Values stay text: the reader parses "12" and " 12 " itself. Empty fields are null.
 */

import type { CellValue } from "../../core/types";

export type Separator = "," | ";" | "\t";

const CANDIDATES: readonly Separator[] = [",", ";", "\t"];
/** Logical lines looked at when guessing the separator. */
const SNIFF_LINES = 20;

/** Decode a text file: BOM first, then strict UTF-8, then the Vietnamese Windows code page. */
export function decodeText(bytes: Uint8Array): string {
  const b0 = bytes[0];
  const b1 = bytes[1];
  const b2 = bytes[2];
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) return new TextDecoder("utf-8").decode(bytes.subarray(3));
  if (b0 === 0xff && b1 === 0xfe) return new TextDecoder("utf-16le").decode(bytes.subarray(2));
  if (b0 === 0xfe && b1 === 0xff) return new TextDecoder("utf-16be").decode(bytes.subarray(2));
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    // Not UTF-8: an old "CSV (Comma delimited)" export from a Vietnamese Windows.
    try {
      return new TextDecoder("windows-1258").decode(bytes);
    } catch {
      return new TextDecoder("utf-8").decode(bytes);
    }
  }
}

/**
 * Split text into records of raw fields. Quotes are special only at the start of a field; `""`
 * inside quotes is one quote; separators and line breaks inside quotes belong to the field. An
 * unterminated quote runs to the end of the text (lenient, never throws). Stops after `maxRecords`.
 */
export function parseRecords(text: string, sep: string, maxRecords = Infinity): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = "";
  let i = 0;
  const n = text.length;
  let atFieldStart = true;
  while (i < n && records.length < maxRecords) {
    const ch = text[i] as string;
    if (atFieldStart && ch === '"') {
      // Quoted field.
      i++;
      for (;;) {
        const q = text.indexOf('"', i);
        if (q < 0) {
          field += text.slice(i);
          i = n;
          break;
        }
        field += text.slice(i, q);
        if (text[q + 1] === '"') {
          field += '"';
          i = q + 2;
        } else {
          i = q + 1;
          break;
        }
      }
      atFieldStart = false;
      continue;
    }
    atFieldStart = false;
    if (ch === sep) {
      record.push(field);
      field = "";
      atFieldStart = true;
      i++;
    } else if (ch === "\r" || ch === "\n") {
      record.push(field);
      records.push(record);
      record = [];
      field = "";
      atFieldStart = true;
      i += ch === "\r" && text[i + 1] === "\n" ? 2 : 1;
    } else {
      field += ch;
      i++;
    }
  }
  if (records.length < maxRecords && (!atFieldStart || field !== "" || record.length > 0)) {
    record.push(field);
    records.push(record);
  }
  return records;
}

/**
 * Guess the separator from the first lines, ignoring separators inside quotes: the candidate found
 * on the most lines wins, then the one whose count per line is most regular, then the most frequent.
 */
export function detectSeparator(text: string): Separator {
  let best: Separator = ",";
  let bestScore: [number, number, number] = [0, 0, 0];
  for (const sep of CANDIDATES) {
    const counts = parseRecords(text, sep, SNIFF_LINES)
      .filter((r) => r.length > 1 || (r[0] ?? "").trim() !== "")
      .map((r) => r.length - 1);
    const linesWith = counts.filter((c) => c > 0).length;
    if (linesWith === 0) continue;
    const freq = new Map<number, number>();
    for (const c of counts) if (c > 0) freq.set(c, (freq.get(c) ?? 0) + 1);
    const regular = Math.max(...freq.values());
    const total = counts.reduce((a, c) => a + c, 0);
    const score: [number, number, number] = [linesWith, regular, total];
    if (
      score[0] > bestScore[0] ||
      (score[0] === bestScore[0] && score[1] > bestScore[1]) ||
      (score[0] === bestScore[0] && score[1] === bestScore[1] && score[2] > bestScore[2])
    ) {
      best = sep;
      bestScore = score;
    }
  }
  return best;
}

export interface CsvCells {
  cells: CellValue[][];
  separator: Separator;
  /** Set when the text had more cells than `maxCells`: the rows and columns kept. */
  truncated?: { rows: number; cols: number };
}

/** Text to a rectangular block of cells (ragged records padded with null, trailing blank lines dropped). */
export function csvToCells(text: string, maxCells = Infinity, maxCols = Infinity): CsvCells {
  let body = text;
  let separator: Separator | undefined;
  const hint = /^sep=(.)\r?\n/i.exec(body);
  if (hint && CANDIDATES.includes(hint[1] as Separator)) {
    separator = hint[1] as Separator;
    body = body.slice(hint[0].length);
  }
  separator ??= detectSeparator(body);
  const records = parseRecords(body, separator);
  while (records.length > 0 && isBlankRecord(records[records.length - 1] as string[])) records.pop();
  let width = records.reduce((w, r) => Math.max(w, lastFilled(r)), 0);
  let height = records.length;
  let truncated: CsvCells["truncated"];
  if (width > maxCols || width * height > maxCells) {
    width = Math.min(width, maxCols);
    height = Math.min(height, Math.max(1, Math.floor(maxCells / Math.max(1, width))));
    truncated = { rows: height, cols: width };
  }
  const cells: CellValue[][] = [];
  for (let r = 0; r < height; r++) {
    const record = records[r] as string[];
    const row: CellValue[] = new Array<CellValue>(width).fill(null);
    for (let c = 0; c < width && c < record.length; c++) {
      const v = record[c] as string;
      row[c] = v === "" ? null : v;
    }
    cells.push(row);
  }
  return truncated ? { cells, separator, truncated } : { cells, separator };
}

function isBlankRecord(record: string[]): boolean {
  return record.every((f) => f === "");
}

/** Number of fields up to the last non-empty one. */
function lastFilled(record: string[]): number {
  for (let i = record.length - 1; i >= 0; i--) if (record[i] !== "") return i + 1;
  return 0;
}
