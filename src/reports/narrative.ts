/**
 * The report's body in the official register, written from the analysis: the documents it is
 * based on (căn cứ), the results as sentences with their figures, and an assessment that names the
 * units still needing attention and why. Pure text: the renderer lays it out as editable paragraphs.
 */
import { formatDate, formatNumber, formatPercent } from "../core/format";
import { FLAG_LABELS } from "../core/messages";
import { RULE_SETS } from "../core/rules/ruleSets";
import type { Analysis, Change, FlagId, RuleSetId, Totals } from "../core/types";
import type { ReportDetails } from "./types";

/**
 * Each rule set's document as a căn cứ cites it: number, date and issuer, as the text of the
 * document itself gives them (docs/rules-verification.md); an issuer we have not read is left out.
 */
export const RULE_SET_BASIS: Record<RuleSetId, string> = {
  ND107_2020: "Nghị định số 107/2020/NĐ-CP ngày 14 tháng 9 năm 2020 của Chính phủ",
  ND108_2020: "Nghị định số 108/2020/NĐ-CP ngày 14 tháng 9 năm 2020 của Chính phủ",
  ND45_2025: "Nghị định số 45/2025/NĐ-CP ngày 28 tháng 02 năm 2025 của Chính phủ",
  ND150_2025: "Nghị định số 150/2025/NĐ-CP ngày 12 tháng 6 năm 2025 của Chính phủ",
  ND370_2025:
    "Nghị định số 150/2025/NĐ-CP ngày 12 tháng 6 năm 2025 của Chính phủ, được sửa đổi, bổ sung bởi Nghị định số 370/2025/NĐ-CP ngày 31 tháng 12 năm 2025 của Chính phủ",
  QD04_2018: "Quy định số 04-QĐi/TW ngày 25 tháng 7 năm 2018 của Ban Chấp hành Trung ương",
  QD137_2023: "Quy định số 137-QĐ/TW ngày 01 tháng 12 năm 2023 của Ban Bí thư",
  QD329_2025: "Quy định số 329-QĐ/TW ngày 13 tháng 6 năm 2025 của Ban Bí thư",
  NQ332_2025: "Nghị quyết số 332/NQ-CP ngày 15 tháng 10 năm 2025 của Chính phủ",
  KL187_2025: "Kết luận số 187-KL/TW ngày 29 tháng 8 năm 2025",
};

/**
 * The rule sets the analysis actually applied, in the order of first use: the caps of its units
 * and pools, and KL 187 where its deadline or its 50 % principle was applied.
 */
export function ruleSetsUsed(analysis: Analysis): RuleSetId[] {
  const used = new Set<RuleSetId>();
  for (const u of analysis.units) if (u.capInfo?.ruleSet) used.add(u.capInfo.ruleSet);
  for (const p of analysis.pools) used.add(p.ruleSet);
  const kl187 = analysis.date >= RULE_SETS.KL187_2025.validFrom;
  const deadlines = analysis.units.some((u) => u.excess > 0) || analysis.pools.some((p) => p.excess > 0);
  const halfRule = analysis.units.some((u) => u.flags.includes("deputies-over-half-quota"));
  if (kl187 && (deadlines || halfRule)) used.add("KL187_2025");
  return [...used];
}

/**
 * The opening paragraph: "Căn cứ …; thực hiện chủ trương …, <body> báo cáo <what> như sau:". The
 * documents are those the user named (details.basis) and those whose rules were applied.
 */
export function openingParagraph(
  analysis: Analysis | undefined,
  details: ReportDetails,
  what: string,
): string {
  const documents = [
    ...(details.basis ?? []),
    ...(analysis ? ruleSetsUsed(analysis).map((id) => RULE_SET_BASIS[id]) : []),
  ]
    .map((d) => d.trim().replace(/[;.,]+$/, ""))
    .filter((d, i, all) => d !== "" && all.indexOf(d) === i);
  const basis = documents.length > 0 ? `Căn cứ ${documents.join("; ")}; ` : "";
  const lead = `${basis}${basis ? "thực hiện" : "Thực hiện"} chủ trương sắp xếp tổ chức bộ máy tinh gọn, hoạt động hiệu lực, hiệu quả`;
  return `${lead}, ${what} như sau:`;
}

/** A count as official text writes it: two digits under 10 ("02"), grouped above 999 ("1.250"). */
export function countText(n: number): string {
  return Number.isInteger(n) && n >= 0 && n < 10 ? `0${n}` : formatNumber(n, 0, "vi");
}

const NOUNS: Record<keyof Totals, string> = {
  units: "đầu mối",
  heads: "cấp trưởng",
  deputies: "cấp phó",
  staff: "biên chế",
};

/** "giảm 02 đầu mối (28,57%)", "tăng 01 cấp phó (6,25%)", "không thay đổi". */
function changeText(key: keyof Totals, change: Change): string {
  const cut = change.cut ?? 0;
  if (cut === 0) return "không thay đổi";
  const rate = change.rate === null ? "" : ` (${formatPercent(Math.abs(change.rate), 2, "vi")})`;
  return `${cut > 0 ? "giảm" : "tăng"} ${countText(Math.abs(cut))} ${NOUNS[key]}${rate}`;
}

/**
 * The results as one sentence: "Sau sắp xếp có 05 đầu mối, giảm 02 đầu mối (28,57%); 06 cấp
 * trưởng, giảm 01 cấp trưởng (14,29%); …"; for a review, the units reviewed, over their cap (and
 * the excess) and with a warning.
 */
