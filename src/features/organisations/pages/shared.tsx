import type { ComponentChildren } from 'preact';
import { usePage, useHref } from '../../../platform/views/context.ts';
import { BackLink, Tag } from '../../../platform/views/components.tsx';
import { isoDate } from '../../../platform/i18n/format.ts';
import type { MemberRole, OrgStatus } from '../organisations.table.ts';

// Labels every page of the organisation space shares. Literal maps, so each key is in the source.

export const STATUS_LABEL = {
  applicant: 'organisations.status.applicant',
  signatory: 'organisations.status.signatory',
  withdrawn: 'organisations.status.withdrawn',
  rejected: 'organisations.status.rejected',
} as const satisfies Record<OrgStatus, string>;

const STATUS_TONE = {
  applicant: 'yellow',
  signatory: 'green',
  withdrawn: 'grey',
  rejected: 'red',
} as const satisfies Record<OrgStatus, string>;

export const ROLE_LABEL = {
  admin: 'organisations.role.admin',
  member: 'organisations.role.member',
} as const satisfies Record<MemberRole, string>;

export const ROLE_HINT = {
  admin: 'organisations.role.admin.hint',
  member: 'organisations.role.member.hint',
} as const satisfies Record<MemberRole, string>;

export function StatusTag({ status }: { status: OrgStatus }) {
  const { t } = usePage();
  return <Tag tone={STATUS_TONE[status]}>{t(STATUS_LABEL[status])}</Tag>;
}

/** Radio options for a role, with what each role may do. */
export function useRoleOptions() {
  const { t } = usePage();
  return (['member', 'admin'] as const).map((role) => ({
    value: role,
    label: t(ROLE_LABEL[role]),
    hint: t(ROLE_HINT[role]),
  }));
}

/** The top of every page inside an organisation's space: back to the space, the organisation's name, the title. */
export function OrgHeading(props: { orgId: string; orgName: string; title: string; children?: ComponentChildren }) {
  const { t } = usePage();
  const href = useHref();
  return (
    <>
      <BackLink href={href(`/organisations/${props.orgId}`)}>
        {t('organisations.backToSpace', { org: props.orgName })}
      </BackLink>
      <p class="caption">{props.orgName}</p>
      <h1>{props.title}</h1>
      {props.children}
    </>
  );
}

/** A date (or date and time) in Belgian time for people, in ISO form for machines. */
export function When({ iso, withTime }: { iso: string; withTime?: boolean }) {
  const { fmt } = usePage();
  return <time datetime={withTime ? iso : isoDate(iso)}>{withTime ? fmt.dateTime(iso) : fmt.date(iso)}</time>;
}
