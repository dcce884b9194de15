/**
 * The roadmap's figures: a national target (optional, fills the rate), base year, baseline posts and
 * the minimum cut in percent; shows how many posts that means. Typed text stays as typed until it
 * is a valid value.
 */
import { Field, Input, makeStyles, Text, tokens } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import { requiredCut, TARGET_PROFILES, type TargetProfileId } from "../../core/analyse/targets";
import { formatNumber, formatPercent } from "../../core/format";
import type { Lang } from "../../core/messages";
import { t } from "../../i18n/app";
import type { RoadmapSettings } from "../jobs";
import { parsePercent, parseWhole } from "../state/logic";
import { Section } from "./Section";
import { WrapSelect } from "./WrapSelect";

const useStyles = makeStyles({
  grid: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fit, minmax(140px, 1fr))",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalS,
    minWidth: 0,
  },
  wide: { gridColumn: "1 / -1" },
  result: { color: tokens.colorNeutralForeground2 },
});

/** The rate as the user reads it: "10", "12,5" (Vietnamese) or "12.5". */
const percentText = (rate: number, lang: Lang): string =>
  formatPercent(rate, 2, lang)
    .replace(/\s*%$/, "")
    .replace(lang === "vi" ? /,00$/ : /\.00$/, "");

export interface RoadmapOptionsProps {
  lang: Lang;
  value: RoadmapSettings;
  disabled: boolean;
  onChange: (value: RoadmapSettings) => void;
}

export function RoadmapOptions({ lang, value, disabled, onChange }: RoadmapOptionsProps) {
  const styles = useStyles();
  const [year, setYear] = useState(String(value.baseYear));
  const [baseline, setBaseline] = useState(String(value.baseline));
  const [rate, setRate] = useState(percentText(value.targetRate, lang));
  useEffect(
    () => setYear((d) => (Number(d) === value.baseYear ? d : String(value.baseYear))),
    [value.baseYear],
  );
  useEffect(
    () => setBaseline((d) => (parseWhole(d) === value.baseline ? d : String(value.baseline))),
    [value.baseline],
  );
  useEffect(
    () => setRate((d) => (parsePercent(d) === value.targetRate ? d : percentText(value.targetRate, lang))),
    [value.targetRate, lang],
  );

  const yearNumber = Number(year.trim());
  const yearValid = /^\d{4}$/.test(year.trim()) && yearNumber >= 1900;
  const baselineValid = parseWhole(baseline) !== undefined;
  const rateValid = parsePercent(rate) !== undefined;
  const profile = TARGET_PROFILES.find((p) => p.id === value.profile);
  const cut = requiredCut(value.baseline, value.targetRate);

  return (
    <Section title={t("roadmapTitle", lang)}>
      <div className={styles.grid}>
        <Field label={t("profile", lang)} className={styles.wide}>
          <WrapSelect
            value={value.profile ?? ""}
            disabled={disabled}
            data-testid="roadmap-profile"
            options={[
              { value: "", label: t("profileNone", lang) },
              ...TARGET_PROFILES.map((p) => ({ value: p.id, label: p.title[lang] })),
            ]}
            onChange={(v: string) => {
              const chosen = TARGET_PROFILES.find((p) => p.id === v);
              if (!chosen) {
                const next: RoadmapSettings = { ...value };
                delete next.profile;
                onChange(next);
              } else onChange({ ...value, profile: chosen.id as TargetProfileId, targetRate: chosen.rate });
            }}
          />
        </Field>
        <Field
          label={t("baseYear", lang)}
          validationState={yearValid ? "none" : "error"}
          validationMessage={yearValid ? undefined : t("invalidYear", lang)}
        >
          <Input
            inputMode="numeric"
            value={year}
            disabled={disabled}
            data-testid="roadmap-base-year"
            onChange={(_e, d) => {
              setYear(d.value);
              const n = Number(d.value.trim());
              if (/^\d{4}$/.test(d.value.trim()) && n >= 1900) onChange({ ...value, baseYear: n });
            }}
          />
        </Field>
        <Field
          label={t("baseline", lang)}
          hint={profile?.base[lang]}
          validationState={baselineValid ? "none" : "error"}
          validationMessage={baselineValid ? undefined : t("invalidNumber", lang)}
        >
          <Input
            inputMode="numeric"
            value={baseline}
            disabled={disabled}
            data-testid="roadmap-baseline"
            onChange={(_e, d) => {
              setBaseline(d.value);
              const n = parseWhole(d.value);
              if (n !== undefined) onChange({ ...value, baseline: n });
            }}
          />
        </Field>
        <Field
          label={t("targetRate", lang)}
          validationState={rateValid ? "none" : "error"}
          validationMessage={rateValid ? undefined : t("invalidPercent", lang)}
        >
          <Input
            inputMode="decimal"
            value={rate}
            disabled={disabled}
            data-testid="roadmap-rate"
            contentAfter={<span aria-hidden>%</span>}
            onChange={(_e, d) => {
              setRate(d.value);
              const r = parsePercent(d.value);
              if (r !== undefined) {
                const next: RoadmapSettings = { ...value, targetRate: r };
                // A rate typed by hand no longer is the national target's.
                if (profile && profile.rate !== r) delete next.profile;
                onChange(next);
              }
            }}
          />
        </Field>
      </div>
      {cut.ok && value.baseline > 0 && (
        <Text size={200} className={styles.result} data-testid="roadmap-needed">
          {t("roadmapNeeded", lang, {
            cut: formatNumber(cut.value, 0, lang),
            rate: formatPercent(value.targetRate, 2, lang),
            baseline: formatNumber(value.baseline, 0, lang),
          })}
        </Text>
      )}
    </Section>
  );
}
