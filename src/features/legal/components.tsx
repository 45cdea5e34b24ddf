import { SummaryList, Tag } from '../../platform/views/components.tsx';
import { usePage } from '../../platform/views/context.ts';
import type { LegalDetails } from './service.ts';

/** A detail the secretariat has not filled in yet: said plainly rather than left blank. */
export function Placeholder() {
  const { t } = usePage();
  return <Tag tone="yellow">{t('legal.placeholder')}</Tag>;
}

/** Text with line breaks kept (an address), or the placeholder. */
export function Lines({ value }: { value: string | null }) {
  if (!value) return <Placeholder />;
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
          value: details.email ? <a href={`mailto:${details.email}`}>{details.email}</a> : <Placeholder />,
        },
        {
          key: t('legal.contact.phone'),
          value: details.phone ? (
            <a href={`tel:${details.phone.replace(/[^+0-9]/g, '')}`}>{details.phone}</a>
          ) : (
            <Placeholder />
          ),
        },
        { key: t('legal.contact.post'), value: <Lines value={details.postalAddress} /> },
      ]}
    />
  );
}
