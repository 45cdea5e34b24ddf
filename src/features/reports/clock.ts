import { belgianDate } from '../../platform/i18n/format.ts';

/**
 * Today in Belgium (YYYY-MM-DD): the day every reporting status is computed for. Services take
 * `today` as a parameter with this as its default, so tests and the daily job set the clock by
 * passing a day instead of changing the machine's time.
 */
export function belgianToday(): string {
  return belgianDate();
}

/** The Belgian day of an ISO moment (a submission's `submitted_at`). */
export function dayOf(iso: string): string {
  return belgianDate(iso);
}
