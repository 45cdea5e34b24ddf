import { SummaryList, Tag } from '../../platform/views/components.tsx';
import { usePage, useHref } from '../../platform/views/context.ts';
import type { LegalDetails, SettingsField } from './service.ts';

/**
 * A detail the secretariat has not filled in yet: said plainly rather than left blank. The
 * secretariat also gets a link to the field that fills it in.
 */
export function Placeholder({ field }: { field: SettingsField }) {
  const { t, user } = usePage();
  const href = useHref();
  const tag = <Tag tone="yellow">{t('legal.placeholder')}</Tag>;
  if (!user?.isSecretariat) return tag;
  return (
    <>
      {tag} <a href={href(`/secretariat/settings#field-${field}`)}>{t('legal.placeholder.fill')}</a>
    </>
  );
}

/** Text with line breaks kept (an address), or the placeholder. */
export function Lines({ value, field }: { value: string | null; field: SettingsField }) {
  if (!value) return <Placeholder field={field} />;
  const lines = value.split(/\r?\n/);
  return <>{lines.map((line, i) => (i === 0 ? line : [<br />, line]))}</>;
}

/** How to reach the secretariat: e-mail, phone and post. */
export function ContactDetails({ details }: { details: LegalDetails }) {
  const { t } = usePage();
  return (
    <SummaryList
      rows={[
        {
          key: t('legal.contact.email'),
          value: details.email ? (
            <a href={`mailto:${details.email}`}>{details.email}</a>
          ) : (
            <Placeholder field="email" />
          ),
        },
        {
          key: t('legal.contact.phone'),
          value: details.phone ? (
            <a href={`tel:${details.phone.replace(/[^+0-9]/g, '')}`}>{details.phone}</a>
          ) : (
            <Placeholder field="phone" />
          ),
        },
        { key: t('legal.contact.post'), value: <Lines value={details.postalAddress} field="postal_address" /> },
      ]}
    />
  );
}
