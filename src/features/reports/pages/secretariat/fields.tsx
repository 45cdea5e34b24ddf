import { usePage } from '../../../../platform/views/context.ts';
import { TextField, type FormState } from '../../../../platform/views/form.tsx';

// The cycle's days as form fields, shared by opening a cycle and changing its days. Dates are
// typed (a date picker is not needed to type 31/05/2027); reminder days are offsets from the deadline.

export function DayField({ form, name, label }: { form: FormState; name: string; label: string }) {
  const { t } = usePage();
  return <TextField form={form} name={name} label={label} hint={t('reports.cycles.form.dayHint')} width="medium" />;
}

export function CycleDayFields({ form, fixedStart }: { form: FormState; fixedStart?: boolean }) {
  const { t } = usePage();
  return (
    <>
      {fixedStart ? null : <DayField form={form} name="opensOn" label={t('reports.cycles.form.opensOn')} />}
      <DayField form={form} name="dueOn" label={t('reports.cycles.form.dueOn')} />
      <DayField form={form} name="graceUntil" label={t('reports.cycles.form.graceUntil')} />
      {fixedStart ? null : (
        <TextField
          form={form}
          name="reminders"
          label={t('reports.cycles.form.reminders')}
          hint={t('reports.cycles.form.remindersHint')}
          width="medium"
        />
      )}
    </>
  );
}
