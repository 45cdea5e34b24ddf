import { Layout } from '../../../../platform/views/layout.tsx';
import { usePage, useHref } from '../../../../platform/views/context.ts';
import { SummaryList } from '../../../../platform/views/components.tsx';
import { Button, Checkboxes, ErrorSummary, Form, type FormState } from '../../../../platform/views/form.tsx';
import { ProfileFields, type LogoState } from '../../profile-form.tsx';
import { formatEnterpriseNumber } from '../../enterprise-number.ts';
import { OrgHeading } from '../shared.tsx';

export interface ProfileEditProps {
  orgId: string;
  orgName: string;
  slug: string;
  isSignatory: boolean;
  enterpriseNumber: string;
  form: FormState;
  logo: LogoState;
}

export function ProfileEditPage(props: ProfileEditProps) {
  const { t } = usePage();
  const href = useHref();
  const title = t('organisations.profile.title');
  return (
    <Layout title={`${title} – ${props.orgName}`} noindex>
      <ErrorSummary form={props.form} />
      <OrgHeading orgId={props.orgId} orgName={props.orgName} title={title} />
      <p class="lead">
        {props.isSignatory ? t('organisations.profile.leadSignatory') : t('organisations.profile.lead')}
      </p>
      {props.isSignatory ? (
        <p>
          <a href={href(`/signatories/${props.slug}`)}>{t('organisations.space.publicProfile')}</a>
        </p>
      ) : null}
      <SummaryList
        rows={[
          { key: t('organisations.space.row.enterpriseNumber'), value: formatEnterpriseNumber(props.enterpriseNumber) },
        ]}
      />
      <p class="hint">{t('organisations.profile.enterpriseNumber.fixed')}</p>
      <Form action={href(`/organisations/${props.orgId}/profile`)} multipart>
        <ProfileFields form={props.form} logo={props.logo} />
        {props.logo.currentUrl ? (
          <Checkboxes
            form={props.form}
            name="removeLogo"
            label={t('organisations.profile.removeLogo.legend')}
            options={[{ value: 'yes', label: t('organisations.profile.removeLogo.label') }]}
          />
        ) : null}
        <Button>{t('organisations.profile.save')}</Button>
      </Form>
    </Layout>
  );
}
