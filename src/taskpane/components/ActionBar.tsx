/**
 * The bottom of the pane, always in view: the progress of a long read or write, the message bar
 * (a live region, so that screen readers announce results and errors), and the one primary button.
 */
import {
  Button,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  ProgressBar,
  Text,
  tokens,
} from "@fluentui/react-components";
import { DismissRegular } from "@fluentui/react-icons";
import type { ReactElement } from "react";
import { formatNumber } from "../../core/format";
import type { Lang } from "../../core/messages";
import { t, type AppKey } from "../../i18n/app";
import type { Busy, PaneMessage } from "../state/controller";
import { messageText } from "../state/messageText";

const TASK_LABEL: Record<Busy["task"], AppKey> = {
  load: "loading",
  open: "opening",
  read: "reading",
  parse: "parsing",
  insert: "inserting",
};

const useStyles = makeStyles({
  root: {
    position: "sticky",
    bottom: 0,
    zIndex: 1,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalM} 0`,
    backgroundColor: tokens.colorNeutralBackground1,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  progress: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  progressLabel: {
    display: "flex",
    justifyContent: "space-between",
    columnGap: tokens.spacingHorizontalS,
    color: tokens.colorNeutralForeground2,
    minWidth: 0,
  },
  subject: { overflowWrap: "anywhere", minWidth: 0 },
  message: { overflowWrap: "anywhere" },
  // Long notes scroll inside the bar: the primary button stays in view in a short pane.
  live: { maxHeight: "35vh", overflowY: "auto" },
  notes: { margin: `${tokens.spacingVerticalXS} 0 0`, paddingLeft: tokens.spacingHorizontalL },
  button: { width: "100%" },
});

export interface ActionBarProps {
  lang: Lang;
  busy?: Busy;
  message?: PaneMessage;
  onDismiss: () => void;
  /** The primary button, when the current tab has one. */
  primary?: { label: string; icon: ReactElement; onClick: () => void };
}

export function ActionBar({ lang, busy, message, onDismiss, primary }: ActionBarProps) {
  const styles = useStyles();
  const fraction = busy && busy.total > 0 ? Math.min(1, busy.done / busy.total) : undefined;
  const label = busy
    ? t(TASK_LABEL[busy.task], lang, { source: busy.subject ?? "", name: busy.subject ?? "" })
    : "";
  return (
    <div className={styles.root}>
      {busy && (
        <div className={styles.progress}>
          <div className={styles.progressLabel}>
            <Text size={200} className={styles.subject}>
              {label}
            </Text>
            {busy.total > 0 && (
              <Text size={200}>
                {t("progressCount", lang, {
                  done: formatNumber(busy.done, 0, lang),
                  total: formatNumber(busy.total, 0, lang),
                })}
              </Text>
            )}
          </div>
          <ProgressBar
            value={fraction}
            thickness="large"
            aria-label={label}
            data-testid="progress"
            data-task={busy.task}
          />
        </div>
      )}
      <div role="status" aria-live="polite" aria-atomic="true" className={styles.live}>
        {message && (
          <MessageBar
            key={message.id}
            intent={message.intent}
            layout="multiline"
            data-testid="message-bar"
            data-intent={message.intent}
          >
            <MessageBarBody className={styles.message}>
              {messageText(message, lang)}
              {message.notes && message.notes.length > 0 && (
                <ul className={styles.notes} aria-label={t("notes", lang)}>
                  {message.notes.map((note, i) => (
                    <li key={i}>{note}</li>
                  ))}
                </ul>
              )}
            </MessageBarBody>
            <MessageBarActions
              containerAction={
                <Button
                  appearance="transparent"
                  size="small"
                  icon={<DismissRegular />}
                  aria-label={t("dismiss", lang)}
                  data-testid="message-dismiss"
                  onClick={onDismiss}
                />
              }
            />
          </MessageBar>
        )}
      </div>
      {primary && (
        <Button
          appearance="primary"
          size="large"
          className={styles.button}
          icon={primary.icon}
          disabled={busy !== undefined}
          data-testid="insert-button"
          onClick={primary.onClick}
        >
          {primary.label}
        </Button>
      )}
    </div>
  );
}
