/**
 * Layout of the before/after bar chart, in pixels, without the DOM: horizontal grouped bars, one
 * group per figure (đầu mối, cấp trưởng, cấp phó, biên chế), each group with a "Trước" and a "Sau"
 * bar and the value after the bar. No axis: each group is scaled to its own largest value, because
 * the figures differ by orders of magnitude (5 đầu mối, 300.000 biên chế); the chart says so.
 */
import { formatNumber } from "../../core/format";
import type { Lang } from "../../core/messages";
import { tChart } from "../../i18n/preview";

/** One bar group: a figure before and after (after null: not known, e.g. a review). */
export interface BarGroup {
  label: string;
  before: number;
  after: number | null;
}

export type Series = "before" | "after";

export interface BarBox {
  series: Series;
  /** Series label at the left of the bar ("Trước"). */
  seriesText: string;
  seriesX: number;
  /** Bar rectangle (width 0 for a zero value: nothing drawn). */
  x: number;
  y: number;
  width: number;
  height: number;
  value: number;
  valueText: string;
  /** Baseline of the texts on this bar's line. */
  textY: number;
  valueX: number;
}

export interface GroupBox {
  label: string;
  labelX: number;
  labelY: number;
  bars: BarBox[];
}

export interface ChartLayout {
  width: number;
  height: number;
  groups: GroupBox[];
}

/** Sizes in pixels. */
export const CHART_METRICS = {
  fontSize: 12,
  labelHeight: 22,
  barHeight: 16,
  barGap: 4,
  groupGap: 14,
  textGap: 6,
  minWidth: 160,
} as const;

/**
 * Estimated width of a text at `fontSize`: digits and Latin letters of Segoe UI average about 0.55em;
 * 0.6em leaves room, so that a value label never runs off the chart.
 */
export function textWidth(text: string, fontSize: number = CHART_METRICS.fontSize): number {
  return Math.ceil(text.length * fontSize * 0.6);
}

export function layoutChart(groups: readonly BarGroup[], width: number, lang: Lang): ChartLayout {
  const m = CHART_METRICS;
  const w = Math.max(m.minWidth, Math.floor(Number.isFinite(width) ? width : m.minWidth));
  const seriesText: Record<Series, string> = { before: tChart("before", lang), after: tChart("after", lang) };
  const seriesWidth = Math.max(textWidth(seriesText.before), textWidth(seriesText.after)) + m.textGap;
  const fmt = (v: number): string => formatNumber(v, 0, lang);
  let valueWidth = 0;
  for (const g of groups) {
    valueWidth = Math.max(valueWidth, textWidth(fmt(g.before)));
    if (g.after !== null) valueWidth = Math.max(valueWidth, textWidth(fmt(g.after)));
  }
  const barLeft = seriesWidth;
  const barSpace = Math.max(1, w - barLeft - valueWidth - m.textGap);
  const out: GroupBox[] = [];
  let y = 0;
  for (const g of groups) {
    const labelY = y + m.fontSize + 1;
    y += m.labelHeight;
    const values: [Series, number][] = [["before", g.before]];
    if (g.after !== null) values.push(["after", g.after]);
    const max = Math.max(0, ...values.map(([, v]) => (Number.isFinite(v) ? v : 0)));
    const bars: BarBox[] = values.map(([series, value], i) => {
      const top = y + i * (m.barHeight + m.barGap);
      const v = Number.isFinite(value) && value > 0 ? value : 0;
      // A value above zero always shows a sliver, however small next to the other.
      const barWidth = max > 0 && v > 0 ? Math.max(2, Math.round((v / max) * barSpace)) : 0;
      return {
        series,
        seriesText: seriesText[series],
        seriesX: 0,
        x: barLeft,
        y: top,
        width: barWidth,
        height: m.barHeight,
        value,
        valueText: fmt(value),
        textY: top + m.barHeight / 2 + m.fontSize * 0.35,
        valueX: barLeft + barWidth + m.textGap,
      };
    });
    y += values.length * m.barHeight + (values.length - 1) * m.barGap + m.groupGap;
    out.push({ label: g.label, labelX: 0, labelY, bars });
  }
  return { width: w, height: Math.max(0, y - m.groupGap), groups: out };
}

/** What the chart shows, as one sentence for screen readers: "Đầu mối 7 → 5; Cấp phó 16 → 6; …". */
export function chartSummary(groups: readonly BarGroup[], lang: Lang): string {
  const fmt = (v: number): string => formatNumber(v, 0, lang);
  const items = groups.map((g) =>
    g.after === null
      ? tChart("itemSingle", lang, { label: g.label, before: fmt(g.before) })
      : tChart("itemPair", lang, { label: g.label, before: fmt(g.before), after: fmt(g.after) }),
  );
  return tChart("summary", lang, { items: items.join("; ") });
}
