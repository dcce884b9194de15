/**
 * Before/after bar chart as inline SVG: one group per figure, a "Trước" and a "Sau" bar each, the
 * value after each bar, no axis (each group has its own scale, and the chart says so). Colours are
 * Fluent tokens, so the chart follows the light or dark theme. Screen readers get one sentence with
 * every figure (aria-label, <title>), the scale note (<desc>) and the figures as a visually hidden
 * table.
 */
import { makeStyles, tokens } from "@fluentui/react-components";
import { useMemo, useRef } from "react";
import type { Lang } from "../../core/messages";
import { formatNumber } from "../../core/format";
import { tChart } from "../../i18n/preview";
import { chartSummary, layoutChart, type BarGroup, CHART_METRICS } from "../view/chartLayout";
import { useA11yStyles } from "./a11y";
import { useElementWidth } from "./useElementWidth";

export type { BarGroup };

export interface BarChartProps {
  groups: BarGroup[];
  lang: Lang;
}

const useStyles = makeStyles({
  root: { width: "100%", minWidth: 0 },
  svg: { display: "block", overflow: "visible" },
  label: { fill: tokens.colorNeutralForeground1, fontWeight: tokens.fontWeightSemibold },
  series: { fill: tokens.colorNeutralForeground3 },
  value: { fill: tokens.colorNeutralForeground1 },
  before: { fill: tokens.colorNeutralForeground3 },
  after: { fill: tokens.colorBrandForeground1 },
  note: {
    display: "block",
    marginTop: tokens.spacingVerticalXS,
    color: tokens.colorNeutralForeground3,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
  },
  empty: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
});

export function BarChart({ groups, lang }: BarChartProps) {
  const styles = useStyles();
  const a11y = useA11yStyles();
  const ref = useRef<HTMLDivElement>(null);
  const width = useElementWidth(ref);
  const layout = useMemo(() => layoutChart(groups, width, lang), [groups, width, lang]);
  const summary = useMemo(() => chartSummary(groups, lang), [groups, lang]);
  const hasAfter = groups.some((g) => g.after !== null);
  const fmt = (v: number | null): string => (v === null ? "–" : formatNumber(v, 0, lang));
  return (
    <div ref={ref} className={styles.root} data-testid="bar-chart">
      {groups.length === 0 ? (
        <span className={styles.empty}>{tChart("empty", lang)}</span>
      ) : (
        <>
          <svg
            role="img"
            aria-label={summary}
            width={layout.width}
            height={layout.height}
            viewBox={`0 0 ${layout.width} ${layout.height}`}
            className={styles.svg}
            fontSize={CHART_METRICS.fontSize}
            fontFamily={tokens.fontFamilyBase}
          >
            <title>{summary}</title>
            <desc>{tChart("scaleNote", lang)}</desc>
            {layout.groups.map((g, gi) => (
              <g key={gi}>
                <text x={g.labelX} y={g.labelY} className={styles.label}>
                  {g.label}
                </text>
                {g.bars.map((b) => (
                  <g key={b.series}>
                    <text x={b.seriesX} y={b.textY} className={styles.series}>
                      {b.seriesText}
                    </text>
                    {b.width > 0 && (
                      <rect
                        x={b.x}
                        y={b.y}
                        width={b.width}
                        height={b.height}
                        rx={2}
                        className={b.series === "before" ? styles.before : styles.after}
                      />
                    )}
                    <text x={b.valueX} y={b.textY} className={styles.value}>
                      {b.valueText}
                    </text>
                  </g>
                ))}
              </g>
            ))}
          </svg>
          <span className={styles.note}>{tChart("scaleNote", lang)}</span>
          <table className={a11y.visuallyHidden}>
            <caption>{tChart("series", lang)}</caption>
            <thead>
              <tr>
                <td />
                <th scope="col">{tChart("before", lang)}</th>
                {hasAfter && <th scope="col">{tChart("after", lang)}</th>}
              </tr>
            </thead>
            <tbody>
              {groups.map((g, i) => (
                <tr key={i}>
                  <th scope="row">{g.label}</th>
                  <td>{fmt(g.before)}</td>
                  {hasAfter && <td>{fmt(g.after)}</td>}
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </div>
  );
}
