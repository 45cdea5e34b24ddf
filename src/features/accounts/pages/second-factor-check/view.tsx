import { Layout } from '../../../../platform/views/layout.tsx';
import { usePage } from '../../../../platform/views/context.ts';
import { Button, Form, FormProblems, TextField, type FormState, titleAfter } from '../../../../platform/views/form.tsx';

/** The form field of the code when it is asked again; the gate reads it from any form it replays. */
export const RECHECK_FIELD = 'second_factor_code';

/**
 * "Enter your code again": before a sensitive action once the last proof is more than 15
 * minutes old, or on a secretariat page in a session that never proved it. `carry` holds what
 * the person had typed in the form they sent, so nothing is lost: the form posts it again.
 */
export function SecondFactorCheckPage(props: {
  form: FormState;
  action: string;
  carry?: Record<string, string | string[]>;
}) {
  const { t } = usePage();
  const title = t('accounts.secondFactorCheck.title');
  return (
    <Layout title={titleAfter(t, title, props.form)} noindex>
      <FormProblems form={props.form} />
      <h1>{title}</h1>
      <p class="lead">{t('accounts.secondFactorCheck.lead')}</p>
      {props.carry && Object.keys(props.carry).length > 0 ? <p>{t('accounts.secondFactorCheck.kept')}</p> : null}
      <Form action={props.action}>
        {Object.entries(props.carry ?? {}).flatMap(([name, value]) =>
          [value].flat().map((one) => <input type="hidden" name={name} value={one} />),
        )}
        <TextField
          form={props.form}
          name={RECHECK_FIELD}
          label={t('accounts.secondFactor.field.code.label')}
          hint={t('accounts.secondFactorCheck.hint')}
          autocomplete="one-time-code"
          width="medium"
          spellcheck={false}
        />
        <Button>{t('accounts.secondFactorCheck.submit')}</Button>
      </Form>
    </Layout>
  );
}
