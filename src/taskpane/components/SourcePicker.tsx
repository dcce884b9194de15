/**
 * Which block of the workbook one side reads: the selection or an Excel table (Excel only), or a
 * whole sheet. Sheet and table names come from the workbook and are shown as text.
 */
import { Field, makeStyles, Text, tokens } from "@fluentui/react-components";
import type { Lang } from "../../core/messages";
import { t, type AppKey } from "../../i18n/app";
import type { FileSlot, SourceList, SourceRef } from "../host";
import { sourceKinds, type Side } from "../state/logic";
import { WrapSelect, type WrapOption } from "./WrapSelect";

const KIND_LABEL: Record<SourceRef["kind"], AppKey> = {
  selection: "kindSelection",
  sheet: "kindSheet",
  table: "kindTable",
};

const useStyles = makeStyles({
  root: {
    display: "grid",
    // One column in a narrow pane: a sheet name is never cut to fit half of it.
    gridTemplateColumns: "repeat(auto-fit, minmax(200px, 1fr))",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalS,
    minWidth: 0,
  },
  hint: { color: tokens.colorNeutralForeground3, alignSelf: "end", paddingBottom: tokens.spacingVerticalXS },
  select: { minWidth: 0 },
});

export interface SourcePickerProps {
  lang: Lang;
  side: Side;
  hostKind: "excel" | "file";
  sources: SourceList | undefined;
  /** The sheets are those of the second file (browser mode, the "after" side of a comparison). */
  file?: FileSlot;
  value: SourceRef | undefined;
  disabled: boolean;
  onChange: (ref: SourceRef) => void;
}

export function SourcePicker({
  lang,
  side,
  hostKind,
  sources,
  file,
  value,
  disabled,
  onChange,
}: SourcePickerProps) {
  const styles = useStyles();
  const kinds = sourceKinds(hostKind, sources);
  const kind = value?.kind ?? "sheet";
  const sheets = sources?.sheets ?? [];
  const tables = sources?.tables ?? [];
  const sheetRef = (sheet: string): SourceRef =>
    file ? { kind: "sheet", sheet, file } : { kind: "sheet", sheet };
  const chosenSheet = value?.kind === "sheet" && value.file === file ? value.sheet : "";
  const sheetOptions: WrapOption[] =
    sheets.length === 0
      ? [{ value: "", label: t("noSheets", lang) }]
      : [
          ...(sheets.includes(chosenSheet)
            ? []
            : [{ value: "", label: t("chooseSheet", lang), disabled: true }]),
          ...sheets.map((sheet) => ({ value: sheet, label: sheet })),
        ];

  const changeKind = (next: string): void => {
    if (next === "selection") onChange({ kind: "selection" });
    else if (next === "table") {
      const first = tables[0];
      if (first) onChange({ kind: "table", table: first.name });
    } else {
      const sheet =
        sources?.activeSheet && sheets.includes(sources.activeSheet) ? sources.activeSheet : sheets[0];
      if (sheet !== undefined) onChange(sheetRef(sheet));
    }
  };

  return (
    <div className={styles.root}>
      {kinds.length > 1 && (
        <Field label={t("sourceKind", lang)}>
          <WrapSelect
            className={styles.select}
            value={kind}
            disabled={disabled}
            data-testid={`source-kind-${side}`}
            options={kinds.map((k) => ({ value: k, label: t(KIND_LABEL[k], lang) }))}
            onChange={changeKind}
          />
        </Field>
      )}
      {kind === "sheet" && (
        <Field label={t("sheet", lang)}>
          <WrapSelect
            className={styles.select}
            value={sheets.includes(chosenSheet) ? chosenSheet : ""}
            disabled={disabled || sheets.length === 0}
            data-testid={`source-sheet-${side}`}
            options={sheetOptions}
            onChange={(v) => v !== "" && onChange(sheetRef(v))}
          />
        </Field>
      )}
      {kind === "table" && (
        <Field label={t("table", lang)}>
          <WrapSelect
            className={styles.select}
            value={value?.kind === "table" ? value.table : ""}
            disabled={disabled || tables.length === 0}
            data-testid={`source-table-${side}`}
            options={
              tables.length === 0
                ? [{ value: "", label: t("noTables", lang) }]
                : tables.map((table) => ({ value: table.name, label: `${table.name} (${table.sheet})` }))
            }
            onChange={(v) => v !== "" && onChange({ kind: "table", table: v })}
          />
        </Field>
      )}
      {kind === "selection" && (
        <Text size={200} className={styles.hint}>
          {t("selectionHint", lang)}
        </Text>
      )}
    </div>
  );
}
