import { Layout } from '../../../../platform/views/layout.tsx';
import { usePage, useHref } from '../../../../platform/views/context.ts';
import {
  Button,
  ErrorSummary,
  Form,
  Radios,
  TextField,
  type FormState,
  titleAfter,
} from '../../../../platform/views/form.tsx';
import { BackLink } from '../../../../platform/views/components.tsx';
import { LANGS, NATIVE_NAME } from '../../../../platform/i18n/i18n.ts';

export function ProfilePage({ form }: { form: FormState }) {
  const { t } = usePage();
  const href = useHref();
  const title = t('accounts.profile.title');
  return (
    <Layout title={titleAfter(t, title, form)} noindex>
      <BackLink href={href('/account')}>{t('accounts.backToAccount')}</BackLink>
      <ErrorSummary form={form} />
      <h1>{title}</h1>
      <Form action={href('/account/profile')}>
        <TextField
          form={form}
          name="name"
          label={t('accounts.field.name.label')}
          autocomplete="name"
          spellcheck={false}
        />
        <Radios
          form={form}
          name="locale"
          label={t('accounts.field.language.label')}
          hint={t('accounts.field.language.hint')}
          options={LANGS.map((l) => ({ value: l, label: <span lang={l}>{NATIVE_NAME[l]}</span> }))}
        />
        <Button>{t('accounts.save')}</Button>
      </Form>
    </Layout>
  );
}
