/** Proposed mergers under the preview of a review, and the button that makes their comparison. */
import { Button, makeStyles, Text, tokens } from "@fluentui/react-components";
import type { ProposeResult } from "../../core/analyse/propose";
import type { Lang } from "../../core/messages";
import { t } from "../../i18n/app";
import { proposalsModel } from "../view/proposalsModel";
import { Section } from "./Section";

const useStyles = makeStyles({
  list: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalL,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
  },
  option: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXXS },
  muted: { color: tokens.colorNeutralForeground3 },
});

export interface ProposalsProps {
  result: ProposeResult;
  lang: Lang;
  /** Excel inserts the comparison; the browser mode downloads it. */
  download: boolean;
  disabled: boolean;
  onInsert: () => void;
}

export function Proposals({ result, lang, download, disabled, onInsert }: ProposalsProps) {
  const styles = useStyles();
  const view = proposalsModel(result, lang);
  return (
    <Section title={t("proposalsTitle", lang)} description={t("proposalsHint", lang)} testId="proposals">
      {view.nothing && <Text>{view.nothing}</Text>}
      {view.options.map((o) => (
        <div key={o.title} className={styles.option}>
          <Text weight="semibold">{o.title}</Text>
          <ul className={styles.list}>
            {o.moves.map((m) => (
              <li key={m}>
                <Text>{m}</Text>
              </li>
            ))}
          </ul>
        </div>
      ))}
      {view.unfixable.map((u) => (
        <Text key={u} className={styles.muted}>
          {u}
        </Text>
      ))}
      {view.bounded && <Text className={styles.muted}>{view.bounded}</Text>}
      {view.options.length > 0 && (
        <div>
          <Button
            appearance="secondary"
            disabled={disabled}
            onClick={onInsert}
            data-testid="proposals-insert"
          >
            {t(download ? "proposalsDownload" : "proposalsInsert", lang)}
          </Button>
        </div>
      )}
    </Section>
  );
}
