import { Layout } from '../../../../platform/views/layout.tsx';
import { usePage, useHref } from '../../../../platform/views/context.ts';
import { ButtonLink, SummaryList } from '../../../../platform/views/components.tsx';
import { Button, ErrorSummary, Form, Radios, type FormState } from '../../../../platform/views/form.tsx';
import { OrgHeading, useRoleOptions, When } from '../shared.tsx';
import type { MemberRow } from '../members/view.tsx';

export interface MemberProps {
  orgId: string;
  orgName: string;
  member: MemberRow & { since: string };
  isSelf: boolean;
  form: FormState;
}

/** One member: change the role, or go on to remove them. */
export function MemberPage({ orgId, orgName, member, isSelf, form }: MemberProps) {
  const { t } = usePage();
  const href = useHref();
  const base = `/organisations/${orgId}/members/${member.userId}`;
  const title = isSelf ? t('organisations.member.titleSelf') : member.name;
  return (
    <Layout title={`${title} – ${orgName}`} noindex>
      <ErrorSummary form={form} />
      <OrgHeading orgId={orgId} orgName={orgName} title={title} />
      <p>
        <a href={href(`/organisations/${orgId}/members`)}>{t('organisations.member.allMembers')}</a>
      </p>
      <SummaryList
        rows={[
          { key: t('organisations.member.row.email'), value: member.email },
          { key: t('organisations.member.row.since'), value: <When iso={member.since} /> },
        ]}
      />
      <Form action={href(`${base}/role`)}>
        {/* Not the group hint of Radios: its id would clash with the first option's hint. */}
        {isSelf ? <p class="hint">{t('organisations.member.role.hintSelf')}</p> : null}
        <Radios
          form={form}
          name="role"
          label={<h2>{t('organisations.member.role.legend')}</h2>}
          options={useRoleOptions()}
        />
        <Button>{t('organisations.member.role.save')}</Button>
      </Form>
      <h2>{t('organisations.member.remove.title')}</h2>
      <p>
        {isSelf
          ? t('organisations.member.remove.bodySelf')
          : t('organisations.member.remove.body', { name: member.name })}
      </p>
      <p>
        <ButtonLink href={href(`${base}/remove`)} variant="secondary">
          {isSelf
            ? t('organisations.member.remove.linkSelf')
            : t('organisations.member.remove.link', { name: member.name })}
        </ButtonLink>
      </p>
    </Layout>
  );
}
