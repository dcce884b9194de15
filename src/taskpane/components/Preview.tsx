/**
 * The preview of an analysis in the task pane: the before/after summary (or the review counts), the
 * bar chart, the flagged units and the excess deputies with their deadlines. The lists are
 * virtualised: a province's whole roster keeps a few dozen rows in the DOM.
 */
import { makeStyles, mergeClasses, Text, tokens } from "@fluentui/react-components";
import { useMemo, useRef } from "react";
import { formatNumber } from "../../core/format";
import type { Lang } from "../../core/messages";
import type { Analysis } from "../../core/types";
import { tPreview } from "../../i18n/preview";
import {
  previewModel,
  type CountRow,
  type ExcessUnit,
  type FlaggedUnit,
  type SummaryRow,
  type UnitTypeOrigin,
} from "../view/previewModel";
import { useA11yStyles } from "./a11y";
import { BarChart } from "./BarChart";
import { useElementWidth } from "./useElementWidth";
import { VirtualList } from "./VirtualList";

export interface PreviewProps {
  analysis: Analysis;
  lang: Lang;
  /** Where the unit types came from: the preview says when they were assumed. */
  unitTypeOrigin: UnitTypeOrigin;
}

/** Below this width the excess list shows each unit on two lines with labelled figures. */
const NARROW = 520;
/** Below this width the summary table packs its cells tighter (a 320 px task pane). */
const COMPACT = 420;
const LIST_HEIGHT = 320;
/** Name on one line, flags on up to two. */
const FLAG_ROW = 58;
/** Name, figures and deadline on three lines. */
const EXCESS_ROW_NARROW = 64;
const EXCESS_ROW_WIDE = 34;

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
    minWidth: 0,
    color: tokens.colorNeutralForeground1,
    ":focus-visible": {
      outlineWidth: tokens.strokeWidthThick,
      outlineStyle: "solid",
      outlineColor: tokens.colorStrokeFocus2,
      outlineOffset: "4px",
    },
  },
  header: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXXS },
  applied: { color: tokens.colorNeutralForeground2, overflowWrap: "anywhere" },
  muted: { color: tokens.colorNeutralForeground3 },
  note: {
    color: tokens.colorNeutralForeground2,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    margin: 0,
  },
  section: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS, minWidth: 0 },
  h: { margin: 0 },
  tableWrap: { overflowX: "auto", minWidth: 0, maxWidth: "560px" },
  table: {
    width: "100%",
    borderCollapse: "collapse",
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    fontVariantNumeric: "tabular-nums",
  },
  th: {
    textAlign: "right",
    fontWeight: tokens.fontWeightSemibold,
    backgroundColor: tokens.colorNeutralBackground3,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    verticalAlign: "bottom",
  },
  thFirst: { textAlign: "left" },
  rowHead: {
    textAlign: "left",
    fontWeight: tokens.fontWeightRegular,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    whiteSpace: "nowrap",
  },
  td: {
    textAlign: "right",
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    whiteSpace: "nowrap",
  },
  wrap: { whiteSpace: "normal" },
  compact: {
    fontSize: tokens.fontSizeBase200,
    "& th, & td": { paddingLeft: tokens.spacingHorizontalXS, paddingRight: tokens.spacingHorizontalXS },
    "& th[scope=row]": { whiteSpace: "normal" },
  },
  chart: { maxWidth: "600px" },
  listFrame: {
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    minWidth: 0,
  },
  increased: { color: tokens.colorPaletteRedForeground1 },
  listRow: {
    height: "100%",
    boxSizing: "border-box",
    display: "flex",
    flexDirection: "column",
    justifyContent: "center",
    padding: `0 ${tokens.spacingHorizontalS}`,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    minWidth: 0,
  },
  /** The first row of a list has no rule above it (the frame draws one). */
  firstRow: { borderTopColor: "transparent" },
  line: {
    overflow: "hidden",
    textOverflow: "ellipsis",
    whiteSpace: "nowrap",
    minWidth: 0,
  },
  name: { fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase300 },
  flags: {
    color: tokens.colorPaletteDarkOrangeForeground1,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    display: "-webkit-box",
    WebkitLineClamp: "2",
    WebkitBoxOrient: "vertical",
    overflow: "hidden",
    wordBreak: "break-word",
  },
  figures: {
    color: tokens.colorNeutralForeground2,
    fontSize: tokens.fontSizeBase200,
    fontVariantNumeric: "tabular-nums",
  },
  grid: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr) 64px 64px 56px 96px",
    columnGap: tokens.spacingHorizontalS,
    alignItems: "center",
    fontVariantNumeric: "tabular-nums",
  },
  gridRow: {
    height: "100%",
    boxSizing: "border-box",
    padding: `0 ${tokens.spacingHorizontalS}`,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    fontSize: tokens.fontSizeBase300,
  },
  gridHead: {
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    backgroundColor: tokens.colorNeutralBackground3,
    fontWeight: tokens.fontWeightSemibold,
    fontSize: tokens.fontSizeBase200,
  },
  num: { textAlign: "right", whiteSpace: "nowrap" },
  excessValue: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  empty: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200, margin: 0 },
  footnote: {
    color: tokens.colorNeutralForeground3,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    margin: 0,
  },
});

