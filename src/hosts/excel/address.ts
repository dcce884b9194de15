/**
 * A1 addresses as Office.js gives and takes them: "Sheet1!B3:F20", "'Biểu 01'!A1",
 * "Sheet1!A1:B2, Sheet1!D4:E4" (RangeAreas; "Sheet1!A1:B2; Sheet1!D4:E4" read too). Pure.
 */

import { columnIndex, columnLetter } from "../../core/address";
import type { CellRange } from "../../core/types";

import { isValidBlock, MAX_COLS, MAX_ROWS } from "../../reports/grid";

export { blockAddress } from "../../reports/grid";

/** "B3" → { row: 3, col: 2 }; "$B$3" too. Undefined when not a cell reference inside the grid. */
export function parseCell(ref: string): { row: number; col: number } | undefined {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(ref.trim());
  if (!m) return undefined;
  const col = columnIndex(m[1] as string);
  const row = Number(m[2]);
  if (row < 1 || row > MAX_ROWS || col < 1 || col > MAX_COLS) return undefined;
  return { row, col };
}

/** "B3:F20" or "B3" (no sheet) → the block, corners in any order. */
export function parseBlock(ref: string): CellRange | undefined {
  const parts = ref.split(":");
  if (parts.length > 2) return undefined;
  const a = parseCell(parts[0] ?? "");
  const b = parts.length === 2 ? parseCell(parts[1] ?? "") : a;
  if (!a || !b) return undefined;
  return {
    top: Math.min(a.row, b.row),
    left: Math.min(a.col, b.col),
    bottom: Math.max(a.row, b.row),
    right: Math.max(a.col, b.col),
  };
}

/**
 * "Sheet1!B3:F20" / "'It''s'!A1" → sheet name and block. The sheet part is optional (then "").
 * Undefined when the address is not one rectangular block.
 */
export function parseAddress(address: string): { sheet: string; block: CellRange } | undefined {
  const parts = splitSheet(address);
  const block = parts && parseBlock(parts.ref);
  return parts && block ? { sheet: parts.sheet, block } : undefined;
}

/**
 * Like {@link parseAddress}, and also whole rows ("'Biểu 01'!12:12", the address the analysis gives
 * for a unit's row) and whole columns ("Sheet1!$C:$D"), as blocks spanning the grid.
 */
export function parseRangeAddress(address: string): { sheet: string; block: CellRange } | undefined {
  const parts = splitSheet(address);
  if (!parts) return undefined;
  const ref = parts.ref.replace(/\$/g, "").trim();
  const rows = /^(\d{1,7}):(\d{1,7})$/.exec(ref);
  const cols = /^([A-Za-z]{1,3}):([A-Za-z]{1,3})$/.exec(ref);
  let block = parseBlock(ref);
  if (rows) {
    const [a, b] = [Number(rows[1]), Number(rows[2])];
    block = { top: Math.min(a, b), left: 1, bottom: Math.max(a, b), right: MAX_COLS };
  } else if (cols) {
    const a = parseCell(`${cols[1]}1`)?.col ?? 0;
    const b = parseCell(`${cols[2]}1`)?.col ?? 0;
    block = { top: 1, left: Math.min(a, b), bottom: MAX_ROWS, right: Math.max(a, b) };
  }
  return block && isValidBlock(block) ? { sheet: parts.sheet, block } : undefined;
}

/** "'It''s'!A1:B2" → { sheet: "It's", ref: "A1:B2" }; without a sheet part, sheet is "". */
function splitSheet(address: string): { sheet: string; ref: string } | undefined {
  const text = address.trim();
  if (!text.startsWith("'")) {
    const bang = text.lastIndexOf("!");
    return bang >= 0 ? { sheet: text.slice(0, bang), ref: text.slice(bang + 1) } : { sheet: "", ref: text };
  }
  let name = "";
  for (let i = 1; i < text.length; i++) {
    const ch = text[i] as string;
    if (ch !== "'") name += ch;
    else if (text[i + 1] === "'") {
      name += "'";
      i++;
    } else return text[i + 1] === "!" ? { sheet: name, ref: text.slice(i + 2) } : undefined;
  }
  return undefined;
}

/**
 * Splits "Sheet1!A1:B2, 'a,b'!C3" at the commas outside quoted sheet names, and at semicolons too:
 * Office.js gives RangeAreas addresses with "," but takes the regional list separator (";" under
 * vi-VN on Windows, https://github.com/OfficeDev/office-js/issues/1167), so either is read.
 */
export function splitAreas(address: string): string[] {
  const out: string[] = [];
  let current = "";
  let quoted = false;
  for (const ch of address) {
    if (ch === "'") quoted = !quoted; // a doubled quote toggles twice: no net change
    if ((ch === "," || ch === ";") && !quoted) {
      out.push(current.trim());
      current = "";
      continue;
    }
    current += ch;
  }
  if (current.trim() !== "") out.push(current.trim());
  return out.filter((part) => part !== "");
}

/** Every block of a RangeAreas address; parts that are not blocks are skipped. */
export function parseAreas(address: string): CellRange[] {
  const out: CellRange[] = [];
  for (const part of splitAreas(address)) {
    const parsed = parseAddress(part);
    if (parsed) out.push(parsed.block);
  }
  return out;
}

/** Whole columns "B:D". */
export function columnsAddress(first: number, last: number): string {
  return `${columnLetter(first)}:${columnLetter(last)}`;
}

/** Whole rows "5:7". */
export function rowsAddress(first: number, last: number): string {
  return `${first}:${last}`;
}
