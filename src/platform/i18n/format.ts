import { LOCALE_TAG, type Lang } from './i18n.ts';

// One way to format dates and numbers: always through these, always in Belgian time.
const TZ = 'Europe/Brussels';

export interface Formatters {
  date(iso: string | null | undefined): string;
  dateTime(iso: string | null | undefined): string;
  number(n: number): string;
}

const cache = new Map<Lang, Formatters>();

/** Intl objects are costly to build and immutable: one set per language for the process. */
export function formatters(lang: Lang): Formatters {
  let f = cache.get(lang);
  if (!f) {
    f = buildFormatters(lang);
    cache.set(lang, f);
  }
  return f;
}

function buildFormatters(lang: Lang): Formatters {
  const tag = LOCALE_TAG[lang];
  const dateFmt = new Intl.DateTimeFormat(tag, { dateStyle: 'long', timeZone: TZ });
  const dateTimeFmt = new Intl.DateTimeFormat(tag, { dateStyle: 'long', timeStyle: 'short', timeZone: TZ });
  const numberFmt = new Intl.NumberFormat(tag);
  return {
    date: (iso) => (iso ? dateFmt.format(new Date(iso)) : ''),
    dateTime: (iso) => (iso ? dateTimeFmt.format(new Date(iso)) : ''),
    number: (n) => numberFmt.format(n),
  };
}

// Made once: building an Intl formatter costs more than most of a page's queries.
const belgianDay = new Intl.DateTimeFormat('en-CA', {
  timeZone: TZ,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** A moment's calendar date in Belgium (today when left out), as YYYY-MM-DD. */
export function belgianDate(at: Date | string | number = new Date()): string {
  return belgianDay.format(typeof at === 'string' ? new Date(at) : at);
}

/** The machine-readable date for <time datetime>. */
export function isoDate(iso: string): string {
  return iso.slice(0, 10);
}