type Styles = ReturnType<typeof useStyles>;

export function Preview({ analysis, lang, unitTypeOrigin }: PreviewProps) {
  const styles = useStyles();
  const ref = useRef<HTMLElement>(null);
  const width = useElementWidth(ref);
  const model = useMemo(() => previewModel(analysis, lang, unitTypeOrigin), [analysis, lang, unitTypeOrigin]);
  const narrow = width < NARROW;
  return (
    <section
      ref={ref}
      className={styles.root}
      data-testid="preview"
      data-focus="preview"
      tabIndex={-1}
      aria-label={model.heading}
    >
      <div className={styles.header}>
        <Text as="h2" weight="semibold" size={400} className={styles.h}>
          {model.heading}
        </Text>
        <Text size={200} className={styles.applied} data-testid="rules-used">
          {model.rules}
        </Text>
        <Text size={200} className={styles.applied} data-testid="unit-types-used">
          {model.unitTypes}
        </Text>
      </div>
      {model.planNote && <p className={styles.note}>{model.planNote}</p>}
      {model.summary && (
        <SummaryTable rows={model.summary} lang={lang} styles={styles} compact={width < COMPACT} />
      )}
      {model.counts && <CountTable rows={model.counts} lang={lang} styles={styles} />}
      {model.chart && (
        <div className={mergeClasses(styles.section, styles.chart)}>
          <Text as="h3" weight="semibold" size={300} className={styles.h}>
            {tPreview("chartHeading", lang)}
          </Text>
          <BarChart groups={model.chart} lang={lang} />
        </div>
      )}
      <FlaggedSection units={model.flagged} lang={lang} styles={styles} />
      <ExcessSection
        units={model.excess}
        people={model.excessPeople}
        footnote={model.footnote}
        narrow={narrow}
        lang={lang}
        styles={styles}
      />
    </section>
  );
}

