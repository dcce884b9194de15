/**
 * The problems found, errors first: level, message in the pane's language and the cell. In Excel the
 * cell is a link-style button that selects it; in the browser it is plain text. Long lists (a
 * 100,000-row roster can give thousands) are virtualised with a fixed row height and the message
 * cut to two lines (the whole text in the row's title).
 */
import { Badge, Link, makeStyles, mergeClasses, Text, tokens } from "@fluentui/react-components";
import { formatNumber } from "../../core/format";
import { issueMessage, levelLabel, type Lang } from "../../core/messages";
import type { IssueLevel } from "../../core/types";
import { t } from "../../i18n/app";
import { countLevels, type ListedIssue } from "../state/logic";
import { VirtualList } from "./VirtualList";

/** Up to this many problems are listed in full; more go into a virtual list. */
const PLAIN_MAX = 30;
const ROW_HEIGHT = 84;
const LIST_HEIGHT = 360;

const BADGE: Record<IssueLevel, "danger" | "warning" | "informative"> = {
  error: "danger",
  warning: "warning",
  info: "informative",
};

const useStyles = makeStyles({
  counts: { color: tokens.colorNeutralForeground3 },
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    minWidth: 0,
  },
  row: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXXS,
    padding: `${tokens.spacingVerticalS} 0`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
    minWidth: 0,
    boxSizing: "border-box",
  },
  fixed: { height: "100%", overflow: "hidden", paddingRight: tokens.spacingHorizontalS },
  meta: { display: "flex", alignItems: "center", flexWrap: "wrap", columnGap: tokens.spacingHorizontalS },
  side: { color: tokens.colorNeutralForeground3 },
  message: { overflowWrap: "anywhere" },
  clamp: {
    display: "-webkit-box",
    WebkitLineClamp: 2,
    WebkitBoxOrient: "vertical",
    overflow: "hidden",
  },
  cell: {
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    overflowWrap: "anywhere",
  },
  link: { textAlign: "left" },
});

export interface IssueListProps {
  lang: Lang;
  items: readonly ListedIssue[];
  /** Whether cells can be selected (Excel). */
  canSelect: boolean;
  onSelect: (address: string) => void;
}

export function IssueList({ lang, items, canSelect, onSelect }: IssueListProps) {
  const styles = useStyles();
  const counts = countLevels(items);
  const virtual = items.length > PLAIN_MAX;

  const row = (item: ListedIssue, fixed: boolean) => {
    const { issue } = item;
    const message = issueMessage(issue, lang);
    return (
      <div
        className={mergeClasses(styles.row, fixed && styles.fixed)}
        data-testid="issue-row"
        data-level={issue.level}
        title={fixed ? message : undefined}
      >
        <div className={styles.meta}>
          <Badge appearance="tint" size="small" color={BADGE[issue.level]}>
            {levelLabel(issue.level, lang)}
          </Badge>
          {item.side && (
            <Text size={200} className={styles.side}>
              {t(item.side === "before" ? "sideBefore" : "sideAfter", lang)}
            </Text>
          )}
          {issue.cell &&
            (canSelect ? (
              <Link
                as="button"
                className={mergeClasses(styles.cell, styles.link)}
                aria-label={t("goToCell", lang, { cell: issue.cell })}
                data-testid="issue-link"
                onClick={() => onSelect(issue.cell as string)}
              >
                {issue.cell}
              </Link>
            ) : (
              <Text className={styles.cell} data-testid="issue-cell">
                {issue.cell}
              </Text>
            ))}
        </div>
        <Text size={300} className={mergeClasses(styles.message, fixed && styles.clamp)}>
          {message}
        </Text>
      </div>
    );
  };

  if (items.length === 0) {
    return <Text size={200}>{t("noProblems", lang)}</Text>;
  }
  return (
    <>
      <Text size={200} className={styles.counts}>
        {t("problemCounts", lang, {
          errors: formatNumber(counts.error, 0, lang),
          warnings: formatNumber(counts.warning, 0, lang),
          infos: formatNumber(counts.info, 0, lang),
        })}
      </Text>
      {virtual ? (
        <VirtualList
          items={items}
          rowHeight={ROW_HEIGHT}
          height={LIST_HEIGHT}
          ariaLabel={t("problemsList", lang)}
          renderRow={(item) => row(item, true)}
        />
      ) : (
        <ul className={styles.list} aria-label={t("problemsList", lang)}>
          {items.map((item) => (
            <li key={item.key}>{row(item, false)}</li>
          ))}
        </ul>
      )}
    </>
  );
}
