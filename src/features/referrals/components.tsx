import { usePage } from '../../platform/views/context.ts';
import { Tag } from '../../platform/views/components.tsx';
import type { Referral } from './service-read.ts';

// Parts the referrals' pages share: an invitation's state as a tag, in words and with its date.

const STATE_LABEL = {
  sent: 'referrals.state.sent',
  opened: 'referrals.state.opened',
  applied: 'referrals.state.applied',
  signed: 'referrals.state.signed',
  revoked: 'referrals.state.revoked',
} as const;

const TONE = { sent: 'grey', opened: 'blue', applied: 'yellow', signed: 'green', revoked: 'red' } as const;

/** Whether the link has run out before anyone applied with it. */
export const isExpired = (r: Referral, at: string): boolean =>
  (r.state === 'sent' || r.state === 'opened') && r.expires_at <= at;

/** Whether the inviter may still stop its link. */
export const isRevocable = (r: Referral, at: string): boolean =>
  (r.state === 'sent' || r.state === 'opened') && !isExpired(r, at);

/** The state in words, the date it was reached, and how often the link was opened. */
export function StateCell({ referral: r, at }: { referral: Referral; at: string }) {
  const { t, fmt } = usePage();
  const label = r.state === 'sent' && r.kind === 'link' ? t('referrals.state.created') : t(STATE_LABEL[r.state]);
  const when = r.revoked_at ?? r.signed_at ?? r.applied_at ?? r.first_opened_at;
  return (
    <>
      <Tag tone={TONE[r.state]}>{label}</Tag>
      {when ? <> {fmt.date(when)}</> : null}
      {isExpired(r, at) ? (
        <>
          {' '}
          <Tag tone="grey">{t('referrals.state.expired')}</Tag>
        </>
      ) : null}
      {r.open_count > 0 ? (
        <div class="hint">
          {t('referrals.list.opened', { count: r.open_count, date: fmt.date(r.first_opened_at!) })}
        </div>
      ) : null}
    </>
  );
}
