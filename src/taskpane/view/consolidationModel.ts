/**
 * The consolidation in the pane, without React: what is missing (named first), the returns of one
 * agency twice, one row per file (status, agency, figures, why not read, with its cell) and the
 * total of the agencies counted.
 */
import type { AgencyReturn, Consolidation } from "../../core/analyse/consolidate";
import { formatNumber } from "../../core/format";
import type { Lang } from "../../core/messages";
import type { Totals } from "../../core/types";
import { t } from "../../i18n/app";
import { baseName } from "../../jobs/returns";
import { gapsOf } from "../state/consolidation";
import { issueLine } from "../state/messageText";

export type RowMark = "counted" | "warnings" | "missing" | "unused";

export interface AgencyRow {
  key: string;
  mark: RowMark;
  agency: string;
  /** "so-y-te.xlsx › Biểu 1"; with "named from the file name" when no title row named it. */
  where: string;
  status: string;
  /** The agency's figures, when its file was read. */
  figures?: string;
  /** Why its figures are not counted (the first error), or its first warning, with the cell. */
  reason?: string;
}

export interface ConsolidationView {
  /** "Chưa tổng hợp được số liệu của: …" (each with why), or that every agency is counted. */
  summary: { intent: "warning" | "success"; text: string };
  duplicates: string[];
  /** Said when a duplicate is not settled (the user has not said which return to use). */
  unresolved?: string;
  rows: AgencyRow[];
  total: { label: string; figures: string };
}

function figures(totals: Totals & { excess: number }, lang: Lang): string {
  const n = (x: number) => formatNumber(x, 0, lang);
  const base = t("returnsFigures", lang, {
    units: n(totals.units),
    heads: n(totals.heads),
    deputies: n(totals.deputies),
    staff: n(totals.staff),
  });
  return totals.excess > 0 ? `${base} (${t("returnsExcess", lang, { excess: n(totals.excess) })})` : base;
}

function rowOf(a: AgencyReturn, index: number, lang: Lang): AgencyRow {
  const file = a.sheet !== undefined ? `${baseName(a.file)} › ${a.sheet}` : baseName(a.file);
  const where = a.agencyFrom === "file" ? `${file} (${t("returnsFromFile", lang)})` : file;
  const disagreement = a.disagreements[0];
  const mark: RowMark =
    a.supersededBy !== undefined
      ? "unused"
      : !a.counted
        ? "missing"
        : a.status === "read-with-warnings"
          ? "warnings"
          : "counted";
  const status =
    mark === "unused"
      ? t("statusSuperseded", lang, { file: baseName(a.supersededBy ?? "") })
      : a.status === "not-read"
        ? t("statusNotRead", lang)
        : disagreement
          ? t("statusDisagrees", lang)
          : t(a.status === "read" ? "statusRead" : "statusWarnings", lang);
  // Not read: why; left out: the disagreement; read with warnings: the first of them.
  const why =
    a.status === "not-read"
      ? a.reason
      : (disagreement ?? a.issues.find((i) => i.level === "warning" || i.level === "error"));
  return {
    key: `${index}|${a.file}`,
    mark,
    agency: a.agency,
    where,
    status,
    ...(a.status !== "not-read" ? { figures: figures(a, lang) } : {}),
    ...(why && mark !== "unused" ? { reason: issueLine(why, lang) } : {}),
  };
}

export function consolidationModel(c: Consolidation, lang: Lang): ConsolidationView {
  const gaps = gapsOf(c);
  const why = (agency: string): string => {
    const missing = c.missing.find((m) => m.agency === agency);
    if (!missing) return agency;
    return `${agency} (${t(missing.why === "not-read" ? "returnsWhyNotRead" : "returnsWhyDisagrees", lang)})`;
  };
  const counted = c.agencies.filter((a) => a.counted).length;
  const duplicates = c.duplicates.map((d) =>
    t(d.kind === "content" ? "returnsDuplicateContent" : "returnsDuplicate", lang, {
      agency: d.agency,
      first: baseName(d.files[0]),
      later: baseName(d.files[1]),
      used: baseName(d.used),
    }),
  );
  return {
    summary:
      gaps.length > 0
        ? { intent: "warning", text: t("returnsMissing", lang, { list: gaps.map(why).join("; ") }) }
        : { intent: "success", text: t("returnsComplete", lang, { count: formatNumber(counted, 0, lang) }) },
    duplicates,
    ...(c.duplicates.some((d) => !d.resolved) ? { unresolved: t("returnsUnresolved", lang) } : {}),
    rows: c.agencies.map((a, i) => rowOf(a, i, lang)),
    total: {
      label: t("returnsTotal", lang, { count: formatNumber(counted, 0, lang) }),
      figures: figures(c.totals, lang),
    },
  };
}