function SummaryTable({
  rows,
  lang,
  styles,
  compact,
}: {
  rows: SummaryRow[];
  lang: Lang;
  styles: Styles;
  compact: boolean;
}) {
  const a11y = useA11yStyles();
  const cols = ["colBefore", "colAfter", "colCut", "colRate"] as const;
  return (
    <div className={styles.tableWrap}>
      <table className={mergeClasses(styles.table, compact && styles.compact)} data-testid="summary-table">
        <caption className={a11y.visuallyHidden}>{tPreview("summaryCaption", lang)}</caption>
        <thead>
          <tr>
            <th scope="col" className={mergeClasses(styles.th, styles.thFirst)}>
              {tPreview("colIndicator", lang)}
            </th>
            {cols.map((c) => (
              <th key={c} scope="col" className={styles.th}>
                {tPreview(c, lang)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key} data-key={r.key}>
              <th scope="row" className={styles.rowHead}>
                {r.label}
              </th>
              <td className={styles.td}>{r.before}</td>
              <td className={styles.td}>{r.after}</td>
              <td className={mergeClasses(styles.td, r.increased && styles.increased)}>{r.cut}</td>
              <td className={mergeClasses(styles.td, r.increased && styles.increased)}>{r.rate}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function CountTable({ rows, lang, styles }: { rows: CountRow[]; lang: Lang; styles: Styles }) {
  const a11y = useA11yStyles();
  return (
    <div className={styles.tableWrap}>
      <table className={styles.table} data-testid="summary-table">
        <caption className={a11y.visuallyHidden}>{tPreview("checkCaption", lang)}</caption>
        <thead>
          <tr>
            <th scope="col" className={mergeClasses(styles.th, styles.thFirst)}>
              {tPreview("colIndicator", lang)}
            </th>
            <th scope="col" className={styles.th}>
              {tPreview("colCount", lang)}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key} data-key={r.key}>
              <th scope="row" className={mergeClasses(styles.rowHead, styles.wrap)}>
                {r.label}
              </th>
              <td className={styles.td}>{r.value}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function FlaggedSection({ units, lang, styles }: { units: FlaggedUnit[]; lang: Lang; styles: Styles }) {
  return (
    <div className={styles.section} data-testid="flagged-list">
      <Text as="h3" weight="semibold" size={300} className={styles.h}>
        {tPreview("flaggedHeading", lang, { n: formatNumber(units.length, 0, lang) })}
      </Text>
      {units.length === 0 ? (
        <p className={styles.empty}>{tPreview("flaggedNone", lang)}</p>
      ) : (
        <div className={styles.listFrame}>
          <VirtualList
            items={units}
            rowHeight={FLAG_ROW}
            height={LIST_HEIGHT}
            ariaLabel={tPreview("flaggedList", lang)}
            renderRow={(u, i) => (
              <div
                className={mergeClasses(styles.listRow, i === 0 && styles.firstRow)}
                title={`${u.name}\n${u.flagText}`}
              >
                <span className={mergeClasses(styles.line, styles.name)}>{u.name}</span>
                <span className={styles.flags}>{u.flagText}</span>
              </div>
            )}
          />
        </div>
      )}
    </div>
  );
}

function ExcessSection({
  units,
  people,
  footnote,
  narrow,
  lang,
  styles,
}: {
  units: ExcessUnit[];
  people: number;
  footnote: string | undefined;
  narrow: boolean;
  lang: Lang;
  styles: Styles;
}) {
  const a11y = useA11yStyles();
  const label = (key: "colDeputies" | "colCap" | "colExcess" | "colDeadline"): string => tPreview(key, lang);
  const hidden = (key: "colDeputies" | "colCap" | "colExcess" | "colDeadline") => (
    <span className={a11y.visuallyHidden}>{`${label(key)}: `}</span>
  );
  const wideRow = (u: ExcessUnit) => (
    <div className={mergeClasses(styles.grid, styles.gridRow)} title={u.name}>
      <span className={mergeClasses(styles.line, styles.name)}>{u.name}</span>
      <span className={styles.num}>
        {hidden("colDeputies")}
        {u.deputies}
      </span>
      <span className={styles.num}>
        {hidden("colCap")}
        {u.cap}
      </span>
      <span className={mergeClasses(styles.num, styles.excessValue)}>
        {hidden("colExcess")}
        {u.excess}
      </span>
      <span className={styles.num} title={u.deadlineLong}>
        {hidden("colDeadline")}
        {u.deadline}
      </span>
    </div>
  );
  const narrowRow = (u: ExcessUnit, i: number) => (
    <div className={mergeClasses(styles.listRow, i === 0 && styles.firstRow)} title={u.name}>
      <span className={mergeClasses(styles.line, styles.name)}>{u.name}</span>
      <span className={mergeClasses(styles.line, styles.figures)}>
        {`${label("colDeputies")} ${u.deputies} · ${label("colCap")} ${u.cap} · `}
        <span className={styles.excessValue}>{`${label("colExcess")} ${u.excess}`}</span>
      </span>
      <span className={mergeClasses(styles.line, styles.figures)} title={u.deadlineLong}>
        {`${label("colDeadline")} ${u.deadline}`}
      </span>
    </div>
  );
  return (
    <div className={styles.section} data-testid="excess-list">
      <Text as="h3" weight="semibold" size={300} className={styles.h}>
        {tPreview("excessHeading", lang, {
          units: formatNumber(units.length, 0, lang),
          people: formatNumber(people, 0, lang),
        })}
      </Text>
      {units.length === 0 ? (
        <p className={styles.empty}>{tPreview("excessNone", lang)}</p>
      ) : (
        <div className={styles.listFrame}>
          {!narrow && (
            <div className={mergeClasses(styles.grid, styles.gridHead)} aria-hidden="true">
              <span>{tPreview("colUnit", lang)}</span>
              <span className={styles.num}>{label("colDeputies")}</span>
              <span className={styles.num}>{label("colCap")}</span>
              <span className={styles.num}>{label("colExcess")}</span>
              <span className={styles.num}>{label("colDeadline")}</span>
            </div>
          )}
          <VirtualList
            key={narrow ? "narrow" : "wide"}
            items={units}
            rowHeight={narrow ? EXCESS_ROW_NARROW : EXCESS_ROW_WIDE}
            height={LIST_HEIGHT}
            ariaLabel={tPreview("excessList", lang)}
            renderRow={narrow ? narrowRow : wideRow}
          />
        </div>
      )}
      {footnote && units.length > 0 && <p className={styles.footnote}>{footnote}</p>}
    </div>
  );
}
