import { Banner, MultiLine, SummaryList, Tag, type SummaryRow } from '../../platform/views/components.tsx';
import { usePage, useHref } from '../../platform/views/context.ts';
import { LANGS } from '../../platform/i18n/i18n.ts';
import { formatEnterpriseNumber } from '../organisations/enterprise-number.ts';
import type { OrganisationProfile } from '../organisations/service-registration.ts';
import { LANGUAGE_LABEL, REGION_LABEL, SECTOR_LABEL, SIZE_LABEL } from '../organisations/vocabulary.ts';
import { SIGNING_METHOD, STATUS_LABEL, STATUS_TONE } from './labels.ts';
import type { ApplicationStatus } from './signing.table.ts';
import type { SignatureView } from './service.ts';

const DESCRIPTION_IN = {
  nl: 'signing.summary.description.nl',
  fr: 'signing.summary.description.fr',
  de: 'signing.summary.description.de',
  en: 'signing.summary.description.en',
} as const;

export function StatusTag({ status }: { status: ApplicationStatus }) {
  const { t } = usePage();
  return <Tag tone={STATUS_TONE[status]}>{t(STATUS_LABEL[status])}</Tag>;
}

// MultiLine is the platform's now (platform/views/components.tsx): the exchange shows posts with it too.
export { MultiLine };

export function OrganisationSummary({ org, publicLinks = true }: { org: OrganisationProfile; publicLinks?: boolean }) {
  const { t } = usePage();
  const href = useHref();
  const rows: SummaryRow[] = [
    { key: t('signing.profile.legalName.label'), value: org.legalName },
    { key: t('signing.apply.enterpriseNumber.label'), value: formatEnterpriseNumber(org.enterpriseNumber) },
    { key: t('signing.profile.sector.label'), value: t(SECTOR_LABEL[org.sector]) },
    { key: t('signing.profile.size.label'), value: t(SIZE_LABEL[org.sizeBand]) },
    { key: t('signing.profile.regions.label'), value: org.regions.map((r) => t(REGION_LABEL[r])).join(', ') },
    { key: t('signing.profile.languages.label'), value: org.languages.map((l) => t(LANGUAGE_LABEL[l])).join(', ') },
    {
      key: t('signing.profile.website.label'),
      value: org.website ? (
        <a href={org.website} rel="nofollow noopener">
          {org.website}
        </a>
      ) : (
        t('signing.summary.none')
      ),
    },
  ];
  for (const l of LANGS) {
    const text = org.descriptions[l];
    if (text) rows.push({ key: t(DESCRIPTION_IN[l]), value: <MultiLine text={text} lang={l} /> });
  }
  rows.push({
    key: t('signing.profile.logo.label'),
    value: org.logoFile ? (
      <img src={`/media/logos/${org.logoFile}`} alt={t('signing.summary.logoOf', { org: org.legalName })} width={160} />
    ) : (
      t('signing.summary.none')
    ),
  });
  if (org.invitedBy) {
    rows.push({
      key: t('signing.apply.invitedBy.label'),
      value: publicLinks ? (
        <a href={href(`/signatories/${org.invitedBy.slug}`)}>{org.invitedBy.legalName}</a>
      ) : (
        org.invitedBy.legalName
      ),
    });
  }
  return <SummaryList rows={rows} />;
}

/**
 * Says that the people's names and addresses in a record were removed, when, and why. Shown
 * above an application whose retention period ended (retention.ts).
 */
export function ErasedNotice({ at }: { at: string }) {
  const { t, fmt } = usePage();
  const href = useHref();
  return (
    <Banner title={t('signing.erased.title', { date: fmt.date(at) })}>
      <p>
        {t('signing.erased.text')} <a href={href('/privacy')}>{t('signing.erased.privacy')}</a>
      </p>
    </Banner>
  );
}

/** A signature's facts; `scanHref` (the secretariat's pages only) links to a paper signature's scan. */
export function SignatureSummary({ signature, scanHref }: { signature: SignatureView; scanHref?: string }) {
  const { t, fmt } = usePage();
  const removed = t('signing.erased.value');
  return (
    <SummaryList
      rows={[
        {
          key: t('signing.signature.signer'),
          value: signature.erased ? removed : `${signature.signerName}, ${signature.signerTitle}`,
        },
        { key: t('signing.signature.email'), value: signature.erased ? removed : signature.signerEmail },
        {
          key: t('signing.signature.at'),
          value: <time dateTime={signature.signedAt}>{fmt.dateTime(signature.signedAt)}</time>,
        },
        {
          key: t('signing.signature.version'),
          value: signature.charterVersion === null ? '' : fmt.number(signature.charterVersion),
        },
        {
          key: t('signing.signature.lang'),
          value: (LANGS as readonly string[]).includes(signature.lang)
            ? t(LANGUAGE_LABEL[signature.lang as keyof typeof LANGUAGE_LABEL])
            : signature.lang,
        },
        { key: t('signing.signature.hash'), value: <code class="hash">{signature.textHash}</code> },
        {
          key: t('signing.signature.method'),
          value: (
            <>
              {t(SIGNING_METHOD[signature.method])}
              {signature.method === 'paper' && scanHref ? (
                <>
                  <br />
                  <a href={scanHref} download>
                    {t('signing.signature.scan')}
                  </a>
                </>
              ) : null}
            </>
          ),
        },
      ]}
    />
  );
}
