import { Layout } from '../../../../platform/views/layout.tsx';
import { usePage, useHref } from '../../../../platform/views/context.ts';
import { Button, Form } from '../../../../platform/views/form.tsx';
import type { LinkState } from '../../service-track.ts';

const PROBLEM = {
  missing: { title: 'referrals.join.missing.title', body: 'referrals.join.missing.body' },
  expired: { title: 'referrals.join.expired.title', body: 'referrals.join.expired.body' },
  revoked: { title: 'referrals.join.revoked.title', body: 'referrals.join.revoked.body' },
} as const;

/**
 * The page an invitation's link opens: who invites, what signing means, and one button that goes
 * on to the application form. Opening the page records nothing (mail scanners open links too);
 * the button does. A link that no longer works says why and still leads to signing.
 */
export function JoinPage({ state, token }: { state: LinkState; token: string }) {
  const { t } = usePage();
  const href = useHref();
  if (state.kind !== 'valid') {
    const problem = PROBLEM[state.kind];
    return (
      <Layout title={t(problem.title)} noindex>
        <div class="stack">
          <h1>{t(problem.title)}</h1>
          <p class="lead">{t(problem.body)}</p>
          <p>
            <a href={href('/sign')}>{t('referrals.join.signAnyway')}</a>
          </p>
        </div>
      </Layout>
    );
  }
  const title = t('referrals.join.title', { inviter: state.inviter.name });
  return (
    <Layout title={title} noindex>
      <div class="stack">
        <h1>{title}</h1>
        {state.inviteeName ? <p class="lead">{t('referrals.join.for', { org: state.inviteeName })}</p> : null}
        <p>{t('referrals.join.what')}</p>
        <p>
          <a href={href('/charter')}>{t('referrals.join.readCharter')}</a>
        </p>
        <p>{t('referrals.join.how')}</p>
        <Form action={href(`/join/${token}`)}>
          <Button>{t('referrals.join.start')}</Button>
        </Form>
        <p class="hint">{t('referrals.join.privacy', { inviter: state.inviter.name })}</p>
      </div>
    </Layout>
  );
}
