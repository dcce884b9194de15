/**
 * The bottom of the pane, always in view and never more than a fifth of its height: the progress
 * of a long read or write, the message bar (a live region, so that screen readers announce results
 * and errors; it scrolls when long), and the primary button ("Tải bản Word" beside it where the
 * host can hand over a Word file), which becomes "Vẫn tạo báo cáo" with "Hủy" beside it while a
 * report over errors waits for a confirmation (Escape cancels).
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
import type { KeyboardEvent, ReactElement } from "react";
import type { Lang } from "../../core/messages";
import { t, type AppKey } from "../../i18n/app";
import type { Busy, PaneMessage } from "../state/controller";
import { messageText, progressText } from "../state/messageText";

const TASK_LABEL: Record<Busy["task"], AppKey> = {
  load: "loading",
  open: "opening",
  read: "reading",
  parse: "parsing",
  insert: "inserting",
  consolidate: "consolidating",
};

/** The most of the pane's height the bar may take (the rest is the user's work). */
export const ACTION_BAR_MAX_HEIGHT = "20vh";

const useStyles = makeStyles({
  root: {
    position: "sticky",
    bottom: 0,
    zIndex: 1,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
    boxSizing: "border-box",
    maxHeight: ACTION_BAR_MAX_HEIGHT,
    padding: `${tokens.spacingVerticalS} 0`,
    backgroundColor: tokens.colorNeutralBackground1,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  progress: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXXS, flexShrink: 0 },
  progressLabel: {
    display: "flex",
    justifyContent: "space-between",
    columnGap: tokens.spacingHorizontalS,
    color: tokens.colorNeutralForeground2,
    minWidth: 0,
  },
  subject: {
    minWidth: 0,
    overflow: "hidden",
    textOverflow: "ellipsis",
    whiteSpace: "nowrap",
  },
  count: { flexShrink: 0, whiteSpace: "nowrap", fontVariantNumeric: "tabular-nums" },
  // Compact: a two- or three-line message and the button fit in a fifth of a 600 px pane.
  bar: { paddingTop: tokens.spacingVerticalXS, paddingBottom: tokens.spacingVerticalXS, minHeight: "auto" },
  message: {
    overflowWrap: "anywhere",
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
  },
  // A long message (notes of a report) scrolls inside the bar: the button stays in view.
  live: {
    flex: "0 1 auto",
    minHeight: 0,
    overflowY: "auto",
    ":focus-visible": {
      outlineWidth: tokens.strokeWidthThick,
      outlineStyle: "solid",
      outlineColor: tokens.colorStrokeFocus2,
    },
  },
  notes: { margin: `${tokens.spacingVerticalXS} 0 0`, paddingLeft: tokens.spacingHorizontalL },
  buttons: { display: "flex", columnGap: tokens.spacingHorizontalS, flexShrink: 0 },
  button: { flexGrow: 1, minWidth: 0 },
  cancel: { flexShrink: 0 },
});

export interface ActionBarProps {
  lang: Lang;
  busy?: Busy;
  message?: PaneMessage;
  onDismiss: () => void;
  /** The primary button, when the current tab has one. */
  primary?: { label: string; icon: ReactElement; onClick: () => void };
  /** A second way to have the report beside it ("Tải bản Word"), where the host offers one. */
  secondary?: { label: string; icon: ReactElement; onClick: () => void };
  /** A report waits for "Vẫn tạo báo cáo" (the message says why): confirm or cancel it. */
  confirm?: { onConfirm: () => void; onCancel: () => void };
}

const MESSAGE_ID = "tinhgon-message-text";

export function ActionBar({ lang, busy, message, onDismiss, primary, secondary, confirm }: ActionBarProps) {
  const styles = useStyles();
  const fraction = busy && busy.total > 0 ? Math.min(1, busy.done / busy.total) : undefined;
  const label = busy
    ? t(TASK_LABEL[busy.task], lang, { source: busy.subject ?? "", name: busy.subject ?? "" })
    : "";
  const count = busy ? progressText(busy, lang) : "";
  const onKeyDown = (event: KeyboardEvent): void => {
    if (confirm && event.key === "Escape") {
      event.preventDefault();
      confirm.onCancel();
    }
  };
  return (
    <div className={styles.root} data-testid="action-bar" onKeyDown={onKeyDown}>
      {busy && (
        <div className={styles.progress}>
          <div className={styles.progressLabel}>
            <Text size={200} className={styles.subject} title={label}>
              {label}
            </Text>
            {count !== "" && (
              <Text size={200} className={styles.count} data-testid="progress-count">
                {count}
              </Text>
            )}
          </div>
          <ProgressBar
            value={fraction}
            thickness="large"
            aria-label={label}
            aria-valuetext={count || undefined}
            data-testid="progress"
            data-task={busy.task}
          />
        </div>
      )}
      <div
        role="status"
        aria-live="polite"
        aria-atomic="true"
        className={styles.live}
        tabIndex={-1}
        data-focus="message"
      >
        {message && (
          <MessageBar
            key={message.id}
            className={styles.bar}
            intent={message.intent}
            layout="multiline"
            data-testid="message-bar"
            data-intent={message.intent}
          >
            <MessageBarBody className={styles.message} id={MESSAGE_ID}>
              {messageText(message, lang)}
              {message.notes && message.notes.length > 0 && (
                <ul className={styles.notes} aria-label={t("notes", lang)}>
                  {message.notes.map((note, i) => (
                    <li key={i}>{note}</li>
                  ))}
                </ul>
              )}
            </MessageBarBody>
            {!confirm && (
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
            )}
          </MessageBar>
        )}
      </div>
      {confirm ? (
        <div className={styles.buttons}>
          <Button
            appearance="primary"
            className={styles.button}
            icon={primary?.icon}
            disabled={busy !== undefined}
            aria-describedby={message ? MESSAGE_ID : undefined}
            data-testid="confirm-insert"
            data-focus="confirm"
            data-pane-action=""
            onClick={confirm.onConfirm}
          >
            {t("confirmInsert", lang)}
          </Button>
          <Button
            className={styles.cancel}
            disabled={busy !== undefined}
            data-testid="confirm-cancel"
            data-pane-action=""
            onClick={confirm.onCancel}
          >
            {t("cancel", lang)}
          </Button>
        </div>
      ) : (
        primary && (
          <div className={styles.buttons}>
            <Button
              appearance="primary"
              className={styles.button}
              icon={primary.icon}
              disabled={busy !== undefined}
              data-testid="insert-button"
              data-focus="insert"
              data-pane-action=""
              onClick={primary.onClick}
            >
              {primary.label}
            </Button>
            {secondary && (
              <Button
                className={styles.cancel}
                icon={secondary.icon}
                disabled={busy !== undefined}
                data-testid="word-button"
                data-pane-action=""
                onClick={secondary.onClick}
              >
                {secondary.label}
              </Button>
            )}
          </div>
        )
      )}
    </div>
  );
}
