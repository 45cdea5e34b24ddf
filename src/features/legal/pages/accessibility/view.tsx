import { Layout } from '../../../../platform/views/layout.tsx';
import { usePage } from '../../../../platform/views/context.ts';
import { Banner } from '../../../../platform/views/components.tsx';
import { ContactDetails, Lines } from '../../components.tsx';
import type { LegalDetails } from '../../service.ts';

/** The day this statement was last reviewed; change it with every review. */
export const STATEMENT_DATE = '2026-11-29T12:00:00.000Z';

const TESTS = ['legal.a11y.testing.axe', 'legal.a11y.testing.keyboard', 'legal.a11y.testing.noScript'] as const;

/** Said above the known problems when they are not written in the page's language. */
const ONLY_IN = {
  nl: 'legal.a11y.limitations.onlyIn.nl',
  fr: 'legal.a11y.limitations.onlyIn.fr',
  de: 'legal.a11y.limitations.onlyIn.de',
  en: 'legal.a11y.limitations.onlyIn.en',
} as const;

export function AccessibilityPage({ details }: { details: LegalDetails }) {
  const { t, fmt, lang } = usePage();
  return (
    <Layout title={t('legal.a11y.title')}>
      <div class="prose">
        <h1>{t('legal.a11y.title')}</h1>
        <p class="lead">{t('legal.a11y.lead')}</p>

        <h2>{t('legal.a11y.standard.title')}</h2>
        <p>{t('legal.a11y.standard.text')}</p>
        <p>{t('legal.a11y.standard.status')}</p>

        <h2>{t('legal.a11y.testing.title')}</h2>
        <p>{t('legal.a11y.testing.intro')}</p>
        <ul>
          {TESTS.map((key) => (
            <li>{t(key)}</li>
          ))}
        </ul>

        <h2>{t('legal.a11y.limitations.title')}</h2>
        {details.limitations ? (
          <>
            {details.limitations.lang !== lang ? <Banner title={t(ONLY_IN[details.limitations.lang])} /> : null}
            <p lang={details.limitations.lang}>
              <Lines value={details.limitations.text} field={`limitations_${details.limitations.lang}`} />
            </p>
          </>
        ) : (
          <p>{t('legal.a11y.limitations.none')}</p>
        )}

        <h2>{t('legal.a11y.report.title')}</h2>
        <p>{t('legal.a11y.report.text')}</p>
        <p>{t('legal.a11y.report.alternative')}</p>
        <ContactDetails details={details} />

        <h2>{t('legal.a11y.enforcement.title')}</h2>
        <p>{t('legal.a11y.enforcement.text')}</p>
        <p>
          <Lines value={details.enforcementBody} field="enforcement_body" />
        </p>

        <p>{t('legal.a11y.date', { date: fmt.date(STATEMENT_DATE) })}</p>
      </div>
    </Layout>
  );
}
