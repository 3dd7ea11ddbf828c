/**
 * One line of `npm run bench`'s targets: what is measured, the figure, the target, the share of
 * the target used, and "met" or "NOT met", so that a reader need not do the sum.
 * `atLeast` targets are floors (a speed-up); the others are ceilings (a time, a size).
 */
export function targetLine(what: string, figure: number, target: number, unit: string, options: { atLeast?: boolean; digits?: number } = {}): string {
  const digits = options.digits ?? 2;
  const met = options.atLeast ? figure >= target : figure <= target;
  const bound = options.atLeast ? 'at least' : 'at most';
  return `  ${what}: ${figure.toFixed(digits)} ${unit}, target ${bound} ${target} ${unit} (${(figure / target).toFixed(2)} of it): ${met ? 'met' : 'NOT met'}`;
}
