/** The excess-deputy plan under the preview, without React: its totals, the retirements by year, who is left. */
import type { ExcessPlan } from "../../core/analyse/excessPlan";
import { formatDateShort, formatNumber } from "../../core/format";
import type { Lang } from "../../core/messages";
import { t } from "../../i18n/app";

export interface ExcessView {
  totals: string;
  years: string[];
  needs: string[];
}

export function excessModel(plan: ExcessPlan, lang: Lang): ExcessView {
  const n = (x: number) => formatNumber(x, 0, lang);
  return {
    totals: t("excessTotals", lang, {
      excess: n(plan.excess),
      remaining: n(plan.remaining),
      deadline: formatDateShort(plan.deadline),
    }),
    years: plan.years
      .filter((y) => y.retiring.length > 0)
      .map((y) =>
        t("excessYear", lang, {
          year: y.year,
          names: y.retiring.map((p) => `${p.name} (${p.unit}, ${formatDateShort(p.date)})`).join("; "),
        }),
      ),
    needs: plan.units
      .filter((u) => u.remaining > 0)
      .map((u) =>
        t("excessNeeds", lang, {
          unit: u.name,
          count: n(u.remaining),
          names: u.candidates.join(", ") || "—",
        }),
      ),
  };
}
