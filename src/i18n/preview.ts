/**
 * Translators of the preview (summary, chart, flagged units, excess deputies), the report details
 * form and the template gallery; the texts are in src/core/messages/preview.ts.
 */
import { CHART, DETAILS, GALLERY, PREVIEW, translator } from "../core/messages";

export type PreviewKey = keyof typeof PREVIEW;
export type ChartKey = keyof typeof CHART;
export type DetailsKey = keyof typeof DETAILS;
export type GalleryKey = keyof typeof GALLERY;

export const tPreview = translator(PREVIEW);
export const tChart = translator(CHART);
export const tDetails = translator(DETAILS);
export const tGallery = translator(GALLERY);
