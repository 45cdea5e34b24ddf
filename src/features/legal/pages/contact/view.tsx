import { Layout } from '../../../../platform/views/layout.tsx';
import { usePage } from '../../../../platform/views/context.ts';
import { ContactDetails } from '../../components.tsx';
import type { LegalDetails } from '../../service.ts';

const HELP = [
  { title: 'legal.contact.help.epn.title', text: 'legal.contact.help.epn.text' },
  { title: 'legal.contact.help.digipunt.title', text: 'legal.contact.help.digipunt.text' },
  { title: 'legal.contact.help.safeonweb.title', text: 'legal.contact.help.safeonweb.text' },
] as const;

export function ContactPage({ details }: { details: LegalDetails }) {
  const { t } = usePage();
  return (
    <Layout title={t('legal.contact.title')}>
      <div class="stack">
        <h1>{t('legal.contact.title')}</h1>
        <p class="lead">{t('legal.contact.lead')}</p>

        <section aria-labelledby="secretariat">
          <h2 id="secretariat">{t('legal.contact.secretariat.title')}</h2>
          <ContactDetails details={details} />
          <p>{t('legal.contact.secretariat.languages')}</p>
          <p>{t('legal.contact.secretariat.paper')}</p>
        </section>

        <section aria-labelledby="help">
          <h2 id="help">{t('legal.contact.help.title')}</h2>
          <p>{t('legal.contact.help.intro')}</p>
          <ul class="card-list">
            {HELP.map((h) => (
              <li class="card">
                <h3>{t(h.title)}</h3>
                <p>{t(h.text)}</p>
              </li>
            ))}
          </ul>
        </section>
      </div>
    </Layout>
  );
}
