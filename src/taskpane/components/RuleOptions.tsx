/**
 * The rules an analysis applies: unit type (default: inferred from each unit's name), rule set
 * (default: the one in force on the report date), province class, and for mergers the date they
 * take effect (excess-deputy deadlines).
 */
import { Field, Input, makeStyles, Select, tokens } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import { parseIsoDate } from "../../core/format";
import type { Lang } from "../../core/messages";
import { PROVINCE_CLASS_LABELS, UNIT_TYPE_LABELS } from "../../core/rules/labels";
import { PROVINCE_CLASSES, RULE_SET_IDS, RULE_SETS, UNIT_TYPES } from "../../core/rules/ruleSets";
import type { ProvinceClass, RuleSetId, UnitType } from "../../core/types";
import { t } from "../../i18n/app";
import type { PaneSettings } from "../jobs";
import { Section } from "./Section";

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
    <Section title={t("rulesTitle", lang)}>
      <div className={styles.grid}>
        <Field label={t("unitType", lang)}>
          <Select
            value={settings.unitType ?? ""}
            disabled={disabled}
            data-testid="unit-type"
            onChange={(_e, d) => onChange({ unitType: d.value === "" ? undefined : (d.value as UnitType) })}
          >
            <option value="">{t("unitTypeAuto", lang)}</option>
            {UNIT_TYPES.map((type) => (
              <option key={type} value={type}>
                {UNIT_TYPE_LABELS[type][lang]}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t("ruleSet", lang)}>
          <Select
            value={settings.ruleSet ?? ""}
            disabled={disabled}
            data-testid="rule-set"
            onChange={(_e, d) => onChange({ ruleSet: d.value === "" ? undefined : (d.value as RuleSetId) })}
          >
            <option value="">{t("ruleSetAuto", lang)}</option>
            {RULE_SET_IDS.map((id) => (
              <option key={id} value={id}>
                {RULE_SETS[id].title[lang]}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t("provinceClass", lang)}>
          <Select
            value={settings.provinceClass ?? ""}
            disabled={disabled}
            data-testid="province-class"
            onChange={(_e, d) =>
              onChange({ provinceClass: d.value === "" ? undefined : (d.value as ProvinceClass) })
            }
          >
            <option value="">{t("provinceClassAuto", lang)}</option>
            {PROVINCE_CLASSES.map((c) => (
              <option key={c} value={c}>
                {PROVINCE_CLASS_LABELS[c][lang]}
              </option>
            ))}
          </Select>
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
