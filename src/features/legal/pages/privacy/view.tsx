import { Layout } from '../../../../platform/views/layout.tsx';
import { usePage } from '../../../../platform/views/context.ts';
import { cookieName } from '../../../../platform/http/cookies.ts';
import { SummaryList, Table } from '../../../../platform/views/components.tsx';
import { ContactDetails } from '../../components.tsx';
import type { LegalDetails } from '../../service.ts';

// What the platform keeps, one section each: what, why, on what legal ground, for how long.
const DATA = [
  {
    id: 'account',
    title: 'legal.privacy.account.title',
    what: 'legal.privacy.account.what',
    why: 'legal.privacy.account.why',
    basis: 'legal.privacy.basis.service',
    kept: 'legal.privacy.account.kept',
  },
  {
    id: 'signature',
    title: 'legal.privacy.signature.title',
    what: 'legal.privacy.signature.what',
    why: 'legal.privacy.signature.why',
    basis: 'legal.privacy.basis.interest',
    kept: 'legal.privacy.signature.kept',
  },
  {
    id: 'audit',
    title: 'legal.privacy.audit.title',
    what: 'legal.privacy.audit.what',
    why: 'legal.privacy.audit.why',
    basis: 'legal.privacy.basis.interest',
    kept: 'legal.privacy.audit.kept',
  },
  {
    id: 'sessions',
    title: 'legal.privacy.sessions.title',
    what: 'legal.privacy.sessions.what',
    why: 'legal.privacy.sessions.why',
    basis: 'legal.privacy.basis.service',
    kept: 'legal.privacy.sessions.kept',
  },
  {
    id: 'abuse',
    title: 'legal.privacy.abuse.title',
    what: 'legal.privacy.abuse.what',
    why: 'legal.privacy.abuse.why',
    basis: 'legal.privacy.basis.interest',
    kept: 'legal.privacy.abuse.kept',
  },
] as const;

const COOKIES = [
  { name: 'sid', purpose: 'legal.privacy.cookies.sid.purpose', duration: 'legal.privacy.cookies.sid.duration' },
  { name: '_csrf', purpose: 'legal.privacy.cookies.csrf.purpose', duration: 'legal.privacy.cookies.csrf.duration' },
  { name: 'flash', purpose: 'legal.privacy.cookies.flash.purpose', duration: 'legal.privacy.cookies.flash.duration' },
] as const;

const NO_TRACKING = [
  'legal.privacy.none.tracking',
  'legal.privacy.none.thirdParties',
  'legal.privacy.none.sharing',
] as const;

const RIGHTS = [
  'legal.privacy.rights.access',
  'legal.privacy.rights.correct',
  'legal.privacy.rights.delete',
  'legal.privacy.rights.restrict',
  'legal.privacy.rights.object',
  'legal.privacy.rights.portability',
] as const;

export function PrivacyPage({ details }: { details: LegalDetails }) {
  const { t, baseUrl } = usePage();
  const secureCookies = baseUrl.startsWith('https://');
  return (
    <Layout title={t('legal.privacy.title')}>
      <div class="stack">
        <h1>{t('legal.privacy.title')}</h1>
        <p class="lead">{t('legal.privacy.lead')}</p>

        <section aria-labelledby="controller">
          <h2 id="controller">{t('legal.privacy.controller.title')}</h2>
          <p>{t('legal.privacy.controller.text')}</p>
          <ContactDetails details={details} />
        </section>

        <section aria-labelledby="data">
          <h2 id="data">{t('legal.privacy.data.title')}</h2>
          {DATA.map((d) => (
            <section aria-labelledby={`data-${d.id}`}>
              <h3 id={`data-${d.id}`}>{t(d.title)}</h3>
              <SummaryList
                rows={[
                  { key: t('legal.privacy.row.what'), value: t(d.what) },
                  { key: t('legal.privacy.row.why'), value: t(d.why) },
                  { key: t('legal.privacy.row.basis'), value: t(d.basis) },
                  { key: t('legal.privacy.row.kept'), value: t(d.kept) },
                ]}
              />
            </section>
          ))}
        </section>

        <section aria-labelledby="cookies">
          <h2 id="cookies">{t('legal.privacy.cookies.title')}</h2>
          <p>{t('legal.privacy.cookies.intro')}</p>
          <Table
            caption={t('legal.privacy.cookies.caption')}
            rows={[...COOKIES]}
            columns={[
              // As the browser shows it: behind HTTPS the names carry the __Host- prefix.
              {
                header: t('legal.privacy.cookies.name'),
                cell: (c) => <code>{cookieName({ secureCookies }, c.name)}</code>,
              },
              { header: t('legal.privacy.cookies.purpose'), cell: (c) => t(c.purpose) },
              { header: t('legal.privacy.cookies.duration'), cell: (c) => t(c.duration) },
            ]}
          />
        </section>

        <section aria-labelledby="none">
          <h2 id="none">{t('legal.privacy.none.title')}</h2>
          <ul>
            {NO_TRACKING.map((key) => (
              <li>{t(key)}</li>
            ))}
          </ul>
        </section>

        <section aria-labelledby="rights">
          <h2 id="rights">{t('legal.privacy.rights.title')}</h2>
          <p>{t('legal.privacy.rights.intro')}</p>
          <ul>
            {RIGHTS.map((key) => (
              <li>{t(key)}</li>
            ))}
          </ul>
          <p>{t('legal.privacy.rights.how')}</p>
          <p>{t('legal.privacy.rights.complaint')}</p>
          <p>
            <a href={t('legal.privacy.dpa.url')}>{t('legal.privacy.dpa.link')}</a>
          </p>
        </section>
      </div>
    </Layout>
  );
}
