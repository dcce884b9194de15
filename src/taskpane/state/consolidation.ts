/**
 * The pane's consolidation job without React or a host: the options each return is checked with,
 * the consolidation of the returns read, and the agencies a report of it would lack.
 */
import type { AnalyseOptions } from "../../core/analyse";
import { consolidate, type Consolidation } from "../../core/analyse/consolidate";
import type { Analysis } from "../../core/types";
import { consolidatedAnalysis } from "../../jobs/consolidate";
import type { ReturnRead } from "../../jobs/returns";
import type { PaneSettings } from "../jobs";

/** A file the user picked: its name, and its bytes, read when its turn comes (one file at a time). */
export interface PickedFile {
  name: string;
  bytes(): Promise<Uint8Array>;
}

export interface ConsolidationState {
  /** The returns read, in the order the files were picked. */
  returns: ReturnRead[];
  /** What they were checked with: other settings make them stale ({@link isStale}). */
  options: AnalyseOptions;
  /** Of two returns of one agency, the later is used (the user said so). */
  useLater: boolean;
  result: Consolidation;
  /** Every unit counted, under its own agency's rules. */
  analysis: Analysis;
}

/**
 * What each return is checked with: the report date and the province class. Unit types, family and
 * rules come from each agency's own table, never from the pane's answers for one table.
 */
export function consolidationOptions(settings: PaneSettings): AnalyseOptions {
  return {
    date: settings.details.date,
    ...(settings.provinceClass ? { provinceClass: settings.provinceClass } : {}),
  };
}

export function consolidationOf(
  returns: ReturnRead[],
  useLater: boolean,
  options: AnalyseOptions,
): ConsolidationState {
  const result = consolidate(returns, { useLater });
  return { returns, options, useLater, result, analysis: consolidatedAnalysis(result, options) };
}

/** Whether the returns were checked with options other than the settings' now. */
export function isStale(state: ConsolidationState, settings: PaneSettings): boolean {
  return JSON.stringify(state.options) !== JSON.stringify(consolidationOptions(settings));
}

/**
 * The agencies a report of the consolidation would lack, each once: those missing (not read, or
 * whose totals disagree), and those that returned twice with no word on which return to use.
 */
export function gapsOf(c: Consolidation): string[] {
  const unresolved = c.duplicates.filter((d) => !d.resolved).map((d) => d.agency);
  return [...new Set([...c.missing.map((m) => m.agency), ...unresolved])];
}
