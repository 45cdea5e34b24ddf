import { Layout } from '../../../../platform/views/layout.tsx';
import { usePage, useHref } from '../../../../platform/views/context.ts';
import { Pagination, Table } from '../../../../platform/views/components.tsx';
import type { Translate } from '../../../../platform/i18n/i18n.ts';
import type { HistoryLine } from '../../service.ts';
import { OrgHeading, When } from '../shared.tsx';
import { ProfileChanges } from './changes.tsx';

/** Each audit action in plain words. Actions of other features fall back to a neutral line. */
const ACTION = {
  'organisations.role_changed': 'organisations.history.action.roleChanged',
  'organisations.member_removed': 'organisations.history.action.memberRemoved',
  'organisations.member_left': 'organisations.history.action.memberLeft',
  'organisations.member_joined': 'organisations.history.action.memberJoined',
  'organisations.invitation_sent': 'organisations.history.action.invitationSent',
  'organisations.invitation_cancelled': 'organisations.history.action.invitationCancelled',
  'organisations.profile_updated': 'organisations.history.action.profileUpdated',
  'organisations.charter_withdrawn': 'organisations.history.action.withdrawn',
  // Written by the signing journey (service-registration.ts).
  'organisations.organisation_created': 'organisations.history.action.created',
  'organisations.organisation_reopened': 'organisations.history.action.reopened',
  'organisations.member_added': 'organisations.history.action.memberAdded',
  'organisations.became_signatory': 'organisations.history.action.becameSignatory',
  'organisations.marked_rejected': 'organisations.history.action.rejected',
} as const;

const str = (v: unknown): string => (typeof v === 'string' ? v : '');
/** Roles go into the messages as codes; each language words them with a select. */
const role = (v: unknown): string => (v === 'admin' ? 'admin' : 'member');

function describe(line: HistoryLine, t: Translate): string {
  const d = line.details;
  const values = {
    member: line.memberName ?? t('organisations.history.formerUser'),
    email: str(d.email),
    role: role(d.role),
    from: role(d.from),
    to: role(d.to),
    reason: str(d.reason),
    action: line.action,
  };
  const key = ACTION[line.action as keyof typeof ACTION];
  return key ? t(key, values) : t('organisations.history.action.other', values);
}

export interface HistoryProps {
  orgId: string;
  orgName: string;
  lines: HistoryLine[];
  isFirstPage: boolean;
  next: string | null;
}

export function HistoryPage({ orgId, orgName, lines, isFirstPage, next }: HistoryProps) {
  const { t } = usePage();
  const href = useHref();
  const title = t('organisations.history.title');
  const base = href(`/organisations/${orgId}/history`);
  return (
    <Layout title={`${title} – ${orgName}`} noindex>
      <OrgHeading orgId={orgId} orgName={orgName} title={title} />
      <p class="lead">{t('organisations.history.lead')}</p>
      {lines.length === 0 ? (
        <p>{t('organisations.history.none')}</p>
      ) : (
        <Table
          caption={title}
          captionHidden
          rows={lines}
          columns={[
            { header: t('organisations.history.column.when'), cell: (l) => <When iso={l.at} withTime /> },
            {
              header: t('organisations.history.column.who'),
              cell: (l) =>
                l.actorName ??
                (l.actorKnown ? t('organisations.history.formerUser') : t('organisations.history.system')),
            },
            {
              header: t('organisations.history.column.what'),
              cell: (l) => (
                <>
                  {describe(l, t)}
                  {l.action === 'organisations.profile_updated' ? <ProfileChanges details={l.details} /> : null}
                </>
              ),
            },
          ]}
        />
      )}
      <Pagination
        firstHref={isFirstPage ? null : base}
        nextHref={next ? `${base}?from=${encodeURIComponent(next)}` : null}
      />
    </Layout>
  );
}
