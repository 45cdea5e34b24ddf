import ical, { ICalCalendarMethod } from 'ical-generator';
import type { Lang } from '../../platform/i18n/i18n.ts';
import type { CampaignCard } from './service-public.ts';

// The campaigns as iCalendar (RFC 5545), written by ical-generator: one all-day event per
// campaign over its period, in the reader's language where the campaign has it, with the page's
// address and a UID that stays the same for the campaign whatever changes.

export const ICAL_TYPE = 'text/calendar; charset=utf-8';

const DAY = 86_400_000;

/** A calendar day as a Date at midnight UTC (an all-day event writes only the date). */
const dayAt = (day: string, plusDays = 0) => new Date(Date.parse(`${day}T00:00:00Z`) + plusDays * DAY);

export function campaignsCalendar(
  cards: readonly CampaignCard[],
  opts: { lang: Lang; baseUrl: string; name: string; host: string },
): string {
  const calendar = ical({
    name: opts.name,
    prodId: { company: 'Inclusio', product: 'campaigns', language: opts.lang.toUpperCase() },
    method: ICalCalendarMethod.PUBLISH,
  });
  for (const { campaign, shown } of cards) {
    const url = `${opts.baseUrl}/${opts.lang}/campaigns/${campaign.slug}`;
    calendar.createEvent({
      id: `campaign-${campaign.id}@${opts.host}`,
      allDay: true,
      start: dayAt(campaign.starts_on),
      // DTEND of an all-day event is the day after the last one (RFC 5545, 3.6.1).
      end: dayAt(campaign.ends_on, 1),
      // The last change is the stamp, so a calendar sees the same event unchanged until it changes.
      stamp: new Date(campaign.updated_at),
      summary: shown.text.title,
      description: [shown.text.aim, shown.text.cta_text, url].filter(Boolean).join('\n\n'),
      url,
    });
  }
  // RFC 5545 ends every content line with CRLF, the last one too; the library leaves it off.
  const text = calendar.toString();
  return text.endsWith('\r\n') ? text : `${text}\r\n`;
}
