/**
 * Nearest-rank percentile of an ascending array (0 when empty), so every phase reports alike:
 * the value at rank ⌈p/100 × n⌉. The p95 of 20 runs is the 19th, of 10 runs the 10th (the worst).
 */
export const percentile = (sorted: readonly number[], p: number): number =>
  sorted[Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length))) - 1] ?? 0;
