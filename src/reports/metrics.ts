/**
 * The one text-width model of the reports: what the ReportDoc sizes its rows and rules by, what the
 * .xlsx writer sizes the rows the doc leaves automatic by, and what the page model counts lines with.
 * Times New Roman's advance widths (as its metric twin Liberation Serif, which LibreOffice prints
 * with), a Vietnamese letter as wide as its base letter (ư and ơ a little wider, đ as d), anything
 * else outside ASCII as wide as a digit. Pure.
 */

/** Advance widths in 1/1000 em for " " to "~"; regular, then bold. */
const TIMES_WIDTHS = {
  regular:
    "250,333,408,500,500,833,778,180,333,333,500,564,250,333,250,278,500,500,500,500,500,500,500,500,500,500,278,278,564,564,564,444,921,722,667,667,722,611,556,722,722,333,389,722,611,889,722,722,556,722,667,556,611,722,722,944,722,722,611,333,278,333,469,500,333,444,500,444,500,444,333,500,500,278,278,500,278,778,500,500,500,500,333,389,278,500,500,722,500,500,444,480,200,480,541",
  bold: "250,333,555,500,500,1000,833,278,333,333,500,570,250,333,250,278,500,500,500,500,500,500,500,500,500,500,333,333,570,570,570,500,930,722,667,722,722,667,611,778,778,389,500,778,667,944,722,778,611,778,722,556,667,722,722,1000,722,722,667,333,278,333,581,500,333,500,556,444,556,444,333,500,556,278,333,556,278,833,556,500,556,556,444,389,333,556,500,722,500,500,444,394,220,394,520",
};

const WIDTHS = {
  regular: TIMES_WIDTHS.regular.split(",").map((w) => Number(w) / 1000),
  bold: TIMES_WIDTHS.bold.split(",").map((w) => Number(w) / 1000),
};

/** Width of a text in em (of its font size). */
export function textWidthEm(text: string, bold = false): number {
  const table = bold ? WIDTHS.bold : WIDTHS.regular;
  let em = 0;
  for (const ch of text) {
    const base = ch.normalize("NFD").charCodeAt(0);
    if (base >= 32 && base <= 126) {
      em += (table[base - 32] ?? 0.5) + (ch === "ư" || ch === "ơ" || ch === "Ư" || ch === "Ơ" ? 0.05 : 0);
    } else if (ch === "đ") em += table["d".charCodeAt(0) - 32] ?? 0.5;
    else if (ch === "Đ") em += table["D".charCodeAt(0) - 32] ?? 0.72;
    else if (ch === "…") em += 1;
    else if (base >= 0x300 && base <= 0x36f)
      continue; // a lone combining mark
    else em += 0.5;
  }
  return em;
}

/** Estimated printed width of one line of text, in points. */
export function textWidthPt(text: string, size: number, bold = false): number {
  return textWidthEm(text, bold) * size;
}
