/**
 * The staffing table(s) of the job: a picker per side ("Trước" and "Sau" for a comparison), the
 * "Đọc bảng" button, and what was read (units, header row) or why it must be read again.
 */
import { Button, makeStyles, mergeClasses, Text, tokens, Tooltip } from "@fluentui/react-components";
import { ArrowSyncRegular, TableSearchRegular } from "@fluentui/react-icons";
import type { Lang } from "../../core/messages";
import { t } from "../../i18n/app";
import type { SourceList, SourceRef } from "../host";
import type { PaneSettings } from "../jobs";
import type { SideState } from "../state/controller";
import { unitCount, type Side } from "../state/logic";
import { Section } from "./Section";
import { SourcePicker } from "./SourcePicker";

const useStyles = makeStyles({
  side: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
    minWidth: 0,
  },
  boxed: {
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  sideTitle: { margin: 0 },
  summary: { color: tokens.colorNeutralForeground2, overflowWrap: "anywhere" },
  stale: { color: tokens.colorPaletteMarigoldForeground2 },
  actions: { display: "flex", alignItems: "center", columnGap: tokens.spacingHorizontalS },
});

export interface TablesSectionProps {
  lang: Lang;
  sides: Side[];
  hostKind: "excel" | "file";
  sources: SourceList | undefined;
  settings: PaneSettings;
  state: Record<Side, SideState>;
  stale: (side: Side) => boolean;
  busy: boolean;
  onSource: (side: Side, ref: SourceRef) => void;
  onRead: () => void;
  onRefresh?: () => void;
}

export function TablesSection(props: TablesSectionProps) {
  const { lang, sides, hostKind, sources, settings, state, stale, busy, onSource, onRead, onRefresh } = props;
  const styles = useStyles();
  const two = sides.length === 2;
  const anyRead = sides.some((side) => state[side].readFrom !== undefined && !stale(side));

  const summary = (side: Side) => {
    const s = state[side];
    if (stale(side))
      return (
        <Text size={200} className={styles.stale}>
          {t("staleSource", lang)}
        </Text>
      );
    if (!s.table) return null;
    const key = s.table.kind === "roster" ? "tableSummaryRoster" : "tableSummaryUnits";
    return (
      <Text size={200} className={styles.summary} data-testid={`table-summary-${side}`}>
        {t(key, lang, { units: unitCount(s.table), row: s.table.headerRows.last })}
      </Text>
    );
  };

  return (
    <Section
      title={t(two ? "tablesTitleTwo" : "tablesTitle", lang)}
      actions={
        onRefresh && (
          <Tooltip content={t("refresh", lang)} relationship="label">
            <Button
              appearance="subtle"
              size="small"
              icon={<ArrowSyncRegular />}
              disabled={busy}
              data-testid="refresh-sources"
              onClick={onRefresh}
            />
          </Tooltip>
        )
      }
    >
      {sides.map((side) => (
        <div key={side} className={mergeClasses(styles.side, two && styles.boxed)}>
          {two && (
            <Text as="h3" size={300} weight="semibold" className={styles.sideTitle}>
              {t(side === "before" ? "sideBeforeLong" : "sideAfterLong", lang)}
            </Text>
          )}
          <SourcePicker
            lang={lang}
            side={side}
            hostKind={hostKind}
            sources={sources}
            value={settings[side]}
            disabled={busy}
            onChange={(ref) => onSource(side, ref)}
          />
          {summary(side)}
        </div>
      ))}
      <div className={styles.actions}>
        <Button
          appearance={anyRead ? "secondary" : "primary"}
          icon={<TableSearchRegular />}
          disabled={busy || !sources}
          data-testid="read-button"
          onClick={onRead}
        >
          {t(anyRead ? "readAgain" : two ? "readTwo" : "read", lang)}
        </Button>
      </div>
    </Section>
  );
}
