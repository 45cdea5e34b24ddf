import { Layout } from '../../../../platform/views/layout.tsx';
import { usePage, useHref } from '../../../../platform/views/context.ts';
import { BackLink } from '../../../../platform/views/components.tsx';
import {
  Button,
  Checkboxes,
  Form,
  FormProblems,
  Radios,
  Select,
  TextArea,
  TextField,
  titleAfter,
  type FormState,
} from '../../../../platform/views/form.tsx';
import {
  CAUSE_LABEL,
  CAUSES,
  KIND_LABEL,
  KINDS,
  MAX_DAYS_AHEAD,
  REGION_LABEL,
  REGIONS,
  TOPIC_LABEL,
  TOPICS,
} from '../../vocabulary.ts';
import { LANGS } from '../../../../platform/i18n/i18n.ts';
import { LANGUAGE_LABEL } from '../../../organisations/vocabulary.ts';
import { DESCRIPTION_MAX, TITLE_MAX } from './schema.ts';

/** The expiry field, shared by the post form and the renewal form on the post's own page. */
export function ExpiryField({ form }: { form: FormState }) {
  const { t } = usePage();
  return (
    <TextField
      form={form}
      name="expires"
      width="medium"
      label={t('exchange.form.expires.label')}
      hint={t('exchange.form.expires.hint', { days: MAX_DAYS_AHEAD })}
      inputMode="numeric"
    />
  );
}

/** A new post (postId null) or a change to one, for a member of the organisation. */
export function EditPage({
  orgId,
  orgName,
  postId,
  form,
}: {
  orgId: string;
  orgName: string;
  postId: string | null;
  form: FormState;
}) {
  const { t } = usePage();
  const href = useHref();
  const base = `/organisations/${encodeURIComponent(orgId)}/exchange`;
  const action = postId ? `${base}/${encodeURIComponent(postId)}/edit` : `${base}/new`;
  const title = t(postId ? 'exchange.form.editTitle' : 'exchange.form.newTitle');
  return (
    <Layout title={titleAfter(t, title, form)} noindex>
      <FormProblems form={form} />
      <BackLink href={href(postId ? `${base}/${encodeURIComponent(postId)}` : base)}>
        {t('exchange.form.back')}
      </BackLink>
      <p class="caption">{orgName}</p>
      <h1>{title}</h1>
      <p class="lead">{t('exchange.form.lead')}</p>
      <Form action={href(action)}>
        <Radios
          form={form}
          name="kind"
          label={t('exchange.form.kind.legend')}
          options={KINDS.map((k) => ({
            value: k,
            label: t(KIND_LABEL[k]),
            hint: t(k === 'offer' ? 'exchange.form.kind.offerHint' : 'exchange.form.kind.askHint'),
          }))}
        />
        <Radios
          form={form}
          name="language"
          inline
          label={t('exchange.form.language.legend')}
          hint={t('exchange.form.language.hint')}
          options={LANGS.map((l) => ({ value: l, label: t(LANGUAGE_LABEL[l]) }))}
        />
        <TextField
          form={form}
          name="title"
          label={t('exchange.form.title.label')}
          hint={t('exchange.form.title.hint', { max: TITLE_MAX })}
        />
        <TextArea
          form={form}
          name="description"
          label={t('exchange.form.description.label')}
          hint={t('exchange.form.description.hint')}
          maxLength={DESCRIPTION_MAX}
          rows={8}
        />
        <Select
          form={form}
          name="topic"
          label={t('exchange.form.topic.label')}
          placeholder={t('exchange.form.choose')}
          options={TOPICS.map((k) => ({ value: k, label: t(TOPIC_LABEL[k]) }))}
        />
        <Select
          form={form}
          name="cause"
          label={t('exchange.form.cause.label')}
          hint={t('exchange.form.cause.hint')}
          placeholder={t('exchange.form.choose')}
          options={CAUSES.map((k) => ({ value: k, label: t(CAUSE_LABEL[k]) }))}
        />
        <Checkboxes
          form={form}
          name="region"
          label={t('exchange.form.region.legend')}
          options={REGIONS.map((r) => ({ value: r, label: t(REGION_LABEL[r]) }))}
        />
        <ExpiryField form={form} />
        <Button>{t(postId ? 'exchange.form.save' : 'exchange.form.publish')}</Button>
      </Form>
    </Layout>
  );
}
