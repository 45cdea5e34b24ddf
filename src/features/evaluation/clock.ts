import { belgianDate } from '../../platform/i18n/format.ts';

/**
 * Today in Belgium (YYYY-MM-DD): the day an evaluation's phase is read for. Services take
 * `today` as a parameter with this as its default, so tests and the demo set the clock by
 * passing a day instead of changing the machine's time.
 */
export function belgianToday(): string {
  return belgianDate();
}

/** The day `days` after `day` (both YYYY-MM-DD; negative goes back). */
export function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T12:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}
