/** Nearest-rank percentile of an ascending array (0 when empty), so every phase reports alike. */
export const percentile = (sorted: readonly number[], p: number): number =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
