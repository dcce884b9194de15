/**
 * Browser mode: the button that opens an .xlsx or .csv. A real `<input type="file">` inside its
 * label: the label looks like a button, the input keeps the keyboard focus (Enter or Space opens
 * the picker) and its accessible name. The bytes are read here with File.arrayBuffer() and handed
 * to the host; nothing is uploaded.
 */
import { makeStyles, mergeClasses, Text, tokens } from "@fluentui/react-components";
import { DocumentRegular, FolderOpenRegular, LockClosedRegular } from "@fluentui/react-icons";
import type { ChangeEvent } from "react";
import type { Lang } from "../../core/messages";
import { t } from "../../i18n/app";
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

export interface FilePickerProps {
  lang: Lang;
  fileName?: string;
  busy: boolean;
  onFile: (name: string, bytes: Uint8Array) => void;
  onError: (reason: string, name: string) => void;
}

export function FilePicker({ lang, fileName, busy, onFile, onError }: FilePickerProps) {
  const styles = useStyles();
  const a11y = useA11yStyles();
  const onChange = (event: ChangeEvent<HTMLInputElement>): void => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    // Picking the same file again must fire `change` again.
    input.value = "";
    if (!file) return;
    file.arrayBuffer().then(
      (buffer) => onFile(file.name, new Uint8Array(buffer)),
      (err: unknown) => onError(err instanceof Error ? err.message : String(err), file.name),
    );
  };
  return (
    <Section title={t("fileTitle", lang)}>
      <label
        className={mergeClasses(
          styles.picker,
          fileName !== undefined && styles.secondary,
          busy && styles.disabled,
        )}
      >
        <FolderOpenRegular className={styles.icon} aria-hidden />
        <span>{t(fileName === undefined ? "openFile" : "openAnother", lang)}</span>
        <input
          type="file"
          accept=".xlsx,.xlsm,.csv,.txt,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv"
          className={a11y.visuallyHidden}
          disabled={busy}
          data-testid="file-input"
          onChange={onChange}
        />
      </label>
      {fileName !== undefined ? (
        <Text className={styles.file} data-testid="file-name">
          <DocumentRegular className={styles.noteIcon} aria-hidden />
          <span>
            <span className={a11y.visuallyHidden}>{t("openedFile", lang)}: </span>
            {fileName}
          </span>
        </Text>
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
