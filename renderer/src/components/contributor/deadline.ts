import type { Lang } from '../../../../shared/model/localized.js';
import type { UiKey, UiParams } from '../../i18n/translate.js';

/** Whole days from `today` (the reader's calendar day) to a `YYYY-MM-DD` deadline; negative once past. */
export function daysUntil(deadline: string, today: Date): number {
  const [y, m, d] = deadline.split('-').map(Number) as [number, number, number];
  const due = Date.UTC(y, m - 1, d);
  const now = Date.UTC(today.getFullYear(), today.getMonth(), today.getDate());
  return Math.round((due - now) / 86_400_000);
}

/** A `YYYY-MM-DD` date as the reader's language writes it: "31 mars 2021", "31 March 2021". */
export function formatDay(date: string, lang: Lang): string {
  return new Intl.DateTimeFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${date}T00:00:00Z`));
}

/** How far the deadline is, as an interface string: "in 12 days", "tomorrow", "overdue by 3 days". */
export function remaining(days: number): { key: UiKey; params: UiParams; overdue: boolean } {
  if (days === 0) return { key: 'contributor.dueToday', params: {}, overdue: false };
  if (days === 1) return { key: 'contributor.dueTomorrow', params: {}, overdue: false };
  if (days > 1) return { key: 'contributor.dueIn', params: { n: days }, overdue: false };
  if (days === -1) return { key: 'contributor.overdueOne', params: {}, overdue: true };
  return { key: 'contributor.overdue', params: { n: -days }, overdue: true };
}
