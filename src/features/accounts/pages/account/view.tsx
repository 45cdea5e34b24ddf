import { Layout } from '../../../../platform/views/layout.tsx';
import { usePage, useHref } from '../../../../platform/views/context.ts';
import { Button, Form } from '../../../../platform/views/form.tsx';
import { Banner, SummaryList, Tag } from '../../../../platform/views/components.tsx';
import type { AccountOverview } from '../../service.ts';
import { NATIVE_NAME } from '../../../../platform/i18n/i18n.ts';

function VerifyBanner({ email }: { email: string }) {
  const { t } = usePage();
  const href = useHref();
  return (
    <Banner kind="warning" title={t('accounts.account.unverified.title')}>
      <p>{t('accounts.account.unverified.body', { email })}</p>
      <Form action={href('/account/resend-verification')}>
        <Button variant="secondary">{t('accounts.account.unverified.resend')}</Button>
      </Form>
    </Banner>
  );
}

export function AccountPage({ account, waitMinutes }: { account: AccountOverview; waitMinutes?: number }) {
  const { t, fmt, user } = usePage();
  const href = useHref();
  const change = t('accounts.account.change');
  return (
    <Layout title={t('accounts.account.title')} noindex>
      {waitMinutes ? (
        <Banner kind="warning" title={t('accounts.error.tooManyAttempts', { minutes: waitMinutes })} />
      ) : null}
      {account.emailVerified ? null : <VerifyBanner email={account.email} />}
      {account.pendingEmail ? (
        <Banner kind="info" title={t('accounts.account.pending.title')}>
          <p>
            {t('accounts.account.pending.body', {
              email: account.pendingEmail.email,
              until: fmt.dateTime(account.pendingEmail.expiresAt),
            })}
          </p>
        </Banner>
      ) : null}
      <h1>{t('accounts.account.title')}</h1>
      <SummaryList
        rows={[
          {
            key: t('accounts.field.name.label'),
            value: account.name,
            action: { href: href('/account/profile'), label: change, hidden: t('accounts.field.name.label') },
          },
          {
            key: t('accounts.field.email.label'),
            value: (
              <>
                {account.email}{' '}
                {account.emailVerified ? (
                  <Tag tone="green">{t('accounts.account.verified')}</Tag>
                ) : (
                  <Tag tone="yellow">{t('accounts.account.notVerified')}</Tag>
                )}
              </>
            ),
            action: { href: href('/account/email'), label: change, hidden: t('accounts.field.email.label') },
          },
          {
            key: t('accounts.field.password.label'),
            value: t('accounts.account.passwordHidden'),
            action: { href: href('/account/password'), label: change, hidden: t('accounts.field.password.label') },
          },
          {
            key: t('accounts.field.language.label'),
            value: NATIVE_NAME[account.locale],
            action: { href: href('/account/profile'), label: change, hidden: t('accounts.field.language.label') },
          },
          {
            key: t('accounts.account.secondFactor'),
            value: user?.hasSecondFactor ? (
              <Tag tone="green">{t('accounts.account.secondFactorOn')}</Tag>
            ) : (
              <Tag tone="grey">{t('accounts.account.secondFactorOff')}</Tag>
            ),
            action: {
              href: href('/account/second-factor'),
              label: t('accounts.account.secondFactorManage'),
              hidden: t('accounts.account.secondFactor'),
            },
          },
          ...(account.isSecretariat
            ? [{ key: t('accounts.account.role'), value: t('accounts.account.secretariat') }]
            : []),
          { key: t('accounts.account.since'), value: fmt.date(account.createdAt) },
        ]}
      />
      <h2>{t('accounts.account.notifications.title')}</h2>
      <p>
        {t('accounts.account.notifications.body')}{' '}
        <a href={href('/account/notifications')}>{t('accounts.account.notifications.link')}</a>
      </p>
      <h2>{t('accounts.account.sessions.title')}</h2>
      <p>{t('accounts.account.sessions.body', { count: account.sessions })}</p>
      <Form action={href('/account/sign-out-everywhere')}>
        <Button variant="warning">{t('accounts.account.sessions.submit')}</Button>
      </Form>
      <h2>{t('accounts.account.data.title')}</h2>
      <p>{t('accounts.account.data.body')}</p>
      <Form action={href('/account/data')}>
        <Button variant="secondary">{t('accounts.account.data.submit')}</Button>
      </Form>
      <h2>{t('accounts.account.close.title')}</h2>
      <p>
        {t('accounts.account.close.body')} <a href={href('/account/close')}>{t('accounts.account.close.link')}</a>
      </p>
    </Layout>
  );
}
