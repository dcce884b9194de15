/**
 * The pane's and the ribbon's language. Their texts and translators are in the one message
 * catalogue (src/core/messages); this folder keeps the pane's translators by area.
 */
import type { Lang } from "../core/messages";

export type { Lang };

/** The pane's language from Office's display language ("vi-VN", "en-US"): Vietnamese unless English. */
export function langFromDisplay(displayLanguage: string | undefined): Lang {
  return displayLanguage?.toLowerCase().startsWith("en") ? "en" : "vi";
}
