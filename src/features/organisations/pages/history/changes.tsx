import { usePage } from '../../../../platform/views/context.ts';
import type { Translate } from '../../../../platform/i18n/i18n.ts';
import { LANGUAGE_LABEL, REGION_LABEL, SECTOR_LABEL, SIZE_LABEL } from '../../vocabulary.ts';

// How a profile change reads in the history: "Website: https://old.be → https://new.be".

interface Change {
  from: unknown;
  to: unknown;
}

/** A label per profile field; a field added later shows its technical name until it gets one. */
const FIELD_LABEL: Record<string, string> = {
  legalName: 'organisations.history.field.legalName',
  sector: 'organisations.history.field.sector',
  sizeBand: 'organisations.history.field.sizeBand',
  regions: 'organisations.history.field.regions',
  languages: 'organisations.history.field.languages',
  website: 'organisations.history.field.website',
  description_nl: 'organisations.history.field.description_nl',
  description_fr: 'organisations.history.field.description_fr',
  description_de: 'organisations.history.field.description_de',
  description_en: 'organisations.history.field.description_en',
};

/** Stored codes in words, with the labels of the profile form itself. */
const VALUE_LABEL: Record<string, Record<string, string>> = {
  sector: SECTOR_LABEL,
  sizeBand: SIZE_LABEL,
  regions: REGION_LABEL,
  languages: LANGUAGE_LABEL,
};

function show(field: string, value: unknown, t: Translate): string {
  const labels = VALUE_LABEL[field];
  const one = (v: unknown) => (labels?.[String(v)] ? t(labels[String(v)]!) : String(v));
  if (Array.isArray(value)) return value.length ? value.map(one).join(', ') : t('organisations.history.change.none');
  if (value === null || value === undefined || value === '') return t('organisations.history.change.none');
  return one(value);
}

function logoLine(change: Change, t: Translate): string {
  if (!change.to) return t('organisations.history.change.logoRemoved');
  return change.from ? t('organisations.history.change.logoReplaced') : t('organisations.history.change.logoAdded');
}

export function ProfileChanges({ details }: { details: Record<string, unknown> }) {
  const { t } = usePage();
  const changes =
    details.changes && typeof details.changes === 'object' ? (details.changes as Record<string, Change>) : {};
  return (
    <ul>
      {Object.entries(changes).map(([field, change]) =>
        field === 'logo' ? (
          <li>{logoLine(change, t)}</li>
        ) : (
          <li>
            {t('organisations.history.change.line', {
              field: FIELD_LABEL[field] ? t(FIELD_LABEL[field]) : field,
              from: show(field, change.from, t),
              to: show(field, change.to, t),
            })}
          </li>
        ),
      )}
    </ul>
  );
}
