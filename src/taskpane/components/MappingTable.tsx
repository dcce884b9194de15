/**
 * The columns the reader recognised, one row each: letter, header text as written in the sheet, and
 * a drop-down of fields ("(bỏ qua)" to ignore the column). A change re-reads the same grid.
 */
import { makeStyles, mergeClasses, Text, tokens } from "@fluentui/react-components";
import { FIELD_LABELS } from "../../core/read/fields";
import type { Lang } from "../../core/messages";
import type { ColumnInfo, Field } from "../../core/types";
import { t } from "../../i18n/app";
import { FIELD_ORDER } from "../state/logic";
import { WrapSelect } from "./WrapSelect";

const useStyles = makeStyles({
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
    minWidth: 0,
  },
  // Letter and header on one line, the drop-down under the header in a narrow pane (its longest
  // field name then fits); the three side by side from 480 px.
  row: {
    display: "grid",
    gridTemplateColumns: "28px minmax(0, 1fr)",
    gridTemplateAreas: '"letter header" ". select"',
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXXS,
    paddingBottom: tokens.spacingVerticalXS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
    "@media (min-width: 480px)": {
      gridTemplateColumns: "28px minmax(0, 1fr) minmax(160px, 40%)",
      gridTemplateAreas: '"letter header select"',
    },
  },
  letterArea: { gridArea: "letter" },
  headerArea: { gridArea: "header" },
  selectArea: { gridArea: "select", minWidth: 0 },
  letter: {
    display: "inline-flex",
    alignItems: "center",
    justifyContent: "center",
    minWidth: "24px",
    height: "24px",
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground2,
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    fontWeight: tokens.fontWeightSemibold,
  },
  header: {
    minWidth: 0,
    overflowWrap: "anywhere",
    display: "-webkit-box",
    WebkitLineClamp: 3,
    WebkitBoxOrient: "vertical",
    overflow: "hidden",
  },
  empty: { color: tokens.colorNeutralForeground3, fontStyle: "italic" },
});

export interface MappingTableProps {
  lang: Lang;
  columns: readonly ColumnInfo[];
  disabled: boolean;
  onChange: (col: number, field: Field | null) => void;
}

export function MappingTable({ lang, columns, disabled, onChange }: MappingTableProps) {
  const styles = useStyles();
  return (
    <ul className={styles.list}>
      {columns.map((column) => {
        const header = column.header.trim();
        const label = t("mappingSelectLabel", lang, {
          letter: column.letter,
          header: header === "" ? t("noHeaderText", lang) : header,
        });
        return (
          <li key={column.col} className={styles.row} data-testid="mapping-row">
            <span className={mergeClasses(styles.letter, styles.letterArea)} aria-hidden>
              {column.letter}
            </span>
            <Text
              size={200}
              className={mergeClasses(header === "" ? styles.empty : styles.header, styles.headerArea)}
              title={header || undefined}
            >
              {header === "" ? t("noHeaderText", lang) : header}
            </Text>
            <WrapSelect
              size="small"
              value={column.field ?? ""}
              disabled={disabled}
              aria-label={label}
              data-testid={`mapping-select-${column.letter}`}
              className={styles.selectArea}
              muted={column.field === null}
              options={[
                { value: "", label: t("ignore", lang) },
                ...FIELD_ORDER.map((field) => ({ value: field, label: FIELD_LABELS[field][lang] })),
              ]}
              onChange={(v) => onChange(column.col, v === "" ? null : (v as Field))}
            />
          </li>
        );
      })}
    </ul>
  );
}
