/** Default alert threshold: one value for every list and query (DESIGN.md). Its own module: a batch's main thread states it without loading the matcher. */
export const DEFAULT_THRESHOLD = 0.7
