import { Layout } from '../../../../platform/views/layout.tsx';
import { usePage, useHref } from '../../../../platform/views/context.ts';
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
import { BackLink } from '../../../../platform/views/components.tsx';
import { DESCRIPTION_MAX, TITLE_MAX } from '../../service.ts';
import {
  KIND_LABEL,
  KINDS,
  SAFETY_KIND_LABEL,
  SAFETY_KINDS,
  TAG_LABEL,
  TAGS,
  VISIBILITIES,
  VISIBILITY_LABEL,
  type TagName,
} from '../../vocabulary.ts';

const KIND_HINT = {
  training: 'activities.kind.training.hint',
  support: 'activities.kind.support.hint',
  promotion: 'activities.kind.promotion.hint',
  campaign: 'activities.kind.campaign.hint',
  safety: 'activities.kind.safety.hint',
} as const;

const TAG_FIELD: Record<TagName, { label: string; hint: string }> = {
  commitment: { label: 'activities.form.commitment', hint: 'activities.form.commitment.hint' },
  audience: { label: 'activities.form.audience', hint: 'activities.form.audience.hint' },
  group: { label: 'activities.form.group', hint: 'activities.form.group.hint' },
  region: { label: 'activities.form.region', hint: 'activities.form.region.hint' },
  digcomp: { label: 'activities.form.digcomp', hint: 'activities.form.digcomp.hint' },
};

/**
 * Logging an activity, or changing one (`activityId`): four fields first, then the details in
 * their own group. Without JavaScript every field shows; those that only matter for one kind
 * say so in their hint.
 */
export function ActivityFormPage(props: { orgId: string; orgName: string; form: FormState; activityId?: string }) {
  const { t } = usePage();
  const href = useHref();
  const { form } = props;
  const base = `/organisations/${props.orgId}/activities`;
  const editing = props.activityId !== undefined;
  const title = editing ? t('activities.edit.title') : t('activities.new.title');
  const tags = (name: TagName) => (
    <Checkboxes
      form={form}
      name={name}
      label={t(TAG_FIELD[name].label)}
      hint={t(TAG_FIELD[name].hint)}
      required={false}
      options={(TAGS[name] as readonly string[]).map((v) => ({ value: v, label: t(TAG_LABEL[name][v]!) }))}
    />
  );
  return (
    <Layout title={titleAfter(t, title, form)} noindex>
      <BackLink href={href(base)}>{t('activities.log.title')}</BackLink>
      <p class="caption">{props.orgName}</p>
      <h1>{title}</h1>
      <p class="lead">{editing ? t('activities.edit.lead') : t('activities.new.lead')}</p>
      <FormProblems form={form} />
      <Form action={href(editing ? `${base}/${props.activityId}/edit` : `${base}/new`)} class="stack">
        <Radios
          form={form}
          name="kind"
          label={t('activities.form.kind')}
          options={KINDS.map((k) => ({ value: k, label: t(KIND_LABEL[k]), hint: t(KIND_HINT[k]) }))}
        />
        <TextField
          form={form}
          name="title"
          label={t('activities.form.title')}
          hint={t('activities.form.title.hint', { max: TITLE_MAX })}
        />
        <TextField
          form={form}
          name="startsOn"
          label={t('activities.form.startsOn')}
          hint={t('activities.form.date.hint')}
          width="medium"
        />
        <TextField
          form={form}
          name="peopleReached"
          label={t('activities.form.people')}
          hint={t('activities.form.people.hint')}
          inputMode="numeric"
          width="short"
        />
        <fieldset class="fieldset stack">
          <legend class="legend">{t('activities.form.more')}</legend>
          <p class="hint">{t('activities.form.more.hint')}</p>
          <TextField
            form={form}
            name="endsOn"
            label={t('activities.form.endsOn')}
            hint={t('activities.form.endsOn.hint')}
            width="medium"
            required={false}
          />
          <TextArea
            form={form}
            name="description"
            label={t('activities.form.description')}
            maxLength={DESCRIPTION_MAX}
            rows={5}
            required={false}
          />
          {tags('commitment')}
          {tags('audience')}
          {tags('group')}
          {tags('region')}
          <TextField
            form={form}
            name="hoursPerPerson"
            label={t('activities.form.hours')}
            hint={t('activities.form.hours.hint')}
            inputMode="decimal"
            width="short"
            required={false}
          />
          {tags('digcomp')}
          <Select
            form={form}
            name="safetyKind"
            label={t('activities.form.safetyKind')}
            hint={t('activities.form.safetyKind.hint')}
            placeholder={t('activities.form.safetyKind.none')}
            required={false}
            options={SAFETY_KINDS.map((k) => ({ value: k, label: t(SAFETY_KIND_LABEL[k]) }))}
          />
          <p class="hint">
            <a href={href('/safety')}>{t('activities.safety.link')}</a>
          </p>
          <TextField
            form={form}
            name="evidenceLink"
            type="url"
            label={t('activities.form.link')}
            hint={t('activities.form.link.hint')}
            required={false}
          />
          <Radios
            form={form}
            name="visibility"
            label={t('activities.form.visibility')}
            options={VISIBILITIES.map((v) => ({ value: v, label: t(VISIBILITY_LABEL[v]) }))}
          />
        </fieldset>
        <Button>{editing ? t('activities.edit.submit') : t('activities.new.submit')}</Button>
      </Form>
    </Layout>
  );
}
