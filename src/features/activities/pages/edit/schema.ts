import { z } from 'zod';
import { choice, choices, optionalText, optionalWebsite, text } from '../../../../platform/http/fields.ts';
import { dayOf, whole } from '../../../actions/fields.ts';
import { DESCRIPTION_MAX, HOURS_MAX, PEOPLE_MAX, TITLE_MAX, type ActivityInput } from '../../service.ts';
import type { Activity } from '../../repository.ts';
import { fromBits, KINDS, SAFETY_KINDS, TAGS, VISIBILITIES } from '../../vocabulary.ts';

// The log's form: four fields first (kind, title, date, people reached), then the details, all
// optional. What only matters for one kind (hours and DigComp areas for a training, the kind of
// online-safety action) is accepted from every kind and dropped by the service for the others.

const typed = () =>
  z
    .string()
    .optional()
    .transform((s) => (s ?? '').trim());

const startDay = () =>
  typed().transform((s, ctx) => {
    const d = s ? dayOf(s) : null;
    if (!d) ctx.addIssue({ code: 'custom', message: s ? 'activities.error.date' : 'form.error.required' });
    return d ?? '';
  });

const endDay = () =>
  typed().transform((s, ctx) => {
    const d = s ? dayOf(s) : null;
    if (s && !d) ctx.addIssue({ code: 'custom', message: 'activities.error.date' });
    return d;
  });

/** "1,5" or "1.5" hours, as minutes (90); empty is none. */
const hours = () =>
  typed().transform((s, ctx) => {
    if (!s) return null;
    const h = /^\d{1,4}([.,]\d{1,2})?$/.test(s) ? Number(s.replace(',', '.')) : NaN;
    if (!(h > 0 && h <= HOURS_MAX)) {
      ctx.addIssue({ code: 'custom', message: 'activities.error.hours' });
      return null;
    }
    return Math.round(h * 60);
  });

export const activitySchema = z
  .object({
    kind: choice(KINDS, 'activities.error.kind'),
    title: text(TITLE_MAX, { min: 3 }),
    startsOn: startDay(),
    peopleReached: whole(0, PEOPLE_MAX, 'activities.error.people'),
    endsOn: endDay(),
    description: optionalText(DESCRIPTION_MAX),
    commitment: choices(TAGS.commitment),
    audience: choices(TAGS.audience),
    group: choices(TAGS.group),
    region: choices(TAGS.region),
    hoursPerPerson: hours(),
    digcomp: choices(TAGS.digcomp),
    safetyKind: z.union([z.literal(''), choice(SAFETY_KINDS)]).optional(),
    evidenceLink: optionalWebsite(),
    // Public unless said otherwise: the form shows it chosen, and a post without it means the same.
    visibility: choice(VISIBILITIES, 'activities.error.visibility').default('public'),
  })
  .superRefine((f, ctx) => {
    if (f.endsOn && f.startsOn && f.endsOn < f.startsOn)
      ctx.addIssue({ code: 'custom', path: ['endsOn'], message: 'activities.error.endBeforeStart' });
  });

export type ActivityForm = z.output<typeof activitySchema>;

export function toInput(f: ActivityForm): ActivityInput {
  return {
    kind: f.kind,
    title: f.title,
    startsOn: f.startsOn,
    endsOn: f.endsOn ?? null,
    peopleReached: f.peopleReached,
    description: f.description ?? null,
    tags: { commitment: f.commitment, audience: f.audience, group: f.group, digcomp: f.digcomp, region: f.region },
    minutesPerPerson: f.hoursPerPerson,
    safetyKind: f.safetyKind || null,
    evidenceLink: f.evidenceLink ?? null,
    visibility: f.visibility,
  };
}

/** 90 minutes as people write it: "1.5" (the form's own notation, read back by `hours`). */
const hoursText = (minutes: number | null) => (minutes === null ? '' : String(Math.round((minutes / 60) * 100) / 100));

/** A stored activity as the form's typed values, to edit it. */
export function valuesOf(a: Activity): Record<string, string | string[]> {
  return {
    kind: a.kind,
    title: a.title,
    startsOn: a.starts_on,
    peopleReached: String(a.people_reached),
    endsOn: a.ends_on ?? '',
    description: a.description ?? '',
    commitment: fromBits('commitment', a.commitment_bits),
    audience: fromBits('audience', a.audience_bits),
    group: fromBits('group', a.group_bits),
    region: fromBits('region', a.region_bits),
    hoursPerPerson: hoursText(a.minutes_per_person),
    digcomp: fromBits('digcomp', a.digcomp_bits),
    safetyKind: a.safety_kind ?? '',
    evidenceLink: a.evidence_link ?? '',
    visibility: a.visibility,
  };
}
