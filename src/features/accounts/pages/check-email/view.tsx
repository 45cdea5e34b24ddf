import { Layout } from '../../../../platform/views/layout.tsx';
import { usePage, useHref } from '../../../../platform/views/context.ts';

const TEXT = {
  signUp: {
    title: 'accounts.checkEmail.signUp.title',
    body: 'accounts.checkEmail.signUp.body',
    again: '/resend-verification',
  },
  resend: {
    title: 'accounts.checkEmail.resend.title',
    body: 'accounts.checkEmail.resend.body',
    again: '/resend-verification',
  },
  forgot: {
    title: 'accounts.checkEmail.forgot.title',
    body: 'accounts.checkEmail.forgot.body',
    again: '/forgot-password',
  },
} as const;

export type CheckEmailKind = keyof typeof TEXT;

/** The same answer whether or not the address has an account: nothing here tells them apart. */
export function CheckEmailPage({ kind }: { kind: CheckEmailKind }) {
  const { t } = usePage();
  const href = useHref();
  const text = TEXT[kind];
  return (
    <Layout title={t(text.title)} noindex>
      <h1>{t(text.title)}</h1>
      <p class="lead">{t(text.body)}</p>
      <h2>{t('accounts.checkEmail.noMail.title')}</h2>
      <ul>
        <li>{t('accounts.checkEmail.noMail.spam')}</li>
        <li>{t('accounts.checkEmail.noMail.address')}</li>
        <li>
          <a href={href(text.again)}>{t('accounts.checkEmail.noMail.again')}</a>
        </li>
      </ul>
    </Layout>
  );
}
