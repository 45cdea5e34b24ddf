import type { FormState } from '../../../../platform/views/form.tsx';
import type { RevisionView } from '../../service-read.ts';
import { fromBits, TAG_COLUMN, TAG_NAMES } from '../../vocabulary.ts';
import { LINK_ROWS, linksOf, type PracticeForm } from './schema.ts';
import type { PracticeInput } from '../../service-writing.ts';

/** The form's values from a stored revision, with the text in `lang` (the original if it has none). */
export function valuesOf(view: RevisionView, lang: string): FormState['values'] {
  const r = view.revision;
  const text = view.texts.find((x) => x.lang === lang) ?? view.texts.find((x) => x.is_original);
  const values: FormState['values'] = {
    lang: text?.lang ?? lang,
    title: text?.title ?? '',
    summary: text?.summary ?? '',
    body: text?.body ?? '',
    results: text?.results ?? '',
    periodStart: r.period_start ?? '',
    periodEnd: r.period_end ?? '',
    peopleReached: r.people_reached === null ? '' : String(r.people_reached),
    contactName: r.contact_name,
    contactEmail: r.contact_email,
  };
  for (const tag of TAG_NAMES) values[tag] = fromBits(tag, Number(r[TAG_COLUMN[tag]]));
  view.links.slice(0, LINK_ROWS).forEach((l, i) => {
    values[`link${i + 1}Url`] = l.url;
    values[`link${i + 1}Label`] = l.label === l.url ? '' : l.label;
  });
  return values;
}

/** The checked form as the service takes it. */
export function toInput(form: PracticeForm): PracticeInput {
  return {
    lang: form.lang,
    title: form.title,
    summary: form.summary,
    body: form.body,
    results: form.results,
    tags: {
      cause: form.cause,
      group: form.group,
      commitment: form.commitment,
      audience: form.audience,
      digcomp: form.digcomp,
      region: form.region,
      language: form.language,
    },
    periodStart: form.periodStart,
    periodEnd: form.periodEnd,
    peopleReached: form.peopleReached,
    links: linksOf(form),
    contactName: form.contactName,
    contactEmail: form.contactEmail,
  };
}
