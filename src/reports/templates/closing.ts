/**
 * The end of a report's body, shared by the templates that end alike: the assessment, the proposals
 * left for the office to write, the notes on the tables above, then the signature with Nơi nhận
 * level with it.
 */
import type { Block } from "../render";

/**
 * The closing blocks of a report, in order:
 * - "ĐÁNH GIÁ" with `assessment` under it, when given (the units needing attention, or the plan the
 *   rules favour);
 * - "KIẾN NGHỊ, ĐỀ XUẤT" with three dotted lines for the office to write its proposals on;
 * - the footnotes, when `footnotes` (false where a template prints them under its table, or none);
 * - a blank row, the signature, and Nơi nhận level with it.
 */
export function closing(options: {
  assessment?: Extract<Block, { kind: "assessment" | "bestScenario" }>;
  footnotes: boolean;
}): Block[] {
  return [
    ...(options.assessment ? [{ kind: "heading", text: "ĐÁNH GIÁ" } as const, options.assessment] : []),
    { kind: "heading", text: "KIẾN NGHỊ, ĐỀ XUẤT" },
    { kind: "dottedLines", rows: 3 },
    ...(options.footnotes ? [{ kind: "footnotes" } as const] : []),
    { kind: "spacer" },
    { kind: "signature" },
    { kind: "recipients" },
  ];
}
