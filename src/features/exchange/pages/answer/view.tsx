import { Layout } from '../../../../platform/views/layout.tsx';
import { usePage, useHref } from '../../../../platform/views/context.ts';
import { BackLink } from '../../../../platform/views/components.tsx';
import {
  Button,
  Checkboxes,
  Form,
  FormProblems,
  TextArea,
  TextField,
  titleAfter,
  type FormState,
} from '../../../../platform/views/form.tsx';
import type { PostView } from '../../service-public.ts';
import { MESSAGE_MAX } from './schema.ts';

/** "Answer": relayed by mail to the organisation's administrators; the address only with the box ticked. */
export function AnswerPage({ post, form }: { post: PostView; form: FormState }) {
  const { t } = usePage();
  const href = useHref();
  const title = t('exchange.answer.title');
  const postHref = href(`/exchange/${encodeURIComponent(post.id)}`);
  return (
    <Layout title={titleAfter(t, `${title} – ${post.title}`, form)} noindex>
      <FormProblems form={form} />
      <BackLink href={postHref}>{t('exchange.answer.back')}</BackLink>
      <p class="caption" lang={post.lang}>
        {post.title}
      </p>
      <h1>{title}</h1>
      <p class="lead">{t('exchange.answer.lead', { organisation: post.org?.name ?? '' })}</p>
      <Form action={`${postHref}/answer`}>
        <TextField form={form} name="name" label={t('exchange.answer.name.label')} autocomplete="name" />
        <TextField
          form={form}
          name="email"
          type="email"
          label={t('exchange.answer.email.label')}
          hint={t('exchange.answer.email.hint')}
          required={false}
          autocomplete="email"
          spellcheck={false}
        />
        <TextField
          form={form}
          name="organisation"
          label={t('exchange.answer.organisation.label')}
          autocomplete="organization"
          required={false}
        />
        <TextArea
          form={form}
          name="message"
          label={t('exchange.answer.message.label')}
          maxLength={MESSAGE_MAX}
          rows={8}
        />
        <Checkboxes
          form={form}
          name="share"
          label={t('exchange.answer.share.legend')}
          options={[{ value: 'yes', label: t('exchange.answer.share.label'), hint: t('exchange.answer.share.hint') }]}
        />
        <Button>{t('exchange.answer.submit')}</Button>
      </Form>
    </Layout>
  );
}
