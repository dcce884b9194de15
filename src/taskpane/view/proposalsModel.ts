/** The proposals under the preview, without React: one entry per option, its lines, and what no merger fixes. */
import type { ProposeResult } from "../../core/analyse/propose";
import { formatNumber } from "../../core/format";
import type { Lang } from "../../core/messages";
import { t } from "../../i18n/app";

export interface ProposalEntry {
  title: string;
  moves: string[];
}

export interface ProposalsView {
  options: ProposalEntry[];
  /** Said instead of options when doing nothing ranks first. */
  nothing?: string;
  unfixable: string[];
  bounded?: string;
}

export function proposalsModel(r: ProposeResult, lang: Lang, max = 4): ProposalsView {
  const n = (x: number) => formatNumber(x, 0, lang);
  const acting = r.proposals.filter((p) => p.merges.length > 0).slice(0, max);
  const options = acting.map((p, i) => ({
    title: t("proposalOption", lang, {
      n: i + 1,
      units: n(p.score.units),
      below: n(p.score.belowMinimum),
      excess: n(p.score.excess),
    }),
    moves: p.moves.map((m) =>
      m.minimum !== undefined
        ? t("proposalMoveBelow", lang, { name: m.name, staff: n(m.staff), min: n(m.minimum), into: m.into })
        : t("proposalMove", lang, { name: m.name, staff: n(m.staff), into: m.into }),
    ),
  }));
  return {
    options,
    ...(r.proposals[0]?.merges.length === 0 ? { nothing: t("proposalsNothing", lang) } : {}),
    unfixable: r.unfixable.map((u) => t("proposalUnfixable", lang, { name: u.name })),
    ...(r.bounded.length > 0 ? { bounded: t("proposalsBounded", lang) } : {}),
  };
}
