/**
 * The consolidation job: pick the forms the agencies returned (many files at once, more later), the
 * agencies missing named first, the returns of one agency twice and the choice of the later one,
 * then one row per file with its status and figures, and the total.
 */
import {
  Button,
  Checkbox,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Text,
  tokens,
} from "@fluentui/react-components";
import {
  CheckmarkCircleRegular,
  DismissCircleRegular,
  SubtractCircleRegular,
  WarningRegular,
} from "@fluentui/react-icons";
import type { Lang } from "../../core/messages";
import { t } from "../../i18n/app";
import type { ConsolidationState, PickedFile } from "../state/consolidation";
import { consolidationModel, type RowMark } from "../view/consolidationModel";
import { FileButton } from "./FilePicker";
import { Section } from "./Section";

const useStyles = makeStyles({
  actions: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column" },
  row: {
    display: "grid",
    gridTemplateColumns: "20px 1fr",
    columnGap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalS} 0`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
    minWidth: 0,
  },
  icon: { fontSize: "20px", marginTop: "1px" },
  counted: { color: tokens.colorPaletteGreenForeground1 },
  warnings: { color: tokens.colorPaletteMarigoldForeground1 },
  missing: { color: tokens.colorPaletteRedForeground1 },
  unused: { color: tokens.colorNeutralForeground3 },
  body: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXXS, minWidth: 0 },
  text: { overflowWrap: "anywhere" },
  muted: { color: tokens.colorNeutralForeground3, overflowWrap: "anywhere" },
  total: { paddingTop: tokens.spacingVerticalS, display: "flex", flexDirection: "column" },
});

const ICONS: Record<RowMark, typeof CheckmarkCircleRegular> = {
  counted: CheckmarkCircleRegular,
  warnings: WarningRegular,
  missing: DismissCircleRegular,
  unused: SubtractCircleRegular,
};

export interface ConsolidateSectionProps {
  lang: Lang;
  consolidation?: ConsolidationState;
  /** The returns were checked under other settings: "Tổng hợp lại". */
  stale: boolean;
  busy: boolean;
  onFiles: (files: PickedFile[]) => void;
  onClear: () => void;
  onReread: () => void;
  onUseLater: (useLater: boolean) => void;
}

export function ConsolidateSection(props: ConsolidateSectionProps) {
  const { lang, consolidation: c, stale, busy } = props;
  const styles = useStyles();
  const view = c ? consolidationModel(c.result, lang) : undefined;
  return (
    <Section title={t("returnsTitle", lang)} description={t("returnsHint", lang)} testId="returns">
      <div className={styles.actions}>
        <FileButton
          label={t(c ? "returnsPickMore" : "returnsPick", lang)}
          secondary={c !== undefined}
          busy={busy}
          testId="returns-input"
          onFiles={props.onFiles}
        />
        {c && (
          <Button appearance="subtle" disabled={busy} onClick={props.onClear} data-testid="returns-clear">
            {t("returnsClear", lang)}
          </Button>
        )}
      </div>
      {!c && <Text size={200}>{t("returnsNone", lang)}</Text>}
      {stale && (
        <MessageBar intent="warning" layout="multiline" data-testid="returns-stale">
          <MessageBarBody>{t("returnsStale", lang)}</MessageBarBody>
          <MessageBarActions>
            <Button size="small" disabled={busy} onClick={props.onReread} data-testid="returns-reread">
              {t("returnsReread", lang)}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {c && view && (
        <>
          <MessageBar intent={view.summary.intent} layout="multiline" data-testid="returns-summary">
            <MessageBarBody>{view.summary.text}</MessageBarBody>
          </MessageBar>
          {view.duplicates.map((line) => (
            <Text key={line} className={styles.text} data-testid="returns-duplicate">
              {line}
            </Text>
          ))}
          {view.unresolved && <Text className={styles.muted}>{view.unresolved}</Text>}
          {view.duplicates.length > 0 && (
            <Checkbox
              checked={c.useLater}
              disabled={busy}
              label={t("returnsUseLater", lang)}
              data-testid="returns-use-later"
              onChange={(_e, d) => props.onUseLater(d.checked === true)}
            />
          )}
          <ul className={styles.list} data-testid="returns-list">
            {view.rows.map((row) => {
              const Icon = ICONS[row.mark];
              return (
                <li key={row.key} className={styles.row} data-mark={row.mark}>
                  <Icon className={`${styles.icon} ${styles[row.mark]}`} aria-hidden />
                  <div className={styles.body}>
                    <Text weight="semibold" className={styles.text}>
                      {row.agency}
                    </Text>
                    <Text size={200} className={styles.muted}>
                      {row.where}
                    </Text>
                    <Text size={200} className={styles[row.mark]}>
                      {row.status}
                    </Text>
                    {row.figures && (
                      <Text size={200} className={styles.text}>
                        {row.figures}
                      </Text>
                    )}
                    {row.reason && (
                      <Text size={200} className={styles.text}>
                        {row.reason}
                      </Text>
                    )}
                  </div>
                </li>
              );
            })}
          </ul>
          <div className={styles.total} data-testid="returns-total">
            <Text weight="semibold">{view.total.label}</Text>
            <Text>{view.total.figures}</Text>
          </div>
        </>
      )}
    </Section>
  );
}
