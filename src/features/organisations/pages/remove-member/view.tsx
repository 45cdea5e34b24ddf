import { Layout } from '../../../../platform/views/layout.tsx';
import { usePage, useHref } from '../../../../platform/views/context.ts';
import { Banner } from '../../../../platform/views/components.tsx';
import { Button, Form } from '../../../../platform/views/form.tsx';
import { OrgHeading } from '../shared.tsx';

export interface RemoveMemberProps {
  orgId: string;
  orgName: string;
  member: { userId: string; name: string };
  isSelf: boolean;
  /** Set when the removal was refused: the last administrator stays. */
  lastAdmin?: boolean;
}

/** The confirmation step before someone loses access to the organisation's space. */
export function RemoveMemberPage({ orgId, orgName, member, isSelf, lastAdmin }: RemoveMemberProps) {
  const { t } = usePage();
  const href = useHref();
  const title = isSelf
    ? t('organisations.remove.titleSelf', { org: orgName })
    : t('organisations.remove.title', { name: member.name, org: orgName });
  const memberHref = href(`/organisations/${orgId}/members/${member.userId}`);
  return (
    <Layout title={title} noindex>
      {lastAdmin ? (
        <Banner kind="warning" title={t('organisations.error.lastAdmin.title')}>
          <p>{t('organisations.error.lastAdmin.remove')}</p>
        </Banner>
      ) : null}
      <OrgHeading orgId={orgId} orgName={orgName} title={title} />
      <p>{isSelf ? t('organisations.remove.bodySelf') : t('organisations.remove.body', { name: member.name })}</p>
      <p>{t('organisations.remove.again')}</p>
      <Form action={href(`/organisations/${orgId}/members/${member.userId}/remove`)}>
        <div class="button-group">
          <Button variant="warning">
            {isSelf ? t('organisations.remove.confirmSelf') : t('organisations.remove.confirm', { name: member.name })}
          </Button>
          <a href={memberHref}>{t('organisations.remove.cancel')}</a>
        </div>
      </Form>
    </Layout>
  );
}
