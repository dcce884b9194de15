/** What every command shares at its end: the version, issues as JSON, and saving a report to each -o file. */
import { readFileSync } from "fs";
import path from "path";
import { issueMessage, levelLabel, type Lang } from "../core/messages";
import type { Issue } from "../core/types";
import { saveReport } from "../hosts/xlsx/saveReport";
import type { ReportDoc } from "../reports";
import type { Io } from "./main";
import { t } from "./strings";

const ROOT = path.resolve(__dirname, "..", "..");

export function version(): string {
  return (JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8")) as { version: string }).version;
}

export function issuesJson(issues: readonly Issue[], lang: Lang) {
  return issues.map((i) => ({
    level: i.level,
    code: i.code,
    cell: i.cell ?? null,
    message: issueMessage(i, lang),
  }));
}

/**
 * Save `doc` to each of `outputs` (never over `inputs`, nor an existing file without `force`);
 * returns the problems. "Đã ghi …" on stdout unless JSON; the writer's own notes on stderr.
 */
export async function saveAll(
  doc: ReportDoc,
  io: Io,
  o: { outputs: readonly string[]; inputs: readonly string[]; force: boolean; json: boolean; lang: Lang },
): Promise<Issue[]> {
  const problems: Issue[] = [];
  const inputs = [...new Set(o.inputs.map((f) => path.resolve(io.cwd, f)))];
  for (const output of o.outputs) {
    const saved = await saveReport(doc, path.resolve(io.cwd, output), { force: o.force, inputs });
    if (!saved.ok) {
      problems.push(saved.issue);
      continue;
    }
    if (!o.json)
      io.out(
        `${t("wrote", o.lang, { file: path.relative(io.cwd, saved.value.path) || saved.value.path })}\n`,
      );
    // The report's own notes repeat the analysis issues printed anyway; print only the writer's.
    for (const note of saved.value.notes.filter((n) => !doc.notes.includes(n)))
      io.err(`${levelLabel("info", o.lang)}: ${note}\n`);
  }
  return problems;
}
