import { usePage } from '../../../../platform/views/context.ts';
import { TextArea, TextField, type FormState } from '../../../../platform/views/form.tsx';
import { BODY_MAX, RESULTS_MAX, SUMMARY_MAX } from './schema.ts';

// The fields of one language's text, the same on the practice form and the translation form.

export function PracticeTextFields({ form }: { form: FormState }) {
  const { t } = usePage();
  return (
    <>
      <TextField
        form={form}
        name="title"
        label={t('practices.form.title.label')}
        hint={t('practices.form.title.hint')}
      />
      <TextArea
        form={form}
        name="summary"
        label={t('practices.form.summary.label')}
        hint={t('practices.form.summary.hint')}
        maxLength={SUMMARY_MAX}
        rows={3}
      />
      <TextArea
        form={form}
        name="body"
        label={t('practices.form.body.label')}
        hint={t('practices.form.body.hint')}
        maxLength={BODY_MAX}
        rows={14}
      />
    </>
  );
}

export function ResultsField({ form }: { form: FormState }) {
  const { t } = usePage();
  return (
    <TextArea
      form={form}
      name="results"
      label={t('practices.form.results.label')}
      hint={t('practices.form.results.hint')}
      maxLength={RESULTS_MAX}
      rows={5}
      required={false}
    />
  );
}
