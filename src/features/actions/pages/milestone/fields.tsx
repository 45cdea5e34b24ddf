import { usePage } from '../../../../platform/views/context.ts';
import { Radios, TextField, type FormState } from '../../../../platform/views/form.tsx';
import { MILESTONE_TITLE_MAX, WEIGHT_MAX } from '../../service-milestones.ts';
import { MILESTONE_LABEL, MILESTONE_STATUSES } from '../../vocabulary.ts';

/** A milestone's fields, on the action's page (a new one) and on its own page (a change). */
export function MilestoneFields({ form }: { form: FormState }) {
  const { t } = usePage();
  return (
    <>
      <TextField
        form={form}
        name="title"
        label={t('actions.milestone.field.title')}
        hint={t('actions.form.titleHint', { max: MILESTONE_TITLE_MAX })}
      />
      <TextField
        form={form}
        name="dueOn"
        label={t('actions.milestone.field.dueOn')}
        hint={t('actions.form.dateHint')}
      />
      <TextField
        form={form}
        name="weight"
        label={t('actions.milestone.field.weight')}
        hint={t('actions.milestone.field.weightHint', { max: WEIGHT_MAX })}
      />
      <Radios
        form={form}
        name="status"
        label={t('actions.milestone.field.status')}
        options={MILESTONE_STATUSES.map((s) => ({ value: s, label: t(MILESTONE_LABEL[s]) }))}
      />
      <TextField
        form={form}
        name="percent"
        label={t('actions.milestone.field.percent')}
        hint={t('actions.milestone.field.percentHint')}
        required={false}
      />
      <TextField
        form={form}
        name="doneOn"
        label={t('actions.milestone.field.doneOn')}
        hint={t('actions.milestone.field.doneOnHint')}
        required={false}
      />
    </>
  );
}
