/** The template gallery without React: its entries, in TEMPLATES order, and why one cannot be inserted. */
import type { Lang } from "../../core/messages";
import { tGallery, type GalleryKey } from "../../i18n/preview";
import { TEMPLATES, type TemplateId, type TemplateInput } from "../../reports";

export interface GalleryEntry {
  id: TemplateId;
  label: string;
  description: string;
  orientation: string;
  disabled: boolean;
  /** Why the button is disabled; absent when it is enabled. */
  hint?: string;
}

const NEEDS: Record<TemplateInput, GalleryKey> = {
  "merge-analysis": "needMerge",
  analysis: "needAnalysis",
  roadmap: "needRoadmap",
  tracker: "needTracker",
  none: "unavailable",
  scenarios: "needScenarios",
  excess: "needExcess",
  consolidation: "needConsolidation",
};

export const TEMPLATE_IDS = Object.keys(TEMPLATES) as TemplateId[];

export function galleryEntries(
  lang: Lang,
  canInsert: (id: TemplateId) => boolean,
  busy: boolean,
): GalleryEntry[] {
  return TEMPLATE_IDS.map((id) => {
    const info = TEMPLATES[id];
    const allowed = canInsert(id);
    const hint = busy ? tGallery("busy", lang) : allowed ? undefined : tGallery(NEEDS[info.input], lang);
    return {
      id,
      label: info.label[lang],
      description: info.description[lang],
      orientation: tGallery(info.appendixOrientation ? "portraitLandscapeAppendix" : info.orientation, lang),
      disabled: busy || !allowed,
      ...(hint === undefined ? {} : { hint }),
    };
  });
}
