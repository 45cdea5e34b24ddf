import { Layout } from '../../../../platform/views/layout.tsx';
import { usePage, useHref } from '../../../../platform/views/context.ts';
import {
  Button,
  Checkboxes,
  Form,
  FormProblems,
  Radios,
  TextArea,
  TextField,
  titleAfter,
  type FormState,
} from '../../../../platform/views/form.tsx';
import { BackLink, ButtonLink } from '../../../../platform/views/components.tsx';
import { LANGS } from '../../../../platform/i18n/i18n.ts';
import type { CampaignView } from '../../service-public.ts';
import { AIM_MAX, CTA_MAX } from '../../service.ts';
import { CAUSE_LABEL, CAUSES, LANGUAGE_LABEL, TARGET_GROUP_LABEL, TARGET_GROUPS } from '../../vocabulary.ts';
import { MaterialList } from '../../components.tsx';
import { textField } from './schema.ts';

/**
 * The secretariat's campaign form, new or existing (`view`): the period and tags first, then one
 * group per language, the first language required. An existing campaign lists its materials with
 * a way to remove each, and links to add one and to write to the supporters.
 */
export function CampaignFormPage(props: { form: FormState; view?: CampaignView }) {
  const { t } = usePage();
  const href = useHref();
  const { form, view } = props;
  const action = view ? `/secretariat/campaigns/${view.campaign.id}/edit` : '/secretariat/campaigns/new';
  const title = view ? t('campaigns.edit.title') : t('campaigns.new.title');
  return (
    <Layout title={titleAfter(t, title, form)} noindex>
      <BackLink href={href('/secretariat/campaigns')}>{t('campaigns.secretariat.back')}</BackLink>
      <h1>{title}</h1>
      <FormProblems form={form} />
      <Form action={href(action)} class="stack">
        <Radios
          form={form}
          name="lang"
          label={t('campaigns.form.lang')}
          hint={t('campaigns.form.lang.hint')}
          inline
          options={LANGS.map((l) => ({ value: l, label: t(LANGUAGE_LABEL[l]) }))}
        />
        <TextField
          form={form}
          name="startsOn"
          label={t('campaigns.form.startsOn')}
          hint={t('campaigns.form.date.hint')}
          width="medium"
        />
        <TextField
          form={form}
          name="endsOn"
          label={t('campaigns.form.endsOn')}
          hint={t('campaigns.form.date.hint')}
          width="medium"
        />
        <Checkboxes
          form={form}
          name="cause"
          label={t('campaigns.form.causes')}
          required={false}
          options={CAUSES.map((c) => ({ value: c, label: t(CAUSE_LABEL[c]) }))}
        />
        <Checkboxes
          form={form}
          name="group"
          label={t('campaigns.form.groups')}
          required={false}
          options={TARGET_GROUPS.map((g) => ({ value: g, label: t(TARGET_GROUP_LABEL[g]) }))}
        />
        <TextField
          form={form}
          name="ctaLink"
          type="url"
          label={t('campaigns.form.ctaLink')}
          hint={t('campaigns.form.ctaLink.hint')}
          required={false}
        />
        {LANGS.map((l) => (
          <fieldset class="fieldset" lang={l}>
            <legend class="legend">{t('campaigns.form.texts', { language: t(LANGUAGE_LABEL[l]) })}</legend>
            <TextField form={form} name={textField('title', l)} label={t('campaigns.form.title')} />
            <TextArea
              form={form}
              name={textField('aim', l)}
              label={t('campaigns.form.aim')}
              maxLength={AIM_MAX}
              lang={l}
            />
            <TextArea
              form={form}
              name={textField('cta', l)}
              label={t('campaigns.form.cta')}
              hint={t('campaigns.form.cta.hint')}
              maxLength={CTA_MAX}
              rows={2}
              required={false}
              lang={l}
            />
          </fieldset>
        ))}
        <Button>{view ? t('campaigns.form.save') : t('campaigns.form.create')}</Button>
      </Form>
      {view ? <ExistingParts view={view} /> : null}
    </Layout>
  );
}

function ExistingParts({ view }: { view: CampaignView }) {
  const { t } = usePage();
  const href = useHref();
  const base = `/secretariat/campaigns/${view.campaign.id}`;
  const materials = [...view.materials, ...view.otherMaterials];
  return (
    <section aria-labelledby="materials" class="stack">
      <h2 id="materials">{t('campaigns.materials.title')}</h2>
      {materials.length === 0 ? <p>{t('campaigns.materials.none')}</p> : null}
      {materials.map((m) => (
        <Form action={href(`${base}/materials/${m.id}/delete`)} class="inline-form">
          <MaterialList slug={view.campaign.slug} materials={[m]} labelled />
          <Button variant="secondary">
            {t('campaigns.materials.remove')}
            <span class="visually-hidden"> {m.title}</span>
          </Button>
        </Form>
      ))}
      <p class="button-group">
        <ButtonLink href={href(`${base}/materials/new`)} variant="secondary">
          {t('campaigns.materials.add')}
        </ButtonLink>
        <ButtonLink href={href(`${base}/message`)} variant="secondary">
          {t('campaigns.message.link')}
        </ButtonLink>
        <a href={href(`/campaigns/${view.campaign.slug}`)}>{t('campaigns.secretariat.view')}</a>
      </p>
    </section>
  );
}
