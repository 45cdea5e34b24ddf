import { Layout } from '../../../../platform/views/layout.tsx';
import { usePage, useHref } from '../../../../platform/views/context.ts';
import {
  Button,
  Checkboxes,
  Form,
  FormProblems,
  Select,
  TextArea,
  TextField,
  titleAfter,
  type FormState,
} from '../../../../platform/views/form.tsx';
import { BackLink } from '../../../../platform/views/components.tsx';
import { LANGS } from '../../../../platform/i18n/i18n.ts';
import { LANGUAGE_LABEL } from '../../../organisations/vocabulary.ts';
import { DESCRIPTION_MAX, GOAL_MAX, OBSTACLES_MAX, TITLE_MAX } from '../../service-propose.ts';
import { NEED_LABEL, NEEDS } from '../../vocabulary.ts';

/**
 * Proposing an action in an organisation's name (`orgId`), or editing one (`slug`): the same
 * fields, but the obstacles are chosen once, when it is proposed.
 */
export function DetailsPage(
  props: { form: FormState; orgName: string } & (
    { orgId: string; slug?: undefined } | { slug: string; orgId?: undefined }
  ),
) {
  const { t } = usePage();
  const href = useHref();
  const { form } = props;
  const editing = props.slug !== undefined;
  const title = editing ? t('actions.edit.title') : t('actions.propose.title');
  const action = editing
    ? href(`/actions/${encodeURIComponent(props.slug)}/edit`)
    : href(`/organisations/${props.orgId}/actions/new`);
  return (
    <Layout title={titleAfter(t, title, form)} noindex>
      <BackLink href={editing ? href(`/actions/${encodeURIComponent(props.slug)}`) : href('/actions')}>
        {editing ? t('actions.edit.back') : t('actions.list.title')}
      </BackLink>
      <p class="caption">{props.orgName}</p>
      <h1>{title}</h1>
      {editing ? null : <p class="lead">{t('actions.propose.lead')}</p>}
      <FormProblems form={form} />
      <Form action={action} class="stack">
        {editing ? null : (
          <TextArea
            form={form}
            name="obstacles"
            label={t('actions.form.obstacles')}
            hint={t('actions.form.obstaclesHint', { max: OBSTACLES_MAX })}
            maxLength={OBSTACLES_MAX * 300}
            rows={3}
          />
        )}
        <Select
          form={form}
          name="lang"
          label={t('actions.form.lang')}
          options={LANGS.map((l) => ({ value: l, label: t(LANGUAGE_LABEL[l]) }))}
        />
        <TextField
          form={form}
          name="title"
          label={t('actions.form.title')}
          hint={t('actions.form.titleHint', { max: TITLE_MAX })}
        />
        <TextArea
          form={form}
          name="goal"
          label={t('actions.form.goal')}
          hint={t('actions.form.goalHint')}
          maxLength={GOAL_MAX}
          rows={3}
        />
        <TextArea
          form={form}
          name="description"
          label={t('actions.form.description')}
          maxLength={DESCRIPTION_MAX}
          rows={8}
        />
        <TextField
          form={form}
          name="startsOn"
          type="text"
          label={t('actions.form.startsOn')}
          hint={t('actions.form.dateHint')}
        />
        <TextField
          form={form}
          name="endsOn"
          type="text"
          label={t('actions.form.endsOn')}
          hint={t('actions.form.dateHint')}
          required={false}
        />
        <Checkboxes
          form={form}
          name="needs"
          label={t('actions.form.needs')}
          hint={t('actions.form.needsHint')}
          required={false}
          options={NEEDS.map((n) => ({ value: n, label: t(NEED_LABEL[n]) }))}
        />
        <Button>{editing ? t('actions.edit.submit') : t('actions.propose.submit')}</Button>
      </Form>
    </Layout>
  );
}
