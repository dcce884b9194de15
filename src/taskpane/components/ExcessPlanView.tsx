/** The excess deputies by name under the preview of a reviewed roster, and the button that makes the report. */
import { Button, makeStyles, Text, tokens } from "@fluentui/react-components";
import type { ExcessPlan } from "../../core/analyse/excessPlan";
import type { Lang } from "../../core/messages";
import { t } from "../../i18n/app";
import { excessModel } from "../view/excessModel";
import { Section } from "./Section";

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

export interface ExcessPlanViewProps {
  plan: ExcessPlan;
  lang: Lang;
  /** Excel inserts the report; the browser mode downloads it. */
  download: boolean;
  disabled: boolean;
  onInsert: () => void;
}

export function ExcessPlanView({ plan, lang, download, disabled, onInsert }: ExcessPlanViewProps) {
  const styles = useStyles();
  const view = excessModel(plan, lang);
  return (
    <Section title={t("excessTitle", lang)} description={t("excessHint", lang)} testId="excess-plan">
      <Text>{view.totals}</Text>
      {view.years.length + view.needs.length > 0 && (
        <ul className={styles.list}>
          {[...view.years, ...view.needs].map((line) => (
            <li key={line}>
              <Text>{line}</Text>
            </li>
          ))}
        </ul>
      )}
      <div>
        <Button appearance="secondary" disabled={disabled} onClick={onInsert} data-testid="excess-insert">
          {t(download ? "excessDownload" : "excessInsert", lang)}
        </Button>
      </div>
    </Section>
  );
}
