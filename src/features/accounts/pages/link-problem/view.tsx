import { Layout } from '../../../../platform/views/layout.tsx';
import { usePage, useHref } from '../../../../platform/views/context.ts';
import type { LinkProblem } from '../../outcome.ts';

const TITLE = {
  missing: 'accounts.link.missing.title',
  used: 'accounts.link.used.title',
  expired: 'accounts.link.expired.title',
  taken: 'accounts.link.taken.title',
} as const;

const BODY = {
  missing: 'accounts.link.missing.body',
  used: 'accounts.link.used.body',
  expired: 'accounts.link.expired.body',
  taken: 'accounts.link.taken.body',
} as const;

/** What to do next, per kind of link. */
const NEXT = {
  verify: { href: '/resend-verification', label: 'accounts.link.next.verify' },
  reset: { href: '/forgot-password', label: 'accounts.link.next.reset' },
  email: { href: '/account/email', label: 'accounts.link.next.email' },
  setup: { href: '/sign-in', label: 'accounts.link.next.setup' },
} as const;

export type LinkKind = keyof typeof NEXT;

/** A link from a mail that cannot be used: say why in plain words and offer the way forward. */
export function LinkProblemPage({ kind, problem }: { kind: LinkKind; problem: LinkProblem | 'taken' }) {
  const { t } = usePage();
  const href = useHref();
  const next = NEXT[kind];
  return (
    <Layout title={t(TITLE[problem])} noindex>
      <h1>{t(TITLE[problem])}</h1>
      <p>{t(BODY[problem])}</p>
      {kind === 'setup' ? <p>{t('accounts.link.setupHint')}</p> : null}
      <p>
        <a href={href(next.href)}>{t(next.label)}</a>
      </p>
    </Layout>
  );
}
