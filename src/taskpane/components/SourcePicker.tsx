/**
 * Which block of the workbook one side reads: the selection or an Excel table (Excel only), or a
 * whole sheet. Sheet and table names come from the workbook and are shown as text.
 */
import { Field, makeStyles, Select, Text, tokens } from "@fluentui/react-components";
import type { Lang } from "../../core/messages";
import { t, type AppKey } from "../../i18n/app";
import type { SourceList, SourceRef } from "../host";
import { sourceKinds, type Side } from "../state/logic";

const KIND_LABEL: Record<SourceRef["kind"], AppKey> = {
  selection: "kindSelection",
  sheet: "kindSheet",
  table: "kindTable",
};

const useStyles = makeStyles({
  root: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fit, minmax(140px, 1fr))",
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
  value: SourceRef | undefined;
  disabled: boolean;
  onChange: (ref: SourceRef) => void;
}

export function SourcePicker({
  lang,
  side,
  hostKind,
  sources,
  value,
  disabled,
  onChange,
}: SourcePickerProps) {
  const styles = useStyles();
  const kinds = sourceKinds(hostKind, sources);
  const kind = value?.kind ?? "sheet";
  const sheets = sources?.sheets ?? [];
  const tables = sources?.tables ?? [];

  const changeKind = (next: string): void => {
    if (next === "selection") onChange({ kind: "selection" });
    else if (next === "table") {
      const first = tables[0];
      if (first) onChange({ kind: "table", table: first.name });
    } else {
      const sheet =
        sources?.activeSheet && sheets.includes(sources.activeSheet) ? sources.activeSheet : sheets[0];
      if (sheet !== undefined) onChange({ kind: "sheet", sheet });
    }
  };

  return (
    <div className={styles.root}>
      {kinds.length > 1 && (
        <Field label={t("sourceKind", lang)}>
          <Select
            className={styles.select}
            value={kind}
            disabled={disabled}
            data-testid={`source-kind-${side}`}
            onChange={(_e, d) => changeKind(d.value)}
          >
            {kinds.map((k) => (
              <option key={k} value={k}>
                {t(KIND_LABEL[k], lang)}
              </option>
            ))}
          </Select>
        </Field>
      )}
      {kind === "sheet" && (
        <Field label={t("sheet", lang)}>
          <Select
            className={styles.select}
            value={value?.kind === "sheet" ? value.sheet : ""}
            disabled={disabled || sheets.length === 0}
            data-testid={`source-sheet-${side}`}
            onChange={(_e, d) => onChange({ kind: "sheet", sheet: d.value })}
          >
            {sheets.length === 0 && <option value="">{t("noSheets", lang)}</option>}
            {sheets.map((sheet) => (
              <option key={sheet} value={sheet}>
                {sheet}
              </option>
            ))}
          </Select>
        </Field>
      )}
      {kind === "table" && (
        <Field label={t("table", lang)}>
          <Select
            className={styles.select}
            value={value?.kind === "table" ? value.table : ""}
            disabled={disabled || tables.length === 0}
            data-testid={`source-table-${side}`}
            onChange={(_e, d) => onChange({ kind: "table", table: d.value })}
          >
            {tables.length === 0 && <option value="">{t("noTables", lang)}</option>}
            {tables.map((table) => (
              <option key={table.name} value={table.name}>
                {`${table.name} (${table.sheet})`}
              </option>
            ))}
          </Select>
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
