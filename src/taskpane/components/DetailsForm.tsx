/**
 * Report details: layout (Party / State), bodies, number, place, date, subject, signer and
 * recipients. Controlled: `value` in, every valid change out through `onChange`. The date and the
 * recipients keep what the user is typing until it is a valid value.
 */
import {
  Field,
  Input,
  makeStyles,
  Radio,
  RadioGroup,
  Text,
  Textarea,
  tokens,
  type InputOnChangeData,
} from "@fluentui/react-components";
import { useEffect, useState, type ChangeEvent } from "react";
import { formatDate } from "../../core/format";
import type { Lang } from "../../core/messages";
import { tDetails, type DetailsKey } from "../../i18n/preview";
import type { ReportDetails, ReportStyle } from "../../reports/types";
import {
  dateFromInput,
  draftMatches,
  recipientsToText,
  sameLines,
  subjectFromInput,
  switchStyle,
  textToRecipients,
} from "../view/detailsModel";

export interface DetailsFormProps {
  value: ReportDetails;
  onChange: (details: ReportDetails) => void;
  lang: Lang;
}

type TextField =
  "parentBody" | "issuingBody" | "number" | "place" | "signerRole" | "signerTitle" | "signerName";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM, minWidth: 0 },
  h: { margin: 0 },
  fieldset: {
    margin: 0,
    padding: 0,
    border: "none",
    minWidth: 0,
    display: "grid",
    gridTemplateColumns: "repeat(auto-fit, minmax(220px, 1fr))",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalS,
  },
  legend: {
    padding: 0,
    marginBottom: tokens.spacingVerticalXS,
    fontWeight: tokens.fontWeightSemibold,
    fontSize: tokens.fontSizeBase300,
    color: tokens.colorNeutralForeground2,
  },
  wide: { gridColumn: "1 / -1" },
  /** Chromium draws a native date field taller than a text field: keep the row even. */
  dateInput: { paddingTop: 0, paddingBottom: 0, height: "30px", minHeight: 0 },
});

export function DetailsForm({ value, onChange, lang }: DetailsFormProps) {
  const styles = useStyles();
  const t = (key: DetailsKey): string => tDetails(key, lang);
  const party = value.style === "party";

  // Drafts of the fields whose text is not always a valid value yet.
  const [dateDraft, setDateDraft] = useState(value.date);
  useEffect(() => {
    setDateDraft((draft) => (dateFromInput(draft) === value.date ? draft : value.date));
  }, [value.date]);

  /** A list field, one item per line (empty lists leave the field out of the details). */
  const lines = (field: "recipients" | "addressees" | "basis", hint: DetailsKey, rows: number) => (
    <LinesField
      label={t(field)}
      hint={t(hint)}
      rows={rows}
      className={styles.wide}
      testId={`details-${field}`}
      lines={value[field] ?? []}
      onChange={(next) => {
        const changed: ReportDetails = { ...value, [field]: next };
        if (field !== "recipients" && next.length === 0) delete changed[field];
        onChange(changed);
      }}
    />
  );

  const text = (field: TextField, hint?: string) => (
    <Field label={t(field)} hint={hint}>
      <Input
        value={value[field]}
        data-testid={`details-${field}`}
        onChange={(_e: ChangeEvent<HTMLInputElement>, d: InputOnChangeData) =>
          onChange({ ...value, [field]: d.value })
        }
      />
    </Field>
  );
  const dateValid = dateFromInput(dateDraft) !== undefined;

  return (
    <div className={styles.root}>
      <Text as="h2" weight="semibold" size={400} className={styles.h}>
        {t("heading")}
      </Text>

      <Field label={t("style")} hint={t("styleHint")}>
        <RadioGroup
          value={value.style}
          data-testid="details-style"
          onChange={(_e, d) => onChange(switchStyle(value, d.value as ReportStyle))}
        >
          <Radio value="party" label={t("styleParty")} data-testid="details-style-party" />
          <Radio value="state" label={t("styleState")} data-testid="details-style-state" />
        </RadioGroup>
      </Field>

      <fieldset className={styles.fieldset}>
        <legend className={styles.legend}>{t("groupBodies")}</legend>
        {text("parentBody", t(party ? "parentBodyHintParty" : "parentBodyHintState"))}
        {text("issuingBody", t(party ? "issuingBodyHintParty" : "issuingBodyHintState"))}
      </fieldset>

      <fieldset className={styles.fieldset}>
        <legend className={styles.legend}>{t("groupDocument")}</legend>
        {text("number", t(party ? "numberHintParty" : "numberHintState"))}
        {text("place", t("placeHint"))}
        <Field
          label={t("date")}
          hint={dateValid ? formatDate(value.date, lang) : undefined}
          validationState={dateValid ? "none" : "error"}
          validationMessage={dateValid ? undefined : t("dateInvalid")}
        >
          <Input
            type="date"
            value={dateDraft}
            input={{ className: styles.dateInput }}
            data-testid="details-date"
            onChange={(_e, d) => {
              setDateDraft(d.value);
              const iso = dateFromInput(d.value);
              if (iso !== undefined && iso !== value.date) onChange({ ...value, date: iso });
            }}
          />
        </Field>
        {lines("addressees", "addresseesHint", 2)}
        {lines("basis", "basisHint", 3)}
        <Field label={t("subject")} hint={t("subjectHint")} className={styles.wide}>
          <Input
            value={value.subject ?? ""}
            data-testid="details-subject"
            onChange={(_e, d) => {
              const next: ReportDetails = { ...value };
              const subject = subjectFromInput(d.value);
              if (subject === undefined) delete next.subject;
              else next.subject = subject;
              onChange(next);
            }}
          />
        </Field>
      </fieldset>

      <fieldset className={styles.fieldset}>
        <legend className={styles.legend}>{t("groupSigner")}</legend>
        <div className={styles.wide}>{text("signerRole", t("signerRoleHint"))}</div>
        {text("signerTitle")}
        {text("signerName")}
        {lines("recipients", "recipientsHint", 4)}
      </fieldset>
    </div>
  );
}

/** A textarea of one item per line that keeps what the user is typing until it changes the list. */
function LinesField(props: {
  label: string;
  hint: string;
  rows: number;
  className: string;
  testId: string;
  lines: readonly string[];
  onChange: (lines: string[]) => void;
}) {
  const { lines } = props;
  const [draft, setDraft] = useState(() => recipientsToText(lines));
  useEffect(() => {
    setDraft((current) => (draftMatches(current, lines) ? current : recipientsToText(lines)));
  }, [lines]);
  return (
    <Field label={props.label} hint={props.hint} className={props.className}>
      <Textarea
        value={draft}
        rows={props.rows}
        resize="vertical"
        data-testid={props.testId}
        onChange={(_e, d) => {
          setDraft(d.value);
          const next = textToRecipients(d.value);
          if (!sameLines(next, lines)) props.onChange(next);
        }}
      />
    </Field>
  );
}
