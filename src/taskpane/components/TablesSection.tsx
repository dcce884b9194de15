/**
 * The staffing table(s) of the job: a picker per side ("Trước" and "Sau" for a comparison), the
 * "Đọc bảng" button, and what was read (units, header row) or why it must be read again. In browser
 * mode the "after" side of a comparison can come from a second file, opened here.
 */
import { Button, makeStyles, mergeClasses, Text, tokens, Tooltip } from "@fluentui/react-components";
import { ArrowSyncRegular, ArrowUndoRegular, TableSearchRegular } from "@fluentui/react-icons";
import type { Lang } from "../../core/messages";
import { t } from "../../i18n/app";
import type { SourceList, SourceRef } from "../host";
import type { PaneSettings } from "../jobs";
import type { SideState } from "../state/controller";
import { sameSource, unitCount, type Side } from "../state/logic";
import { FileButton, FileName } from "./FilePicker";
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
  fileRow: {
    display: "flex",
    flexDirection: "column",
    alignItems: "flex-start",
    rowGap: tokens.spacingVerticalXS,
    minWidth: 0,
  },
  fileLabel: { color: tokens.colorNeutralForeground2, flexShrink: 0 },
  fileName: {
    display: "flex",
    alignItems: "baseline",
    columnGap: tokens.spacingHorizontalXS,
    minWidth: 0,
    maxWidth: "100%",
  },
  fileButtons: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXS,
  },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1, overflowWrap: "anywhere" },
});

/** Browser mode: the second file a comparison may read its "after" table from. */
export interface AfterFileProps {
  /** The main file's name ("after" reads it while no second file is open). */
  mainFileName?: string;
  /** The second file's name, when one is open. */
  fileName?: string;
  sources?: SourceList;
  onOpen: (name: string, bytes: Uint8Array) => void;
  onClose: () => void;
  onError: (reason: string, name: string) => void;
}

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
  /** Browser mode, comparison: the "after" side's own file. */
  afterFile?: AfterFileProps;
}

export function TablesSection(props: TablesSectionProps) {
  const { lang, sides, hostKind, sources, settings, state, stale, busy, onSource, onRead, onRefresh } = props;
  const { afterFile } = props;
  const styles = useStyles();
  const two = sides.length === 2;
  const sameTable = two && settings.before !== undefined && sameSource(settings.before, settings.after);
  const secondFile = afterFile?.fileName !== undefined;
  const anyRead = sides.some((side) => state[side].readFrom !== undefined && !stale(side));

  /** Where the "after" table comes from in browser mode: the main file, or a second one. */
  const afterFileRow = (file: AfterFileProps) => (
    <div className={styles.fileRow}>
      <div className={styles.fileName}>
        <Text size={200} className={styles.fileLabel}>
          {`${t("afterFile", lang)}:`}
        </Text>
        {file.fileName !== undefined ? (
          <FileName lang={lang} name={file.fileName} testId="after-file-name" />
        ) : (
          <Text size={200} className={styles.summary} data-testid="after-file-name">
            {`${file.mainFileName ?? ""} (${t("afterFileSame", lang)})`}
          </Text>
        )}
      </div>
      <div className={styles.fileButtons}>
        <FileButton
          label={t("afterFileOpen", lang)}
          secondary
          busy={busy}
          testId="after-file-input"
          onFile={file.onOpen}
          onError={file.onError}
        />
        {file.fileName !== undefined && (
          <Button
            size="small"
            icon={<ArrowUndoRegular />}
            disabled={busy}
            data-testid="after-file-close"
            data-pane-action=""
            onClick={file.onClose}
          >
            {t("afterFileClose", lang)}
          </Button>
        )}
      </div>
    </div>
  );

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
          {side === "after" && afterFile && afterFileRow(afterFile)}
          <SourcePicker
            lang={lang}
            side={side}
            hostKind={hostKind}
            sources={side === "after" && secondFile ? afterFile?.sources : sources}
            {...(side === "after" && secondFile ? { file: "after" as const } : {})}
            value={settings[side]}
            disabled={busy}
            onChange={(ref) => onSource(side, ref)}
          />
          {side === "after" && sameTable && (
            <Text size={200} className={styles.warning} role="alert" data-testid="same-table">
              {t("sameTable", lang)}
            </Text>
          )}
          {summary(side)}
        </div>
      ))}
      <div className={styles.actions}>
        <Button
          appearance={anyRead ? "secondary" : "primary"}
          icon={<TableSearchRegular />}
          disabled={busy || !sources}
          data-testid="read-button"
          data-pane-action=""
          onClick={onRead}
        >
          {t(anyRead ? "readAgain" : two ? "readTwo" : "read", lang)}
        </Button>
      </div>
    </Section>
  );
}
