import { Layout } from '../../../../platform/views/layout.tsx';
import { usePage, useHref } from '../../../../platform/views/context.ts';
import {
  Button,
  Form,
  FormProblems,
  TextArea,
  TextField,
  titleAfter,
  type FormState,
} from '../../../../platform/views/form.tsx';
import { BackLink } from '../../../../platform/views/components.tsx';
import { BODY_MAX } from '../../service-mail.ts';

/** Writing to a campaign's supporters: who gets it and how is said before sending. */
export function MessagePage(props: { campaignId: string; campaignTitle: string; supporters: number; form: FormState }) {
  const { t } = usePage();
  const href = useHref();
  const base = `/secretariat/campaigns/${props.campaignId}`;
  const title = t('campaigns.message.title');
  return (
    <Layout title={titleAfter(t, title, props.form)} noindex>
      <BackLink href={href(`${base}/edit`)}>{props.campaignTitle}</BackLink>
      <h1>{title}</h1>
      <p>{t('campaigns.message.who', { count: props.supporters })}</p>
      <FormProblems form={props.form} />
      <Form action={href(`${base}/message`)} class="stack">
        <TextField form={props.form} name="subject" label={t('campaigns.message.subject')} />
        <TextArea form={props.form} name="body" label={t('campaigns.message.body')} maxLength={BODY_MAX} rows={10} />
        <Button>{t('campaigns.message.send')}</Button>
      </Form>
    </Layout>
  );
}
