import { usePage } from '../../../../platform/views/context.ts';
import { TextField, type FormState } from '../../../../platform/views/form.tsx';
import { NAME_MAX, UNIT_MAX } from '../../service-indicators.ts';

/** An indicator's fields, on the action's page (a new one) and on its own page (a change). */
export function IndicatorFields({ form }: { form: FormState }) {
  const { t } = usePage();
  return (
    <>
      <TextField
        form={form}
        name="name"
        label={t('actions.indicator.field.name')}
        hint={t('actions.indicator.field.nameHint', { max: NAME_MAX })}
      />
      <TextField
        form={form}
        name="unit"
        label={t('actions.indicator.field.unit')}
        hint={t('actions.indicator.field.unitHint', { max: UNIT_MAX })}
      />
      <TextField form={form} name="target" label={t('actions.indicator.field.target')} />
      <TextField form={form} name="current" label={t('actions.indicator.field.current')} />
      <TextField
        form={form}
        name="measuredOn"
        label={t('actions.indicator.field.measuredOn')}
        hint={t('actions.form.dateHint')}
      />
    </>
  );
}
