/** The pane's title and the language switch (Tiếng Việt / English). */
import { makeStyles, Select, Text, tokens } from "@fluentui/react-components";
import type { Lang } from "../../core/messages";
import { t } from "../../i18n/app";

const useStyles = makeStyles({
  root: {
    display: "flex",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXS,
    flexWrap: "wrap",
  },
  titles: { display: "flex", flexDirection: "column", flex: "1 1 0", minWidth: "150px" },
  h1: { margin: 0, color: tokens.colorBrandForeground1 },
  tagline: { margin: 0, color: tokens.colorNeutralForeground3 },
  lang: { width: "128px", flexShrink: 0 },
});

export interface PaneHeaderProps {
  lang: Lang;
  onLang: (lang: Lang) => void;
}

export function PaneHeader({ lang, onLang }: PaneHeaderProps) {
  const styles = useStyles();
  return (
    <header className={styles.root}>
      <div className={styles.titles}>
        <Text as="h1" size={600} weight="bold" className={styles.h1}>
          {t("appTitle", lang)}
        </Text>
        <Text as="p" size={200} className={styles.tagline}>
          {t("tagline", lang)}
        </Text>
      </div>
      <Select
        className={styles.lang}
        size="small"
        value={lang}
        aria-label={`${t("language", "vi")} / ${t("language", "en")}`}
        data-testid="lang-switch"
        onChange={(_e, d) => onLang(d.value === "en" ? "en" : "vi")}
      >
        <option value="vi" lang="vi">
          Tiếng Việt
        </option>
        <option value="en" lang="en">
          English
        </option>
      </Select>
    </header>
  );
}
