/**
 * The rules an analysis applies: unit type (default: inferred from each unit's name), rule set
 * (default: the one in force on the report date), province class, and for mergers the date they
 * take effect (excess-deputy deadlines).
 */
import { Field, Input, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import { parseIsoDate } from "../../core/format";
import type { Lang } from "../../core/messages";
import { PROVINCE_CLASS_LABELS, UNIT_TYPE_LABELS } from "../../core/rules/labels";
import { PROVINCE_CLASSES, RULE_SET_IDS, RULE_SETS, UNIT_TYPES } from "../../core/rules/ruleSets";
import type { ProvinceClass, RuleSetId, UnitType } from "../../core/types";
import { t } from "../../i18n/app";
import type { PaneSettings } from "../jobs";
import { Section } from "./Section";
import { WrapSelect } from "./WrapSelect";

const useStyles = makeStyles({
  grid: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fit, minmax(220px, 1fr))",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalS,
    minWidth: 0,
  },
});

type RulePatch = Partial<Pick<PaneSettings, "unitType" | "ruleSet" | "provinceClass" | "decisionDate">>;

export interface RuleOptionsProps {
  lang: Lang;
  settings: PaneSettings;
  disabled: boolean;
  onChange: (patch: RulePatch) => void;
}

export function RuleOptions({ lang, settings, disabled, onChange }: RuleOptionsProps) {
  const styles = useStyles();
  const merger = settings.job === "compare" || settings.job === "plan";
  const [dateDraft, setDateDraft] = useState(settings.decisionDate ?? "");
  useEffect(() => setDateDraft(settings.decisionDate ?? ""), [settings.decisionDate]);
  const dateValid = dateDraft === "" || parseIsoDate(dateDraft) !== undefined;

  return (
    <Section title={t("rulesTitle", lang)} testId="rules">
      <div className={styles.grid}>
        <Field label={t("unitType", lang)}>
          <WrapSelect
            value={settings.unitType ?? ""}
            disabled={disabled}
            data-testid="unit-type"
            options={[
              { value: "", label: t("unitTypeAuto", lang) },
              ...UNIT_TYPES.map((type) => ({ value: type, label: UNIT_TYPE_LABELS[type][lang] })),
            ]}
            onChange={(v) => onChange({ unitType: v === "" ? undefined : (v as UnitType) })}
          />
        </Field>
        <Field label={t("ruleSet", lang)}>
          <WrapSelect
            value={settings.ruleSet ?? ""}
            disabled={disabled}
            data-testid="rule-set"
            options={[
              { value: "", label: t("ruleSetAuto", lang) },
              ...RULE_SET_IDS.map((id) => ({ value: id, label: RULE_SETS[id].title[lang] })),
            ]}
            onChange={(v) => onChange({ ruleSet: v === "" ? undefined : (v as RuleSetId) })}
          />
        </Field>
        <Field label={t("provinceClass", lang)}>
          <WrapSelect
            value={settings.provinceClass ?? ""}
            disabled={disabled}
            data-testid="province-class"
            options={[
              { value: "", label: t("provinceClassAuto", lang) },
              ...PROVINCE_CLASSES.map((c) => ({ value: c, label: PROVINCE_CLASS_LABELS[c][lang] })),
            ]}
            onChange={(v) => onChange({ provinceClass: v === "" ? undefined : (v as ProvinceClass) })}
          />
        </Field>
        {merger && (
          <Field
            label={t("decisionDate", lang)}
            hint={t("decisionDateHint", lang)}
            validationState={dateValid ? "none" : "error"}
            validationMessage={dateValid ? undefined : t("invalidDate", lang)}
          >
            <Input
              type="date"
              value={dateDraft}
              disabled={disabled}
              data-testid="decision-date"
              onChange={(_e, d) => {
                setDateDraft(d.value);
                if (d.value === "") onChange({ decisionDate: undefined });
                else {
                  const iso = parseIsoDate(d.value);
                  if (iso) onChange({ decisionDate: iso });
                }
              }}
            />
          </Field>
        )}
      </div>
    </Section>
  );
}
