import { usePage, useHref } from '../../../../platform/views/context.ts';
import { LANGUAGE_LABEL, REGION_LABEL, SECTOR_LABEL } from '../../../organisations/vocabulary.ts';
import {
  Button,
  Checkboxes,
  ErrorSummary,
  FileField,
  Form,
  Radios,
  Select,
  TextArea,
  TextField,
  type FormState,
} from '../../../../platform/views/form.tsx';
import { DESCRIPTION_MAX, STORY_MAX } from './schema.ts';

export const GALLERY_PATH = '/secretariat/gallery';

/** Form A: every kind of field in its normal state (or with the errors of a real submit). */
export function FieldsForm({ form }: { form: FormState }) {
  const { t } = usePage();
  const href = useHref();
  return (
    <section aria-labelledby="gallery-fields">
      <h2 id="gallery-fields">{t('gallery.fields.title')}</h2>
      <p>{t('gallery.fields.intro')}</p>
      <ErrorSummary form={form} />
      <Form action={href(GALLERY_PATH)} multipart>
        <TextField
          form={form}
          name="fullName"
          label={t('gallery.fields.fullName.label')}
          hint={t('gallery.fields.fullName.hint')}
          autocomplete="name"
          spellcheck={false}
        />
        <TextField
          form={form}
          name="phone"
          type="tel"
          label={t('gallery.fields.phone.label')}
          required={false}
          autocomplete="tel"
          width="medium"
        />
        <TextField
          form={form}
          name="postcode"
          label={t('gallery.fields.postcode.label')}
          hint={t('gallery.fields.postcode.hint')}
          required={false}
          autocomplete="postal-code"
          inputMode="numeric"
          width="short"
        />
        <TextArea
          form={form}
          name="story"
          label={t('gallery.fields.story.label')}
          hint={t('gallery.fields.story.hint')}
          required={false}
          maxLength={STORY_MAX}
        />
        <Select
          form={form}
          name="region"
          label={t('gallery.fields.region.label')}
          placeholder={t('gallery.fields.region.placeholder')}
          options={[
            { value: 'brussels', label: t(REGION_LABEL.brussels) },
            { value: 'flanders', label: t(REGION_LABEL.flanders) },
            { value: 'wallonia', label: t(REGION_LABEL.wallonia) },
          ]}
        />
        <Radios
          form={form}
          name="size"
          label={t('gallery.fields.size.label')}
          options={[
            { value: 'small', label: t('gallery.size.small'), hint: t('gallery.size.small.hint') },
            { value: 'medium', label: t('gallery.size.medium') },
            { value: 'large', label: t('gallery.size.large') },
          ]}
        />
        <Checkboxes
          form={form}
          name="languages"
          label={t('gallery.fields.languages.label')}
          hint={t('gallery.fields.languages.hint')}
          inline
          options={[
            { value: 'nl', label: t(LANGUAGE_LABEL.nl) },
            { value: 'fr', label: t(LANGUAGE_LABEL.fr) },
            { value: 'de', label: t(LANGUAGE_LABEL.de) },
            { value: 'en', label: t(LANGUAGE_LABEL.en) },
          ]}
        />
        <FileField
          form={form}
          name="document"
          label={t('gallery.fields.document.label')}
          hint={t('gallery.fields.document.hint')}
          required={false}
          accept="application/pdf"
        />
        <div class="button-group">
          <Button name="form" value="fields">
            {t('gallery.fields.send')}
          </Button>
          <a href={href(GALLERY_PATH)}>{t('gallery.fields.cancel')}</a>
        </div>
      </Form>
    </section>
  );
}

/** What form B looks like after sending it empty or wrong: every field with its message. */
export function sampleErrors(t: (key: string, values?: Record<string, string | number>) => string): FormState {
  return {
    values: { email: 'name@example', description: t('gallery.sample.description') },
    errors: {
      email: t('form.error.email'),
      description: t('form.error.tooLong', { max: DESCRIPTION_MAX }),
      sector: t('form.error.choose'),
      contact: t('form.error.choose'),
      topics: t('form.error.chooseAtLeastOne'),
      logo: t('gallery.error.file'),
    },
  };
}

/** Form B: the error summary, then every kind of field with an inline error. */
export function ErrorsForm({ form }: { form: FormState }) {
  const { t } = usePage();
  const href = useHref();
  return (
    <section aria-labelledby="gallery-errors">
      <h2 id="gallery-errors">{t('gallery.errors.title')}</h2>
      <p>{t('gallery.errors.intro')}</p>
      <ErrorSummary form={form} />
      <Form action={href(GALLERY_PATH)} multipart>
        <TextField
          form={form}
          name="email"
          type="email"
          label={t('gallery.errors.email.label')}
          hint={t('gallery.errors.email.hint')}
          autocomplete="email"
          spellcheck={false}
        />
        <TextArea
          form={form}
          name="description"
          label={t('gallery.errors.description.label')}
          maxLength={DESCRIPTION_MAX}
          rows={4}
        />
        <Select
          form={form}
          name="sector"
          label={t('gallery.errors.sector.label')}
          placeholder={t('gallery.errors.sector.placeholder')}
          options={[
            { value: 'public', label: t(SECTOR_LABEL.public) },
            { value: 'private', label: t(SECTOR_LABEL.private) },
            { value: 'nonprofit', label: t(SECTOR_LABEL.nonprofit) },
          ]}
        />
        <Radios
          form={form}
          name="contact"
          label={t('gallery.errors.contact.label')}
          inline
          options={[
            { value: 'email', label: t('gallery.contact.email') },
            { value: 'phone', label: t('gallery.contact.phone') },
            { value: 'post', label: t('gallery.contact.post') },
          ]}
        />
        <Checkboxes
          form={form}
          name="topics"
          label={t('gallery.errors.topics.label')}
          hint={t('gallery.fields.languages.hint')}
          options={[
            { value: 'skills', label: t('gallery.topic.skills'), hint: t('gallery.topic.skills.hint') },
            { value: 'access', label: t('gallery.topic.access') },
            { value: 'services', label: t('gallery.topic.services') },
          ]}
        />
        <FileField
          form={form}
          name="logo"
          label={t('gallery.errors.logo.label')}
          hint={t('gallery.errors.logo.hint')}
          accept="image/png,image/jpeg"
        />
        <Button name="form" value="errors">
          {t('gallery.errors.send')}
        </Button>
      </Form>
    </section>
  );
}

/** A filter panel: a GET form, so filtering never needs a token and the address can be shared. */
export function FiltersPanel() {
  const { t } = usePage();
  const href = useHref();
  const none = { values: {}, errors: {} };
  return (
    <section aria-labelledby="gallery-filters">
      <h2 id="gallery-filters">{t('gallery.filters.title')}</h2>
      <form
        class="filters"
        method="get"
        action={href(GALLERY_PATH)}
        role="search"
        aria-label={t('gallery.filters.title')}
      >
        <TextField form={none} name="q" type="search" label={t('gallery.filters.q')} width="medium" />
        <Button variant="secondary">{t('gallery.filters.submit')}</Button>
      </form>
    </section>
  );
}
