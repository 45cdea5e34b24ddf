import { Layout } from '../../../../platform/views/layout.tsx';
import { usePage, useHref } from '../../../../platform/views/context.ts';
import { ButtonLink, Table, Tag, type Column } from '../../../../platform/views/components.tsx';
import { Button, Form } from '../../../../platform/views/form.tsx';
import type { MemberRole } from '../../organisations.table.ts';
import { OrgHeading, ROLE_LABEL, When } from '../shared.tsx';

export interface MemberRow {
  userId: string;
  name: string;
  email: string;
  role: MemberRole;
}

export interface InvitationRow {
  id: string;
  email: string;
  role: MemberRole;
  expires_at: string;
  invitedByName: string | null;
}

export interface MembersProps {
  orgId: string;
  orgName: string;
  /** Administrators see addresses, invitations and the links to change things. */
  canManage: boolean;
  currentUserId: string;
  members: MemberRow[];
  invitations: InvitationRow[];
  now: string;
}

export function MembersPage(props: MembersProps) {
  const { t } = usePage();
  const href = useHref();
  const base = `/organisations/${props.orgId}`;
  const title = t('organisations.members.title');

  const columns: Column<MemberRow>[] = [
    {
      header: t('organisations.members.column.name'),
      cell: (m) => (m.userId === props.currentUserId ? t('organisations.members.you', { name: m.name }) : m.name),
    },
  ];
  if (props.canManage) columns.push({ header: t('organisations.members.column.email'), cell: (m) => m.email });
  columns.push({ header: t('organisations.members.column.role'), cell: (m) => t(ROLE_LABEL[m.role]) });
  if (props.canManage) {
    columns.push({
      header: <span class="visually-hidden">{t('organisations.members.column.actions')}</span>,
      cell: (m) => (
        <a href={href(`${base}/members/${m.userId}`)}>
          {t('organisations.members.change')}
          <span class="visually-hidden"> {t('organisations.members.changeHidden', { name: m.name })}</span>
        </a>
      ),
    });
  }

  return (
    <Layout title={`${title} – ${props.orgName}`} noindex>
      <OrgHeading orgId={props.orgId} orgName={props.orgName} title={title} />
      <p class="lead">{props.canManage ? t('organisations.members.leadAdmin') : t('organisations.members.lead')}</p>
      {props.canManage ? (
        <p>
          <ButtonLink href={href(`${base}/members/invite`)}>{t('organisations.members.invite')}</ButtonLink>
        </p>
      ) : null}
      <Table
        caption={t('organisations.members.caption', { count: props.members.length })}
        columns={columns}
        rows={props.members}
      />
      {props.canManage ? <Invitations {...props} /> : null}
    </Layout>
  );
}

function Invitations(props: MembersProps) {
  const { t } = usePage();
  const href = useHref();
  const title = t('organisations.invitations.title');
  return (
    <section aria-labelledby="invitations-title">
      <h2 id="invitations-title">{title}</h2>
      {props.invitations.length === 0 ? (
        <p>{t('organisations.invitations.none')}</p>
      ) : (
        <>
          <p>{t('organisations.invitations.lead')}</p>
          <Table
            caption={title}
            captionHidden
            rows={props.invitations}
            columns={[
              { header: t('organisations.invitations.column.email'), cell: (i) => i.email },
              { header: t('organisations.invitations.column.role'), cell: (i) => t(ROLE_LABEL[i.role]) },
              {
                header: t('organisations.invitations.column.validUntil'),
                cell: (i) =>
                  i.expires_at <= props.now ? (
                    <Tag tone="grey">{t('organisations.invitations.expired')}</Tag>
                  ) : (
                    <When iso={i.expires_at} />
                  ),
              },
              { header: t('organisations.invitations.column.invitedBy'), cell: (i) => i.invitedByName ?? '' },
              {
                header: <span class="visually-hidden">{t('organisations.members.column.actions')}</span>,
                cell: (i) => (
                  <Form action={href(`/organisations/${props.orgId}/invitations/${i.id}/cancel`)} class="inline-form">
                    <Button variant="secondary">
                      {t('organisations.invitations.cancel')}
                      <span class="visually-hidden">
                        {' '}
                        {t('organisations.invitations.cancelHidden', { email: i.email })}
                      </span>
                    </Button>
                  </Form>
                ),
              },
            ]}
          />
        </>
      )}
    </section>
  );
}
