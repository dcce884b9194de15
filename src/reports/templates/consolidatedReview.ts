/**
 * "Tổng hợp rà soát số lượng cấp phó" (issue 16): the forms returned by many agencies in one
 * report. In portrait: the agencies whose figures could not be taken named first (the subject says
 * "CHƯA ĐẦY ĐỦ"), the returns of one agency twice, then one block per agency counted (its units
 * with the deputy cap of its own agency's rules, the excess and the flags; its subtotal) and the
 * grand total. PHỤ LỤC 1 lists every file received and what became of it; PHỤ LỤC 2… are the
 * review of each agency counted, with its own total row.
 */
import type { Consolidation } from "../../core/analyse/consolidate";
import { cleanText } from "../../core/text/normalize";
import type { Analysis } from "../../core/types";
import { MAX_SHEET_NAME, uniqueSheetName } from "../sheetName";
import { render, type Template } from "../render";
import type { ReportDetails, ReportDoc, ReportSheet } from "../types";
import { closing } from "./closing";
import { deputyReview } from "./deputyReview";

const SUBJECT = "Tổng hợp rà soát số lượng cấp phó của các cơ quan, đơn vị";

export const CONSOLIDATED_REVIEW: Template = {
  id: "tong-hop-ra-soat-cap-pho",
  sheetName: "Tổng hợp cấp phó",
  orientation: "portrait",
  columns: [5, 22, 8, 7, 7, 7, 8, 19],
  blocks: [
    { kind: "header" },
    { kind: "title", title: "BÁO CÁO", subject: SUBJECT },
    { kind: "consolidationNotice" },
    {
      kind: "opening",
      what: "tổng hợp kết quả rà soát số lượng cấp phó so với định mức theo quy định của các cơ quan, đơn vị (định mức của từng đơn vị theo quy định áp dụng cho cơ quan, đơn vị của mình)",
    },
    { kind: "heading", text: "KẾT QUẢ TỔNG HỢP" },
    { kind: "consolidationSummary" },
    {
      kind: "consolidationTable",
      columns: [
        { field: "order", header: "STT", at: [1, 1] },
        { field: "name", header: "Cơ quan, đơn vị", at: [2, 2] },
        { field: "heads", header: "Cấp trưởng", group: "Lãnh đạo hiện có", at: [3, 3] },
        { field: "deputies", header: "Cấp phó", group: "Lãnh đạo hiện có", at: [4, 4] },
        { field: "cap", header: "Tối đa", group: "Cấp phó theo quy định", at: [5, 5] },
        { field: "excess", header: "Vượt", group: "Cấp phó theo quy định", at: [6, 6] },
        { field: "staff", header: "Biên chế hiện có", at: [7, 7] },
        { field: "note", header: "Ghi chú", at: [8, 8] },
      ],
    },
    { kind: "consolidationGap" },
    { kind: "footnotes" },
    {
      kind: "clerkNote",
      text: "Bảng tổng hợp: dòng tô đỏ là đơn vị có cấp phó vượt định mức; dòng tô vàng là đơn vị có cảnh báo khác. Định mức của mỗi đơn vị theo quy định áp dụng cho cơ quan, đơn vị gửi biểu.",
    },
    // Its footnotes are under the table above.
    ...closing({ footnotes: false }),
    {
      kind: "appendix",
      number: "1",
      title: "TÌNH HÌNH TIẾP NHẬN BIỂU CỦA CÁC CƠ QUAN, ĐƠN VỊ",
      sheetName: "PL1 Tiếp nhận biểu",
      orientation: "landscape",
      columns: [5, 26, 14, 26, 17, 43],
    },
    {
      kind: "returnStatus",
      columns: [
        { field: "order", header: "STT", at: [1, 1] },
        { field: "file", header: "Tệp", at: [2, 2] },
        { field: "sheet", header: "Trang tính", at: [3, 3] },
        { field: "agency", header: "Cơ quan, đơn vị", at: [4, 4] },
        { field: "status", header: "Tình trạng", at: [5, 5] },
        { field: "reason", header: "Lý do, vị trí (ô)", at: [6, 6] },
      ],
    },
  ],
};

/** The subject line; an incomplete consolidation says whose figures are missing or in doubt. */
export function consolidatedSubject(c: Consolidation, subject?: string): string {
  const base = subject ?? SUBJECT;
  const missing = c.missing.map((m) => m.agency);
  const open = c.duplicates.filter((d) => !d.resolved).map((d) => d.agency);
  const parts = [
    ...(missing.length > 0 ? [`chưa tổng hợp được số liệu của ${missing.join(", ")}`] : []),
    ...(open.length > 0 ? [`chưa xác định biểu sử dụng của ${open.join(", ")}`] : []),
  ];
  return parts.length === 0 ? base : `${base} (CHƯA ĐẦY ĐỦ: ${parts.join("; ")})`;
}

/**
 * The consolidated review of `c`; `analysis` is the combined analysis of the agencies counted
 * (every unit under its own agency's rules, src/jobs/consolidate).
 */
export function consolidatedReview(c: Consolidation, analysis: Analysis, details: ReportDetails): ReportDoc {
  const reviewDetails = { ...details, subject: consolidatedSubject(c, details.subject) };
  const doc = render(CONSOLIDATED_REVIEW, {
    style: details.style,
    details: reviewDetails,
    analysis,
    consolidation: c,
  });
  // After PHỤ LỤC 1, the review of each agency counted (PHỤ LỤC 2 – SỞ NỘI VỤ, …).
  const sheets = [...doc.sheets];
  const notesAt = sheets.findIndex((sheet) => sheet.role === "notes");
  const at = notesAt < 0 ? sheets.length : notesAt;
  const taken = sheets.map((sheet) => sheet.name);
  const appendices: ReportSheet[] = [];
  let styles = doc.styles;
  for (const agency of c.agencies) {
    if (!agency.counted || !agency.analysis) continue;
    const own = deputyReview(agency.analysis, reviewDetails);
    const sheet = own.sheets.find((s) => s.role !== "notes" && isAppendix(s));
    if (!sheet) continue;
    const n = appendices.length + 2;
    const name = uniqueSheetName(`PL${n} ${agency.agency}`.slice(0, MAX_SHEET_NAME), taken);
    taken.push(name);
    appendices.push({ ...retitled(sheet, n, agency.agency), name });
    styles = { ...own.styles, ...styles };
  }
  sheets.splice(at, 0, ...appendices);
  return { ...doc, sheets, styles };
}

const APPENDIX = "PHỤ LỤC";

/** Whether a sheet is the review's appendix: its first text is "PHỤ LỤC". */
function isAppendix(sheet: ReportSheet): boolean {
  return sheet.cells.some((cell) => cell.content.kind === "text" && cell.content.text === APPENDIX);
}

/** "PHỤ LỤC" → "PHỤ LỤC 2"; its title followed by the agency. */
function retitled(sheet: ReportSheet, n: number, agency: string): ReportSheet {
  let titled = false;
  const cells = sheet.cells.map((cell) => {
    if (cell.content.kind !== "text") return cell;
    if (cell.content.text === APPENDIX)
      return { ...cell, content: { kind: "text" as const, text: `${APPENDIX} ${n}` } };
    // The line after "PHỤ LỤC" is the appendix's title.
    if (!titled && /^KẾT QUẢ /.test(cell.content.text)) {
      titled = true;
      return {
        ...cell,
        content: { kind: "text" as const, text: `${cell.content.text} – ${cleanText(agency).toUpperCase()}` },
      };
    }
    return cell;
  });
  return { ...sheet, cells };
}
