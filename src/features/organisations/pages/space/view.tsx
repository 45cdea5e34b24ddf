import type { Selectable } from 'kysely';
import { Layout } from '../../../../platform/views/layout.tsx';
import { usePage, useHref } from '../../../../platform/views/context.ts';
import { SummaryList, type SummaryRow } from '../../../../platform/views/components.tsx';
import type { MemberRole, OrgStatus, OrganisationsTable } from '../../organisations.table.ts';
import { formatEnterpriseNumber } from '../../enterprise-number.ts';
import { ROLE_LABEL, StatusTag, When } from '../shared.tsx';
import { Commitments, type Glance } from './commitments.tsx';

const STATUS_EXPLAINED = {
  applicant: 'organisations.space.explained.applicant',
  signatory: 'organisations.space.explained.signatory',
  withdrawn: 'organisations.space.explained.withdrawn',
  rejected: 'organisations.space.explained.rejected',
} as const satisfies Record<OrgStatus, string>;

export interface SpaceProps {
  org: Selectable<OrganisationsTable>;
  withdrawal: { at: string; note: string | null } | null;
  role: MemberRole;
  adminNames: string[];
  /** The nine commitments for the chosen year; only a signatory's space has them. */
  glance: Glance | null;
}

interface Task {
  path: string;
  label: string;
  hint: string;
}

export function SpacePage({ org, withdrawal, role, adminNames, glance }: SpaceProps) {
  const { t } = usePage();
  const href = useHref();
  const isAdmin = role === 'admin';
  const rows: SummaryRow[] = [
    { key: t('organisations.space.row.status'), value: <StatusTag status={org.status} /> },
    { key: t('organisations.space.row.enterpriseNumber'), value: formatEnterpriseNumber(org.enterprise_number) },
  ];
  if (org.signed_at) rows.push({ key: t('organisations.space.row.signedAt'), value: <When iso={org.signed_at} /> });
  if (org.signed_at && org.charter_version !== null)
    rows.push({
      key: t('organisations.space.row.charterVersion'),
      value: t('organisations.space.charterVersion', { version: org.charter_version }),
    });
  if (withdrawal) {
    rows.push({ key: t('organisations.space.row.withdrawnAt'), value: <When iso={withdrawal.at} /> });
    if (withdrawal.note) rows.push({ key: t('organisations.space.row.withdrawalReason'), value: withdrawal.note });
  }
  rows.push({ key: t('organisations.space.row.yourRole'), value: t(ROLE_LABEL[role]) });

  const base = `/organisations/${org.id}`;
  const tasks: Task[] = [
    {
      path: `${base}/members`,
      label: t('organisations.space.task.members'),
      hint: isAdmin ? t('organisations.space.task.members.hintAdmin') : t('organisations.space.task.members.hint'),
    },
  ];
  // The practices feature's pages for the organisation (only signatories write practices).
  if (org.status === 'signatory')
    tasks.push({
      path: `${base}/practices`,
      label: t('organisations.space.task.practices'),
      hint: t('organisations.space.task.practices.hint'),
    });
  // The safety feature's public page: national resources for commitment 8, for every member.
  tasks.push({
    path: '/safety',
    label: t('organisations.space.task.safety'),
    hint: t('organisations.space.task.safety.hint'),
  });
  // The activities feature's log (only signatories log; an applicant's members see nothing to read yet).
  if (org.status === 'signatory')
    tasks.push({
      path: `${base}/activities`,
      label: t('organisations.space.task.activities'),
      hint: t('organisations.space.task.activities.hint'),
    });
  if (isAdmin) {
    tasks.push(
      {
        path: `${base}/profile`,
        label: t('organisations.space.task.profile'),
        hint: t('organisations.space.task.profile.hint'),
      },
      {
        path: `${base}/history`,
        label: t('organisations.space.task.history'),
        hint: t('organisations.space.task.history.hint'),
      },
    );
    if (org.status === 'signatory')
      tasks.push({
        path: `${base}/withdraw`,
        label: t('organisations.space.task.withdraw'),
        hint: t('organisations.space.task.withdraw.hint'),
      });
  }

  return (
    <Layout title={org.legal_name} noindex>
      <p class="caption">{t('organisations.space.caption')}</p>
      <h1>{org.legal_name}</h1>
      <p class="lead">{t(STATUS_EXPLAINED[org.status])}</p>
      {glance ? <Commitments glance={glance} /> : null}
      <h2>{t('organisations.space.facts')}</h2>
      <SummaryList rows={rows} />
      {org.status === 'signatory' ? (
        <p>
          <a href={href(`/signatories/${org.slug}`)}>{t('organisations.space.publicProfile')}</a>
        </p>
      ) : null}

      <h2>{t('organisations.space.tasks')}</h2>
      <ul class="card-list">
        {tasks.map((task) => (
          <li class="card">
            <h3>
              <a href={href(task.path)}>{task.label}</a>
            </h3>
            <p>{task.hint}</p>
          </li>
        ))}
      </ul>
      {!isAdmin ? (
        <p>{t('organisations.space.askAdmin', { admins: adminNames.join(', '), count: adminNames.length })}</p>
      ) : null}
    </Layout>
  );
}
