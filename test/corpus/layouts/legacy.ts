import type { Layout } from "./types";

export const LAYOUTS: Layout[] = [];
