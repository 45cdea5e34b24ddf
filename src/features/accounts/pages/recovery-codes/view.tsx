import { Layout } from '../../../../platform/views/layout.tsx';
import { usePage, useHref } from '../../../../platform/views/context.ts';
import { Banner, ButtonLink } from '../../../../platform/views/components.tsx';

/** The ten recovery codes, shown once, right after they were made. */
export function RecoveryCodesPage({ codes, next, justEnrolled }: { codes: string[]; next: string | null; justEnrolled: boolean }) {
  const { t } = usePage();
  const href = useHref();
  const title = t('accounts.recoveryCodes.title');
  return (
    <Layout title={title} noindex>
      {justEnrolled ? <Banner kind="success" title={t('accounts.secondFactor.enabled')} /> : null}
      <h1>{title}</h1>
      <p class="lead">{t('accounts.recoveryCodes.lead')}</p>
      <Banner kind="warning" title={t('accounts.recoveryCodes.onlyOnce')}>
        <p>{t('accounts.recoveryCodes.keep')}</p>
      </Banner>
      <ol class="recovery-codes">
        {codes.map((code) => (
          <li>
            <code>{code}</code>
          </li>
        ))}
      </ol>
      <p>{t('accounts.recoveryCodes.eachOnce')}</p>
      <ButtonLink href={next ?? href('/account/second-factor')}>{t('accounts.recoveryCodes.done')}</ButtonLink>
    </Layout>
  );
}
