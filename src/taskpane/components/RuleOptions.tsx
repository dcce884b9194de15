/**
 * The rules an analysis applies: unit type (default: inferred from each unit's name), rule set
 * (default: the one in force on the report date), province class, and for mergers the date they
 * take effect (excess-deputy deadlines).
 */
import {
  Button,
  Field,
  Input,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  tokens,
} from "@fluentui/react-components";
import { useEffect, useState } from "react";
import { parseIsoDate } from "../../core/format";
import type { Lang } from "../../core/messages";
import { PROVINCE_CLASS_LABELS, UNIT_TYPE_LABELS } from "../../core/rules/labels";
import { PROVINCE_CLASSES, RULE_SET_IDS, RULE_SETS, UNIT_TYPES } from "../../core/rules/ruleSets";
import type { ProvinceClass, RuleFamily, RuleSetId, UnitType } from "../../core/types";
import { t } from "../../i18n/app";
import { isEnteredCap, type PaneSettings } from "../jobs";
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

type RulePatch = Partial<
  Pick<PaneSettings, "unitType" | "family" | "ruleSet" | "provinceClass" | "decisionDate" | "enteredCaps">
>;

export interface RuleOptionsProps {
  lang: Lang;
  settings: PaneSettings;
  disabled: boolean;
  /** Unit types with no cap from the rules: one field each for a cap the user enters. */
  capTypes?: readonly UnitType[];
  /** The table does not say whether its body is a Party or a State one: ask. */
  askFamily?: boolean;
  /**
   * Each table read names its own body (a consolidation: every agency under its own rules): only
   * the province class is asked.
   */
  perAgency?: boolean;
  onChange: (patch: RulePatch) => void;
}

const FAMILIES: readonly { family: RuleFamily; label: "familyParty" | "familyState" }[] = [
  { family: "party", label: "familyParty" },
  { family: "state", label: "familyState" },
];

export function RuleOptions(props: RuleOptionsProps) {
  const { lang, settings, disabled, capTypes = [], askFamily = false, perAgency = false, onChange } = props;
  const styles = useStyles();
  const merger = settings.job === "compare" || settings.job === "plan";
  const [dateDraft, setDateDraft] = useState(settings.decisionDate ?? "");
  useEffect(() => setDateDraft(settings.decisionDate ?? ""), [settings.decisionDate]);
  const dateValid = dateDraft === "" || parseIsoDate(dateDraft) !== undefined;

  return (
    <Section title={t("rulesTitle", lang)} testId="rules">
      {askFamily && (
        <MessageBar intent="warning" layout="multiline" data-testid="family-question">
          <MessageBarBody>{t("familyQuestion", lang)}</MessageBarBody>
          <MessageBarActions>
            {FAMILIES.map(({ family, label }) => (
              <Button
                key={family}
                size="small"
                disabled={disabled}
                data-testid={`family-${family}`}
                onClick={() => onChange({ family })}
              >
                {t(label, lang)}
              </Button>
            ))}
          </MessageBarActions>
        </MessageBar>
      )}
      <div className={styles.grid}>
        {!perAgency && (
          <>
            <Field label={t("family", lang)}>
              <WrapSelect
                value={settings.family ?? ""}
                disabled={disabled}
                data-testid="family"
                options={[
                  { value: "", label: t("familyAuto", lang) },
                  ...FAMILIES.map(({ family, label }) => ({ value: family, label: t(label, lang) })),
                ]}
                onChange={(v) => onChange({ family: v === "" ? undefined : (v as RuleFamily) })}
              />
            </Field>
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
          </>
        )}
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
        {capTypes.map((type) => (
          <CapField
            key={type}
            lang={lang}
            type={type}
            value={settings.enteredCaps?.[type]}
            disabled={disabled}
            onChange={(cap) => {
              const caps = { ...settings.enteredCaps };
              if (cap === undefined) delete caps[type];
              else caps[type] = cap;
              onChange({ enteredCaps: Object.keys(caps).length > 0 ? caps : undefined });
            }}
          />
        ))}
      </div>
    </Section>
  );
}

/** A cap the user enters for one unit type: a whole number 0–999, or empty for none. */
function CapField(props: {
  lang: Lang;
  type: UnitType;
  value: number | undefined;
  disabled: boolean;
  onChange: (cap: number | undefined) => void;
}) {
  const { lang, type, value, disabled, onChange } = props;
  const [draft, setDraft] = useState(value === undefined ? "" : String(value));
  useEffect(() => setDraft(value === undefined ? "" : String(value)), [value]);
  const parsed = draft.trim() === "" ? undefined : Number(draft);
  const valid = parsed === undefined || isEnteredCap(parsed);
  return (
    <Field
      label={t("enteredCap", lang, { type: UNIT_TYPE_LABELS[type][lang] })}
      hint={t("enteredCapHint", lang)}
      validationState={valid ? "none" : "error"}
      validationMessage={valid ? undefined : t("invalidCap", lang)}
    >
      <Input
        type="number"
        min={0}
        max={999}
        step={1}
        value={draft}
        disabled={disabled}
        data-testid={`entered-cap-${type}`}
        onChange={(_e, d) => {
          setDraft(d.value);
          const next = d.value.trim() === "" ? undefined : Number(d.value);
          if (next === undefined || isEnteredCap(next)) onChange(next);
        }}
      />
    </Field>
  );
}
