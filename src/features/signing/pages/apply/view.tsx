import { Layout } from '../../../../platform/views/layout.tsx';
import { usePage, useHref } from '../../../../platform/views/context.ts';
import { Banner, BackLink, SummaryList } from '../../../../platform/views/components.tsx';
import {
  Button,
  Form,
  Radios,
  TextField,
  type FormState,
  FormProblems,
  titleAfter,
} from '../../../../platform/views/form.tsx';
import { LANGS } from '../../../../platform/i18n/i18n.ts';
import { ProfileFields, type LogoState } from '../../../organisations/profile-form.tsx';
import { LANGUAGE_LABEL } from '../../../organisations/vocabulary.ts';
import type { Notice } from '../../outcome.ts';
import { PERSON_NAME_MAX, PERSON_TITLE_MAX } from './schema.ts';

export interface ApplyPageProps {
  form: FormState;
  logo: LogoState;
  contact: { name: string; email: string };
  notice?: Notice | null;
  draftSavedAt?: string | null;
  inviter?: { name: string } | null;
}

function NoticeBanner({ notice }: { notice: Notice }) {
  const { t } = usePage();
  const href = useHref();
  if (notice.kind === 'alreadySigned') {
    return (
      <Banner kind="warning" title={t('signing.apply.alreadySigned.title', { org: notice.name })}>
        <p>
          {t('signing.apply.alreadySigned.body')}{' '}
          <a href={href(`/signatories/${notice.slug}`)}>
            {t('signing.apply.alreadySigned.link', { org: notice.name })}
          </a>
        </p>
      </Banner>
    );
  }
  return (
    <Banner kind="warning" title={t('signing.apply.inProgress.title')}>
      <p>{t('signing.apply.inProgress.body')}</p>
      {notice.applicationId ? (
        <p>
          <a href={href(`/sign/applications/${notice.applicationId}`)}>{t('signing.apply.inProgress.link')}</a>
        </p>
      ) : null}
    </Banner>
  );
}

/** The executive's fields; the application page reuses them to send the link again. */
export function ExecutiveFields({ form }: { form: FormState }) {
  const { t } = usePage();
  return (
    <>
      <TextField
        form={form}
        name="executiveName"
        label={t('signing.apply.executiveName.label')}
        autocomplete="off"
        maxLength={PERSON_NAME_MAX}
      />
      <TextField
        form={form}
        name="executiveTitle"
        label={t('signing.apply.executiveTitle.label')}
        hint={t('signing.apply.executiveTitle.hint')}
        autocomplete="off"
        maxLength={PERSON_TITLE_MAX}
      />
      <TextField
        form={form}
        name="executiveEmail"
        type="email"
        autocomplete="off"
        spellcheck={false}
        label={t('signing.apply.executiveEmail.label')}
        hint={t('signing.apply.executiveEmail.hint')}
      />
      <Radios
        form={form}
        name="executiveLang"
        label={t('signing.apply.executiveLang.label')}
        hint={t('signing.apply.executiveLang.hint')}
        inline
        options={LANGS.map((l) => ({ value: l, label: t(LANGUAGE_LABEL[l]) }))}
      />
    </>
  );
}

export function ApplyPage(props: ApplyPageProps) {
  const { t, fmt } = usePage();
  const href = useHref();
  const { form } = props;
  return (
    <Layout title={titleAfter(t, t('signing.apply.title'), form)} noindex>
      <BackLink href={href('/sign')}>{t('signing.apply.back')}</BackLink>
      <div class="stack">
        <h1>{t('signing.apply.title')}</h1>
        {props.notice ? <NoticeBanner notice={props.notice} /> : null}
        <FormProblems form={form} />
        {props.draftSavedAt && Object.keys(form.errors).length === 0 ? (
          <Banner title={t('signing.apply.draftRestored', { date: fmt.dateTime(props.draftSavedAt) })} />
        ) : null}
        {props.inviter ? <Banner title={t('signing.apply.invitedByBanner', { org: props.inviter.name })} /> : null}
        <p class="lead">{t('signing.apply.lead')}</p>
        <p>{t('signing.apply.draftHint')}</p>
        <Form action={href('/sign/apply')} multipart>
          <h2>{t('signing.apply.section.organisation')}</h2>
          <TextField
            form={form}
            name="enterpriseNumber"
            label={t('signing.apply.enterpriseNumber.label')}
            hint={t('signing.apply.enterpriseNumber.hint')}
            width="medium"
            inputMode="numeric"
            spellcheck={false}
            autocomplete="off"
          />
          <ProfileFields form={form} logo={props.logo} />

          <h2>{t('signing.apply.section.contact')}</h2>
          <p>{t('signing.apply.contact.hint')}</p>
          <SummaryList
            rows={[
              { key: t('signing.apply.contact.name'), value: props.contact.name },
              { key: t('signing.apply.contact.email'), value: props.contact.email },
            ]}
          />

          <h2>{t('signing.apply.section.executive')}</h2>
          <p>{t('signing.apply.executive.hint')}</p>
          <ExecutiveFields form={form} />

          <h2>{t('signing.apply.section.invitedBy')}</h2>
          <TextField
            form={form}
            name="invitedBy"
            required={false}
            label={t('signing.apply.invitedBy.label')}
            hint={t('signing.apply.invitedBy.hint')}
            width="medium"
            inputMode="numeric"
            spellcheck={false}
            autocomplete="off"
          />
          {typeof form.values.referral === 'string' ? (
            <input type="hidden" name="referral" value={form.values.referral} />
          ) : null}

          <h2>{t('signing.apply.section.send')}</h2>
          <p>{t('signing.apply.send.hint')}</p>
          <div class="button-group">
            <Button name="action" value="send">
              {t('signing.apply.send')}
            </Button>
            <Button name="action" value="save" variant="secondary">
              {t('signing.apply.saveDraft')}
            </Button>
          </div>
        </Form>
      </div>
    </Layout>
  );
}

export function NotVerifiedPage() {
  const { t } = usePage();
  const href = useHref();
  return (
    <Layout title={t('signing.apply.notVerified.title')} noindex>
      <div class="stack">
        <h1>{t('signing.apply.notVerified.title')}</h1>
        <p>{t('signing.apply.notVerified.body')}</p>
        <p>
          <a href={href('/account')}>{t('signing.apply.notVerified.link')}</a>
        </p>
      </div>
    </Layout>
  );
}
