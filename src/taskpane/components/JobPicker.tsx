/** What to do: compare, plan, review deputies, roadmap, pilot tracker (one radio each, with a hint). */
import { makeStyles, Radio, RadioGroup, tokens } from "@fluentui/react-components";
import type { Lang } from "../../core/messages";
import { t, type AppKey } from "../../i18n/app";
import { JOB_KINDS, type JobKind } from "../jobs";
import { Section } from "./Section";

const JOB_TEXT: Record<JobKind, { label: AppKey; hint: AppKey }> = {
  compare: { label: "jobCompare", hint: "jobCompareHint" },
  plan: { label: "jobPlan", hint: "jobPlanHint" },
  check: { label: "jobCheck", hint: "jobCheckHint" },
  consolidate: { label: "jobConsolidate", hint: "jobConsolidateHint" },
  roadmap: { label: "jobRoadmap", hint: "jobRoadmapHint" },
  tracker: { label: "jobTracker", hint: "jobTrackerHint" },
};

const useStyles = makeStyles({
  label: { display: "flex", flexDirection: "column" },
  hint: {
    color: tokens.colorNeutralForeground3,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
  },
});

export interface JobPickerProps {
  lang: Lang;
  job: JobKind;
  disabled: boolean;
  onJob: (job: JobKind) => void;
}

export function JobPicker({ lang, job, disabled, onJob }: JobPickerProps) {
  const styles = useStyles();
  return (
    <Section title={t("jobTitle", lang)}>
      <RadioGroup
        value={job}
        disabled={disabled}
        aria-label={t("jobTitle", lang)}
        onChange={(_e, d) => onJob(d.value as JobKind)}
      >
        {JOB_KINDS.map((kind) => (
          <Radio
            key={kind}
            value={kind}
            data-testid={`job-${kind}`}
            label={
              <span className={styles.label}>
                <span>{t(JOB_TEXT[kind].label, lang)}</span>
                <span className={styles.hint}>{t(JOB_TEXT[kind].hint, lang)}</span>
              </span>
            }
          />
        ))}
      </RadioGroup>
    </Section>
  );
}
