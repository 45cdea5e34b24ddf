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
import { MESSAGE_MAX } from './schema.ts';

/** The practice as the contact forms name it: its slug, and its title in the reader's language or its original one. */
export interface ContactTarget {
  slug: string;
  title: string;
  /** The title's language when it is not the reader's. */
  titleLang: string | null;
  contactName: string;
}

export function PracticeHeading({ target, title }: { target: ContactTarget; title: string }) {
  const { t } = usePage();
  const href = useHref();
  return (
    <>
      <BackLink href={href(`/practices/${encodeURIComponent(target.slug)}`)}>{t('practices.ask.back')}</BackLink>
      <h1>
        {title}
        <span class="caption" lang={target.titleLang ?? undefined}>
          {target.title}
        </span>
      </h1>
    </>
  );
}

/** "Ask the author a question": relayed by mail; the asker's address goes along only if they tick the box. */
export function AskPage({ target, form }: { target: ContactTarget; form: FormState }) {
  const { t } = usePage();
  const href = useHref();
  const title = t('practices.ask.title');
  return (
    <Layout title={titleAfter(t, `${title} – ${target.title}`, form)} noindex>
      <FormProblems form={form} />
      <PracticeHeading target={target} title={title} />
      <p class="lead">{t('practices.ask.lead', { contact: target.contactName })}</p>
      <Form action={href(`/practices/${encodeURIComponent(target.slug)}/ask`)}>
        <TextField form={form} name="name" label={t('practices.ask.name.label')} autocomplete="name" />
        <TextField
          form={form}
          name="email"
          type="email"
          label={t('practices.ask.email.label')}
          hint={t('practices.ask.email.hint')}
          required={false}
          autocomplete="email"
          spellcheck={false}
        />
        <TextArea
          form={form}
          name="message"
          label={t('practices.ask.message.label')}
          maxLength={MESSAGE_MAX}
          rows={8}
        />
        <Checkboxes
          form={form}
          name="share"
          label={t('practices.ask.share.legend')}
          options={[{ value: 'yes', label: t('practices.ask.share.label'), hint: t('practices.ask.share.hint') }]}
        />
        <Button>{t('practices.ask.submit')}</Button>
      </Form>
    </Layout>
  );
}
