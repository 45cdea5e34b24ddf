import { Layout } from '../../../../platform/views/layout.tsx';
import { usePage, useHref } from '../../../../platform/views/context.ts';
import { BackLink } from '../../../../platform/views/components.tsx';
import type { Certificate } from '../../service.ts';

/** A character that never occurs in a translation: marks where the <time> element goes. */
const DATE_MARK = '\u2063';

/** A printable certificate: the browser's print function (or "Save as PDF") does the rest. */
export function CertificatePage({ certificate: c }: { certificate: Certificate }) {
  const { t, fmt, baseUrl, lang } = usePage();
  const href = useHref();
  const profilePath = `/signatories/${encodeURIComponent(c.slug)}`;
  const [before = '', after = ''] = t('signatories.certificate.signedOn', { date: DATE_MARK }).split(DATE_MARK);
  return (
    <Layout title={t('signatories.certificate.pageTitle', { name: c.name })}>
      <BackLink href={href(profilePath)}>{t('signatories.certificate.back')}</BackLink>
      <div class="certificate stack">
        <p class="caption">{t('signatories.certificate.kicker')}</p>
        <h1>{c.name}</h1>
        <p class="lead">
          {before}
          <time datetime={c.signedAt}>{fmt.date(c.signedAt)}</time>
          {after}
        </p>
        {c.charterVersion !== null ? (
          <p>{t('signatories.certificate.version', { version: c.charterVersion })}</p>
        ) : null}
        {c.signer ? (
          <p>
            {t('signatories.certificate.signedBy')} <strong>{c.signer.name}</strong>, {c.signer.title}
          </p>
        ) : null}
        <p class="hint">
          {t('signatories.certificate.verify')} <span>{`${baseUrl}/${lang}${profilePath}`}</span>
        </p>
      </div>
      <p class="hint">{t('signatories.certificate.printHint')}</p>
    </Layout>
  );
}
