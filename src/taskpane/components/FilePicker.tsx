/**
 * Browser mode: the button that opens an .xlsx or .csv ({@link FileButton}: also the "after" file
 * of a comparison). A real `<input type="file">` inside its label: the label looks like a button,
 * the input keeps the keyboard focus (Enter or Space opens the picker) and its accessible name.
 * The bytes are read here with File.arrayBuffer() and handed to the host; nothing is uploaded.
 */
import { makeStyles, mergeClasses, Text, tokens } from "@fluentui/react-components";
import { DocumentRegular, FolderOpenRegular, LockClosedRegular } from "@fluentui/react-icons";
import type { ChangeEvent } from "react";
import type { Lang } from "../../core/messages";
import { t } from "../../i18n/app";
import type { PickedFile } from "../state/consolidation";
import { useA11yStyles } from "./a11y";
import { Section } from "./Section";

const useStyles = makeStyles({
  picker: {
    display: "inline-flex",
    alignItems: "center",
    alignSelf: "flex-start",
    columnGap: tokens.spacingHorizontalS,
    minHeight: "32px",
    maxWidth: "100%",
    boxSizing: "border-box",
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid transparent`,
    backgroundColor: tokens.colorBrandBackground,
    color: tokens.colorNeutralForegroundOnBrand,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
    lineHeight: tokens.lineHeightBase300,
    cursor: "pointer",
    ":hover": { backgroundColor: tokens.colorBrandBackgroundHover },
    ":active": { backgroundColor: tokens.colorBrandBackgroundPressed },
    ":has(input:focus-visible)": {
      outlineWidth: tokens.strokeWidthThick,
      outlineStyle: "solid",
      outlineColor: tokens.colorStrokeFocus2,
      outlineOffset: "2px",
    },
  },
  secondary: {
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    ":hover": { backgroundColor: tokens.colorNeutralBackground1Hover },
    ":active": { backgroundColor: tokens.colorNeutralBackground1Pressed },
  },
  disabled: {
    cursor: "not-allowed",
    backgroundColor: tokens.colorNeutralBackgroundDisabled,
    color: tokens.colorNeutralForegroundDisabled,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStrokeDisabled}`,
    ":hover": { backgroundColor: tokens.colorNeutralBackgroundDisabled },
    ":active": { backgroundColor: tokens.colorNeutralBackgroundDisabled },
  },
  icon: { fontSize: "20px", flexShrink: 0 },
  file: {
    display: "flex",
    alignItems: "flex-start",
    columnGap: tokens.spacingHorizontalXS,
    minWidth: 0,
    overflowWrap: "anywhere",
  },
  note: {
    display: "flex",
    alignItems: "flex-start",
    columnGap: tokens.spacingHorizontalXS,
    color: tokens.colorNeutralForeground3,
  },
  noteIcon: { flexShrink: 0, marginTop: "2px" },
});

export interface FileButtonProps {
  label: string;
  /** Secondary look (a file is open already). */
  secondary: boolean;
  busy: boolean;
  testId: string;
  onFile?: (name: string, bytes: Uint8Array) => void;
  onError?: (reason: string, name: string) => void;
  /**
   * Many files at once (the forms of a consolidation): each with its bytes read only when asked
   * for, so that a hundred files are never all in memory.
   */
  onFiles?: (files: PickedFile[]) => void;
}

/** The file types offered: .xlsx and .csv; for a consolidation .xls and .ods too (named as unread). */
const ACCEPT =
  ".xlsx,.xlsm,.csv,.txt,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv";

/** A button-looking label around the file input. */
export function FileButton({ label, secondary, busy, testId, onFile, onError, onFiles }: FileButtonProps) {
  const styles = useStyles();
  const a11y = useA11yStyles();
  const onChange = (event: ChangeEvent<HTMLInputElement>): void => {
    const input = event.currentTarget;
    const files = [...(input.files ?? [])];
    const file = files[0];
    // Picking the same file again must fire `change` again.
    input.value = "";
    if (!file) return;
    if (onFiles) {
      onFiles(files.map((f) => ({ name: f.name, bytes: async () => new Uint8Array(await f.arrayBuffer()) })));
      return;
    }
    file.arrayBuffer().then(
      (buffer) => onFile?.(file.name, new Uint8Array(buffer)),
      (err: unknown) => onError?.(err instanceof Error ? err.message : String(err), file.name),
    );
  };
  return (
    <label className={mergeClasses(styles.picker, secondary && styles.secondary, busy && styles.disabled)}>
      <FolderOpenRegular className={styles.icon} aria-hidden />
      <span>{label}</span>
      <input
        type="file"
        accept={onFiles ? `${ACCEPT},.xls,.ods` : ACCEPT}
        multiple={onFiles !== undefined}
        className={a11y.visuallyHidden}
        disabled={busy}
        data-testid={testId}
        data-pane-action=""
        onChange={onChange}
      />
    </label>
  );
}

/** The name of an open file, with "open file" for screen readers. */
export function FileName({ lang, name, testId }: { lang: Lang; name: string; testId: string }) {
  const styles = useStyles();
  const a11y = useA11yStyles();
  return (
    <Text className={styles.file} data-testid={testId}>
      <DocumentRegular className={styles.noteIcon} aria-hidden />
      <span>
        <span className={a11y.visuallyHidden}>{t("openedFile", lang)}: </span>
        {name}
      </span>
    </Text>
  );
}

export interface FilePickerProps {
  lang: Lang;
  fileName?: string;
  busy: boolean;
  onFile: (name: string, bytes: Uint8Array) => void;
  onError: (reason: string, name: string) => void;
}

export function FilePicker({ lang, fileName, busy, onFile, onError }: FilePickerProps) {
  const styles = useStyles();
  return (
    <Section title={t("fileTitle", lang)}>
      <FileButton
        label={t(fileName === undefined ? "openFile" : "openAnother", lang)}
        secondary={fileName !== undefined}
        busy={busy}
        testId="file-input"
        onFile={onFile}
        onError={onError}
      />
      {fileName !== undefined ? (
        <FileName lang={lang} name={fileName} testId="file-name" />
      ) : (
        <Text size={200}>{t("noFile", lang)}</Text>
      )}
      <Text size={200} className={styles.note}>
        <LockClosedRegular className={styles.noteIcon} aria-hidden />
        <span>{t("fileLocal", lang)}</span>
      </Text>
    </Section>
  );
}
