import { Layout } from '../../../../platform/views/layout.tsx';
import { usePage, useHref } from '../../../../platform/views/context.ts';
import { Banner, ButtonLink, SummaryList } from '../../../../platform/views/components.tsx';
import { Button, Form } from '../../../../platform/views/form.tsx';
import type { InvitationState, InvitationSummary } from '../../invitations.ts';
import { INVITATION_DAYS } from '../../invitations.ts';
import { ROLE_LABEL, When } from '../shared.tsx';

/** HTTP status for each state, so a refused or dead link is not a 200. */
export const INVITATION_STATUS = {
  invalid: 404,
  expired: 410,
  anonymous: 200,
  wrongAccount: 200,
  unverified: 200,
  alreadyMember: 200,
  ready: 200,
} as const satisfies Record<InvitationState['kind'], number>;

export function InvitationPage({
  state,
  path,
  signedInEmail,
}: {
  state: InvitationState;
  path: string;
  signedInEmail: string | null;
}) {
  const { t } = usePage();
  if (state.kind === 'invalid') {
    const title = t('organisations.invitation.invalid.title');
    return (
      <Layout title={title} noindex>
        <h1>{title}</h1>
        <p>{t('organisations.invitation.invalid.body')}</p>
        <p>{t('organisations.invitation.askAgain')}</p>
      </Layout>
    );
  }
  const inv = state.invitation;
  if (state.kind === 'expired') {
    const title = t('organisations.invitation.expired.title');
    return (
      <Layout title={title} noindex>
        <h1>{title}</h1>
        <p>{t('organisations.invitation.expired.body', { org: inv.orgName, days: INVITATION_DAYS })}</p>
        <p>{t('organisations.invitation.askAgain')}</p>
      </Layout>
    );
  }
  const title = t('organisations.invitation.title', { org: inv.orgName });
  return (
    <Layout title={title} noindex>
      <h1>{title}</h1>
      <Details invitation={inv} />
      <Next state={state} path={path} signedInEmail={signedInEmail} />
    </Layout>
  );
}

function Details({ invitation }: { invitation: InvitationSummary }) {
  const { t } = usePage();
  return (
    <SummaryList
      rows={[
        { key: t('organisations.invitation.row.organisation'), value: invitation.orgName },
        { key: t('organisations.invitation.row.role'), value: t(ROLE_LABEL[invitation.role]) },
        { key: t('organisations.invitation.row.email'), value: invitation.email },
        { key: t('organisations.invitation.row.validUntil'), value: <When iso={invitation.expiresAt} /> },
      ]}
    />
  );
}

function Next({ state, path, signedInEmail }: { state: InvitationState; path: string; signedInEmail: string | null }) {
  const { t } = usePage();
  const href = useHref();
  if (state.kind === 'invalid' || state.kind === 'expired') return null;
  const inv = state.invitation;
  const next = `?next=${encodeURIComponent(path)}`;
  switch (state.kind) {
    case 'anonymous':
      return (
        <>
          <p>{t('organisations.invitation.anonymous.body', { email: inv.email })}</p>
          <div class="button-group">
            <ButtonLink href={href(`/sign-in${next}`)}>{t('organisations.invitation.anonymous.signIn')}</ButtonLink>
            <ButtonLink href={href(`/sign-up${next}`)} variant="secondary">
              {t('organisations.invitation.anonymous.signUp')}
            </ButtonLink>
          </div>
        </>
      );
    case 'wrongAccount':
      return (
        <Banner kind="warning" title={t('organisations.invitation.wrongAccount.title')}>
          <p>{t('organisations.invitation.wrongAccount.body', { current: signedInEmail ?? '', email: inv.email })}</p>
        </Banner>
      );
    case 'unverified':
      return (
        <Banner kind="warning" title={t('organisations.invitation.unverified.title')}>
          <p>{t('organisations.invitation.unverified.body', { email: inv.email })}</p>
          <p>
            <a href={href('/account')}>{t('organisations.invitation.unverified.link')}</a>
          </p>
        </Banner>
      );
    case 'alreadyMember':
      return (
        <>
          <p>{t('organisations.invitation.alreadyMember.body', { org: inv.orgName })}</p>
          <p>
            <a href={href(`/organisations/${inv.orgId}`)}>
              {t('organisations.invitation.toSpace', { org: inv.orgName })}
            </a>
          </p>
        </>
      );
    case 'ready':
      return (
        <>
          <p>{t('organisations.invitation.ready.body', { org: inv.orgName, role: inv.role })}</p>
          <Form action={path}>
            <Button>{t('organisations.invitation.ready.accept', { org: inv.orgName })}</Button>
          </Form>
        </>
      );
  }
}
