import { Layout } from '../../../../platform/views/layout.tsx';
import { usePage, useHref } from '../../../../platform/views/context.ts';
import { Button, ErrorSummary, Form, Radios, TextField, type FormState } from '../../../../platform/views/form.tsx';
import { OrgHeading, useRoleOptions } from '../shared.tsx';
import { INVITATION_DAYS } from '../../invitations.ts';

export function InvitePage({ orgId, orgName, form }: { orgId: string; orgName: string; form: FormState }) {
  const { t } = usePage();
  const href = useHref();
  const title = t('organisations.invite.title');
  return (
    <Layout title={`${title} – ${orgName}`} noindex>
      <ErrorSummary form={form} />
      <OrgHeading orgId={orgId} orgName={orgName} title={title} />
      <p class="lead">{t('organisations.invite.lead', { days: INVITATION_DAYS })}</p>
      <Form action={href(`/organisations/${orgId}/members/invite`)}>
        <TextField
          form={form}
          name="email"
          type="email"
          label={t('organisations.invite.email.label')}
          hint={t('organisations.invite.email.hint')}
          autocomplete="off"
          spellcheck={false}
        />
        <Radios form={form} name="role" label={t('organisations.invite.role.legend')} options={useRoleOptions()} />
        <Button>{t('organisations.invite.submit')}</Button>
      </Form>
    </Layout>
  );
}