export function resultsSentence(analysis: Analysis): string {
  if (analysis.mode === "check") return reviewSentence(analysis);
  const keys: (keyof Totals)[] = ["units", "heads", "deputies", "staff"];
  const parts = keys.map((key) => {
    const change = analysis.summary[key];
    return `${countText(change.after ?? 0)} ${NOUNS[key]}, ${changeText(key, change)}`;
  });
  const lead = analysis.mode === "plan" ? "Theo phương án, sau sắp xếp có" : "Sau sắp xếp có";
  return `${lead} ${parts.join("; ")} so với trước sắp xếp.`;
}

/**
 * "Đã rà soát 07 đơn vị; 02 đơn vị có số cấp phó vượt định mức, tổng số cấp phó dôi dư là 03 người,
 * phải giải quyết chậm nhất đến ngày …; 04 đơn vị có cảnh báo.".
 */
function reviewSentence(analysis: Analysis): string {
  const flagged = analysis.units.filter((u) => u.flags.length > 0).length;
  const parts = [`Đã rà soát ${countText(analysis.units.length)} đơn vị`, excessClause(analysis)];
  parts.push(flagged > 0 ? `${countText(flagged)} đơn vị có cảnh báo` : "không có đơn vị nào có cảnh báo");
  return `${parts.join("; ")}.`;
}

/**
 * The excess deputies of a merger, in a sentence that points to the appendix listing them:
 * "Có 02 đơn vị có số cấp phó vượt định mức, …; chi tiết tại Phụ lục II kèm theo Báo cáo này.".
 */
export function excessSentence(analysis: Analysis, appendix: string): string {
  const clause = excessClause(analysis);
  if (!hasExcess(analysis)) return `${clause.charAt(0).toLocaleUpperCase("vi")}${clause.slice(1)}.`;
  return `Có ${clause}; chi tiết tại ${appendix} kèm theo Báo cáo này.`;
}

/** Whether any unit or pooled group has deputies over its cap. */
export function hasExcess(analysis: Analysis): boolean {
  return analysis.units.some((u) => u.excess > 0) || analysis.pools.some((p) => p.excess > 0);
}

/**
 * "02 đơn vị có số cấp phó vượt định mức, tổng số cấp phó dôi dư là 03 người, phải giải quyết
 * chậm nhất đến ngày 31 tháng 12 năm 2030" (the earliest deadline), or "không có đơn vị nào …".
 */
function excessClause(analysis: Analysis): string {
  const over = analysis.units.filter((u) => u.excess > 0);
  const poolsOver = analysis.pools.filter((p) => p.excess > 0);
  if (over.length + poolsOver.length === 0) return "không có đơn vị nào có số cấp phó vượt định mức";
  const where = [
    ...(over.length > 0 ? [`${countText(over.length)} đơn vị`] : []),
    ...(poolsOver.length > 0 ? [`${countText(poolsOver.length)} nhóm đơn vị tính định mức bình quân`] : []),
  ].join(" và ");
  const first = [...over.map((u) => u.deadline), ...poolsOver.map((p) => p.deadline)]
    .filter((d): d is string => d !== undefined)
    .sort()[0];
  const by = first ? `, phải giải quyết chậm nhất đến ${formatDate(first, "vi")}` : "";
  return `${where} có số cấp phó vượt định mức, tổng số cấp phó dôi dư là ${countText(totalExcess(analysis))} người${by}`;
}

function totalExcess(analysis: Analysis): number {
  return (
    analysis.units.reduce((sum, u) => sum + u.excess, 0) +
    analysis.pools.reduce((sum, p) => sum + p.excess, 0)
  );
}

/** Flags that call for action, in the order the assessment names them. */
const ASSESSED: readonly FlagId[] = [
  "deputies-over-cap",
  "below-minimum-size",
  "deputies-over-half-quota",
  "deputies-over-parent",
  "leaders-only",
  "leaders-exceed-specialists",
];

const lowerFirst = (s: string): string => s.charAt(0).toLocaleLowerCase("vi") + s.slice(1);

/**
 * The assessment: the units still needing attention by name and why, and the pooled groups over
 * their common cap; or that every unit meets the rules.
 */
export function assessment(analysis: Analysis): string[] {
  const flagged = analysis.units.filter((u) => u.flags.some((f) => ASSESSED.includes(f)));
  const poolsOver = analysis.pools.filter((p) => p.excess > 0);
  const lines: string[] = [];
  if (flagged.length === 0 && poolsOver.length === 0) {
    lines.push(
      analysis.mode === "check"
        ? "Các đơn vị được rà soát đều bảo đảm định mức cấp phó và số lượng biên chế tối thiểu theo quy định."
        : "Sau sắp xếp, các đơn vị đều bảo đảm định mức cấp phó và số lượng biên chế tối thiểu theo quy định.",
    );
  } else if (flagged.length > 0) {
    const named = flagged.map((u) => {
      const why = ASSESSED.filter((f) => u.flags.includes(f)).map((f) => {
        const label = lowerFirst(FLAG_LABELS[f].vi);
        return f === "deputies-over-cap" && u.cap !== null
          ? `${label} (${countText(u.deputies)}/${countText(u.cap)})`
          : label;
      });
      return `${u.name} (${why.join("; ")})`;
    });
    const where = analysis.mode === "check" ? "Qua rà soát, có" : "Sau sắp xếp, còn";
    lines.push(`${where} ${countText(flagged.length)} đơn vị cần tiếp tục xem xét: ${named.join("; ")}.`);
  }
  // A pooled cap is the group's: its units carry no flag of their own, the group is over.
  for (const pool of poolsOver) {
    lines.push(
      `Các đơn vị ${pool.units.join(", ")} (định mức tính chung, bình quân ${countText(pool.average)} cấp phó mỗi đơn vị) có ${countText(pool.deputies)} cấp phó, vượt định mức chung ${countText(pool.cap)}.`,
    );
  }
  return lines;
}
