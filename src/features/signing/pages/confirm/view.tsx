import { Layout } from '../../../../platform/views/layout.tsx';
import { usePage, useHref } from '../../../../platform/views/context.ts';
import { Banner } from '../../../../platform/views/components.tsx';
import {
  Button,
  Checkboxes,
  Form,
  TextArea,
  TextField,
  type FormState,
  FormProblems,
  titleAfter,
} from '../../../../platform/views/form.tsx';
import { CharterText } from '../../../charter/charter-text.tsx';
import { OrganisationSummary } from '../../components.tsx';
import { LINK_PROBLEM } from '../../labels.ts';
import type { ConfirmView } from '../../service.ts';
import { PERSON_NAME_MAX, PERSON_TITLE_MAX } from '../apply/schema.ts';
import { DECLINE_REASON_MAX } from './schema.ts';

export function ConfirmPage(props: { view: ConfirmView; action: string; signForm: FormState; declineForm: FormState }) {
  const { t, fmt } = usePage();
  const { view, signForm, declineForm } = props;
  const org = view.org.legalName;
  const title = t('signing.confirm.title', { org });
  return (
    <Layout title={titleAfter(t, title, signForm, declineForm)} noindex>
      <div class="stack">
        <p class="caption">{t('signing.confirm.caption')}</p>
        <h1>{title}</h1>
        <FormProblems form={{ values: {}, errors: { ...declineForm.errors, ...signForm.errors } }} />
        <p class="lead">
          {view.renewal
            ? t('signing.renewal.confirm.lead', { org, from: view.renewal.from, to: view.renewal.to })
            : t('signing.confirm.lead', {
                applicant: view.applicantName,
                email: view.applicantEmail,
                org,
                name: view.executive.name,
              })}
        </p>
        <p>{t('signing.confirm.commitment')}</p>
        <p>{t('signing.confirm.expires', { date: fmt.date(view.expiresAt) })}</p>

        <h2>{t('signing.confirm.organisation')}</h2>
        <OrganisationSummary org={view.org} publicLinks={false} />

        <h2>{t('signing.confirm.charter')}</h2>
        <CharterText charter={view.charter} headingLevel={3} idPrefix="sign-" />
        <p class="hint">
          {t('signing.confirm.fingerprint')} <code class="hash">{view.textHash}</code>
        </p>

        <h2>{t('signing.confirm.signTitle')}</h2>
        <Form action={props.action}>
          <input type="hidden" name="textHash" value={view.textHash} />
          <TextField
            form={signForm}
            name="signerName"
            label={t('signing.confirm.signerName')}
            autocomplete="name"
            maxLength={PERSON_NAME_MAX}
          />
          <TextField
            form={signForm}
            name="signerTitle"
            label={t('signing.confirm.signerTitle')}
            hint={t('signing.apply.executiveTitle.hint')}
            autocomplete="organization-title"
            maxLength={PERSON_TITLE_MAX}
          />
          <Checkboxes
            form={signForm}
            name="commit"
            label={t('signing.confirm.commitLegend')}
            options={[{ value: 'yes', label: t('signing.confirm.commitLabel', { org }) }]}
          />
          <Button name="action" value="sign">
            {t('signing.confirm.sign')}
          </Button>
        </Form>

        <h2>{t('signing.confirm.declineTitle')}</h2>
        <p>{t('signing.confirm.declineBody')}</p>
        <Form action={props.action}>
          <TextArea
            form={declineForm}
            name="reason"
            label={t('signing.confirm.reason')}
            hint={t('signing.confirm.reasonHint')}
            required={false}
            maxLength={DECLINE_REASON_MAX}
            rows={3}
          />
          <Button name="action" value="decline" variant="warning">
            {t('signing.confirm.decline')}
          </Button>
        </Form>
      </div>
    </Layout>
  );
}

/** An unknown, expired or already used link: say so plainly, and what to do. */
export function LinkProblemPage({ kind }: { kind: keyof typeof LINK_PROBLEM }) {
  const { t } = usePage();
  const href = useHref();
  const [title, body] = LINK_PROBLEM[kind];
  return (
    <Layout title={t(title)} noindex>
      <div class="stack">
        <h1>{t(title)}</h1>
        <p>{t(body)}</p>
        <p>
          <a href={href('/sign')}>{t('signing.link.about')}</a>
        </p>
      </div>
    </Layout>
  );
}

export function ConfirmDonePage({ signed, renewed, org }: { signed: boolean; renewed?: boolean; org: string }) {
  const { t } = usePage();
  const href = useHref();
  const title = signed ? t('signing.done.signed.title') : t('signing.done.declined.title');
  return (
    <Layout title={title} noindex>
      <div class="stack">
        <h1>{title}</h1>
        {signed ? (
          <Banner kind="success" title={t('signing.done.signed.banner', { org })}>
            <p>{renewed ? t('signing.renewal.done.body', { org }) : t('signing.done.signed.body')}</p>
          </Banner>
        ) : (
          <p>{t('signing.done.declined.body', { org })}</p>
        )}
        <p>
          <a href={href('/charter')}>{t('signing.done.charter')}</a>
        </p>
      </div>
    </Layout>
  );
}
