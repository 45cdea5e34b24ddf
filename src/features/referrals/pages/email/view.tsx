import { Layout } from '../../../../platform/views/layout.tsx';
import { usePage, useHref } from '../../../../platform/views/context.ts';
import { BackLink } from '../../../../platform/views/components.tsx';
import {
  Button,
  Form,
  FormProblems,
  Select,
  TextArea,
  TextField,
  titleAfter,
  type FormState,
} from '../../../../platform/views/form.tsx';
import { LANGS } from '../../../../platform/i18n/i18n.ts';
import { LANGUAGE_LABEL } from '../../../organisations/vocabulary.ts';
import { LINK_DAYS, MESSAGE_MAX } from '../../service.ts';

export interface EmailPageProps {
  orgId: string;
  orgName: string;
  form: FormState;
}

/** Invite an organisation by e-mail: whom, where, in which language, and a few words of one's own. */
export function EmailInvitePage({ orgId, orgName, form }: EmailPageProps) {
  const { t } = usePage();
  const href = useHref();
  const base = `/organisations/${orgId}/referrals`;
  const title = t('referrals.email.title');
  return (
    <Layout title={titleAfter(t, `${title} – ${orgName}`, form)} noindex>
      <BackLink href={href(base)}>{t('referrals.list.title')}</BackLink>
      <div class="stack">
        <p class="caption">{orgName}</p>
        <h1>{title}</h1>
        <FormProblems form={form} />
        <p class="lead">{t('referrals.email.lead')}</p>
        <p>{t('referrals.email.tracking', { days: LINK_DAYS })}</p>
        <Form action={href(`${base}/email`)}>
          <TextField
            form={form}
            name="inviteeName"
            label={t('referrals.field.inviteeName')}
            hint={t('referrals.field.inviteeName.hint')}
            autocomplete="organization"
          />
          <TextField form={form} name="recipientName" label={t('referrals.field.recipientName')} autocomplete="name" />
          <TextField
            form={form}
            name="recipientEmail"
            type="email"
            label={t('referrals.field.recipientEmail')}
            autocomplete="email"
            spellcheck={false}
          />
          <Select
            form={form}
            name="recipientLang"
            label={t('referrals.field.recipientLang')}
            hint={t('referrals.field.recipientLang.hint')}
            options={LANGS.map((l) => ({ value: l, label: t(LANGUAGE_LABEL[l]) }))}
          />
          <TextArea
            form={form}
            name="message"
            required={false}
            maxLength={MESSAGE_MAX}
            label={t('referrals.field.message')}
            hint={t('referrals.field.message.hint')}
          />
          <Button>{t('referrals.email.send')}</Button>
        </Form>
      </div>
    </Layout>
  );
}
