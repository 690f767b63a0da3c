/** The share of closed tasks that were completed, as a whole percentage; a dash reads as "none closed yet". */
export function formatCompletionRate(rate: number | null | undefined): string {
  if (rate === null || rate === undefined || !Number.isFinite(rate)) return 'None closed';
  const clamped = Math.min(1, Math.max(0, rate));
  return `${Math.round(clamped * 100)}%`;
}
