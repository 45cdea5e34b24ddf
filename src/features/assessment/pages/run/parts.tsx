import { usePage } from '../../../../platform/views/context.ts';
import { Checkboxes, fieldId, type FormState } from '../../../../platform/views/form.tsx';
import { AUDIENCES, type Dimension, type Framework } from '../../framework.ts';
import type { AnswerRow } from '../../repository-runs.ts';
import { AUDIENCE_LABEL } from './labels.ts';

// What the run's pages share: addresses, the dimensions in a run's scope in the framework's
// order, and the grid of checkboxes that chooses a scope.

export const overviewPath = (orgId: string): string => `/organisations/${orgId}/assessment`;
export const runPath = (orgId: string, runId: string): string => `${overviewPath(orgId)}/runs/${runId}`;
export const answersPath = (orgId: string, runId: string, dimension: string): string =>
  `${runPath(orgId, runId)}/answers/${dimension}`;

/** The dimensions that have a cell in the run, in the framework's order. */
export function dimensionsInScope(framework: Framework, answers: readonly AnswerRow[]): Dimension[] {
  const keys = new Set(answers.map((a) => a.dimension));
  return framework.content.dimensions.filter((d) => keys.has(d.key));
}

/** The checkbox field of one dimension's audiences. */
export const scopeField = (dimension: string): string => `scope_${dimension}`;

/** The form values of a scope: one checkbox list per dimension. */
export function scopeValues(cells: readonly { dimension: string; audience: string }[]): FormState['values'] {
  const values: Record<string, string[]> = {};
  for (const c of cells) (values[scopeField(c.dimension)] ??= []).push(c.audience);
  return values;
}

/**
 * The scope as a grid: one group of checkboxes per dimension (its title as the legend), one box
 * per audience. A missing choice is the `scope` field's error, shown above the grid.
 */
export function ScopeFields(props: { form: FormState; framework: Framework }) {
  const { t, lang } = usePage();
  const error = props.form.errors.scope;
  return (
    <div class={`field${error ? ' field--error' : ''}`} id={fieldId('scope')}>
      <p class="hint">{t('assessment.run.scope.hint')}</p>
      {error ? (
        <p class="field-error">
          <span class="visually-hidden">{t('form.errorPrefix')} </span>
          {error}
        </p>
      ) : null}
      {props.framework.content.dimensions.map((d) => (
        <Checkboxes
          form={props.form}
          name={scopeField(d.key)}
          label={d.title[lang]}
          hint={d.summary[lang]}
          inline
          options={AUDIENCES.map((a) => ({ value: a, label: t(AUDIENCE_LABEL[a]) }))}
        />
      ))}
    </div>
  );
}
