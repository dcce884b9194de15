/**
 * The report details form without React: switching the Party/State layout, and the recipients
 * textarea and the date input, whose drafts may not be valid details yet.
 */
import { parseIsoDate } from "../../core/format";
import { defaultDetails } from "../../reports/details";
import type { ReportDetails, ReportStyle } from "../../reports/types";

/** Fields a style gives defaults for (bodies, number, signer block), checked one by one. */
const STYLE_FIELDS = [
  "parentBody",
  "issuingBody",
  "number",
  "place",
  "signerRole",
  "signerTitle",
  "signerName",
] as const;

/** Whether two recipient lists are the same lines in the same order. */
export const sameLines = (a: readonly string[], b: readonly string[]): boolean =>
  a.length === b.length && a.every((x, i) => x === b[i]);

/**
 * The details in another layout: each field still at the old layout's default takes the new
 * layout's default (signer block "T/M BAN THƯỜNG VỤ / BÍ THƯ" ↔ dotted lines to fill, number
 * pattern, recipients); what the user typed stays.
 */
export function switchStyle(details: ReportDetails, style: ReportStyle): ReportDetails {
  if (details.style === style) return details;
  const oldDefaults = defaultDetails(details.style, details.date);
  const newDefaults = defaultDetails(style, details.date);
  const next: ReportDetails = { ...details, style };
  for (const key of STYLE_FIELDS) {
    if (details[key] === oldDefaults[key]) next[key] = newDefaults[key];
  }
  if (sameLines(details.recipients, oldDefaults.recipients)) next.recipients = [...newDefaults.recipients];
  return next;
}

/** Recipients as the textarea shows them: one per line. */
export function recipientsToText(recipients: readonly string[]): string {
  return recipients.join("\n");
}

/**
 * Recipients from the textarea: one per non-empty line, without the "- " (or "+ ", "• ") the user
 * may type in front and the ";" or "," at the end, since the report adds its own.
 */
export function textToRecipients(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) =>
      line
        .trim()
        .replace(/^[-–—+•*]\s*/, "")
        .replace(/[;,]\s*$/, "")
        .trim(),
    )
    .filter((line) => line.length > 0);
}

/** Whether a textarea draft already says the same recipients (so the draft is kept as typed). */
export function draftMatches(draft: string, recipients: readonly string[]): boolean {
  return sameLines(textToRecipients(draft), recipients);
}

/** The ISO date of a date input's value ("2026-02-05"), undefined while it is empty or invalid. */
export function dateFromInput(value: string): string | undefined {
  return /^\d{4}-\d{2}-\d{2}$/.test(value.trim()) ? parseIsoDate(value) : undefined;
}

/** The optional subject: empty text means "the template's default" (undefined). */
export function subjectFromInput(value: string): string | undefined {
  return value.trim() === "" ? undefined : value;
}
