import { Layout } from '../../../../platform/views/layout.tsx';
import { usePage, useHref } from '../../../../platform/views/context.ts';
import { BackLink } from '../../../../platform/views/components.tsx';
import {
  Button,
  ErrorSummary,
  Form,
  TextArea,
  TextField,
  type FormState,
  titleAfter,
} from '../../../../platform/views/form.tsx';
import { SETTINGS_MAX } from './schema.ts';

/** The known problems are written once per language; each field is named after its language. */
const LIMITATIONS = [
  { name: 'limitations_nl', label: 'legal.settings.limitations.nl', lang: 'nl' },
  { name: 'limitations_fr', label: 'legal.settings.limitations.fr', lang: 'fr' },
  { name: 'limitations_de', label: 'legal.settings.limitations.de', lang: 'de' },
  { name: 'limitations_en', label: 'legal.settings.limitations.en', lang: 'en' },
] as const;

const PAGES = [
  { path: '/contact', title: 'legal.contact.title' },
  { path: '/accessibility', title: 'legal.a11y.title' },
  { path: '/privacy', title: 'legal.privacy.title' },
] as const;

/** The secretariat's own details on the contact, accessibility and privacy pages. */
export function SettingsPage({ form }: { form: FormState }) {
  const { t } = usePage();
  const href = useHref();
  const title = t('legal.settings.title');
  return (
    <Layout title={titleAfter(t, title, form)} noindex>
      <BackLink href={href('/secretariat')}>{t('legal.settings.back')}</BackLink>
      <ErrorSummary form={form} />
      <h1>{title}</h1>
      <p class="lead">{t('legal.settings.lead')}</p>
      <ul>
        {PAGES.map((p) => (
          <li>
            <a href={href(p.path)}>{t(p.title)}</a>
          </li>
        ))}
      </ul>
      <p>{t('legal.settings.empty', { placeholder: t('legal.placeholder') })}</p>
      <Form action={href('/secretariat/settings')}>
        <h2>{t('legal.settings.contact.title')}</h2>
        <TextField
          form={form}
          name="email"
          type="email"
          label={t('legal.settings.email.label')}
          required={false}
          width="medium"
          autocomplete="off"
          spellcheck={false}
        />
        <TextField
          form={form}
          name="phone"
          type="tel"
          label={t('legal.settings.phone.label')}
          hint={t('legal.settings.phone.hint')}
          required={false}
          width="medium"
          autocomplete="off"
        />
        <TextArea
          form={form}
          name="postal_address"
          label={t('legal.settings.post.label')}
          hint={t('legal.settings.post.hint')}
          required={false}
          maxLength={SETTINGS_MAX.postalAddress}
          rows={4}
        />

        <h2>{t('legal.a11y.title')}</h2>
        <TextArea
          form={form}
          name="enforcement_body"
          label={t('legal.settings.enforcement.label')}
          hint={t('legal.settings.enforcement.hint')}
          required={false}
          maxLength={SETTINGS_MAX.enforcementBody}
          rows={4}
        />
        <h3>{t('legal.a11y.limitations.title')}</h3>
        <p>{t('legal.settings.limitations.intro')}</p>
        {LIMITATIONS.map((l) => (
          <TextArea
            form={form}
            name={l.name}
            label={t(l.label)}
            lang={l.lang}
            hint={t('legal.settings.limitations.hint')}
            required={false}
            maxLength={SETTINGS_MAX.limitations}
          />
        ))}
        <Button>{t('legal.settings.save')}</Button>
      </Form>
    </Layout>
  );
}
