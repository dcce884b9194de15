import { fail, ok, type Result } from "../core/types";
import { parseIsoDate } from "../core/format";
import type { ReportDetails, ReportStyle } from "./types";

/** Dotted blanks, as on a paper form: the clerk fills them in Excel. */
export const BLANK = "……………";

/**
 * Report details before the user has given any: the usual signer blocks of each style and dotted
 * blanks for the bodies and the number, so that a report printed straight away reads as a form.
 */
export function defaultDetails(style: ReportStyle, date: string): ReportDetails {
  const common = { style, place: BLANK, date, signerName: "" };
  return style === "party"
    ? {
        ...common,
        parentBody: `ĐẢNG BỘ ${BLANK}`,
        issuingBody: BLANK,
        number: `${BLANK}-BC/${BLANK}`,
        signerRole: "T/M BAN THƯỜNG VỤ",
        signerTitle: "BÍ THƯ",
        recipients: ["Lưu"],
      }
    : {
        ...common,
        parentBody: BLANK,
        issuingBody: BLANK,
        number: `${BLANK}/BC-${BLANK}`,
        // Who signs is the office's to say: dotted lines until it does.
        signerRole: "",
        signerTitle: "",
        recipients: ["Lưu: VT"],
      };
}

const TEXT_FIELDS = [
  "parentBody",
  "issuingBody",
  "number",
  "place",
  "subject",
  "signerRole",
  "signerTitle",
  "signerName",
] as const;

/**
 * Details from what a user saved (a JSON object with any of the ReportDetails fields) over the
 * defaults of the style. Unknown fields and wrong types are reported, not ignored silently.
 */
export function parseDetails(raw: unknown, style: ReportStyle, date: string): Result<ReportDetails> {
  const problem = (value: string) =>
    fail<ReportDetails>({
      level: "error",
      code: "invalid-value",
      params: {
        name: "thông tin báo cáo / report details",
        value,
        expected: `style, date, recipients, addressees, basis, ${TEXT_FIELDS.join(", ")}`,
      },
    });
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) return problem(String(raw));
  const input = raw as Record<string, unknown>;
  const chosenStyle = input.style === "party" || input.style === "state" ? input.style : style;
  const details: ReportDetails = { ...defaultDetails(chosenStyle, date) };
  for (const [key, value] of Object.entries(input)) {
    if (key === "style") {
      if (value !== "party" && value !== "state") return problem(`style: ${String(value)}`);
    } else if (key === "date") {
      const iso = typeof value === "string" ? parseIsoDate(value) : undefined;
      if (!iso) return problem(`date: ${String(value)}`);
      details.date = iso;
    } else if (key === "recipients" || key === "addressees" || key === "basis") {
      if (!Array.isArray(value) || !value.every((v) => typeof v === "string")) return problem(key);
      details[key] = value;
    } else if ((TEXT_FIELDS as readonly string[]).includes(key)) {
      if (typeof value !== "string") return problem(`${key}: ${String(value)}`);
      details[key as (typeof TEXT_FIELDS)[number]] = value;
    } else return problem(key);
  }
  return ok(details);
}
