import { usePage } from '../../../../platform/views/context.ts';
import type { FormState } from '../../../../platform/views/form.tsx';
import { ChangePage } from '../change-page.tsx';
import { IndicatorFields } from './fields.tsx';

/** Updating an indicator: its own page, for the lead's and partners' members. */
export function IndicatorPage(props: { slug: string; actionTitle: string; indicatorId: string; form: FormState }) {
  const { t } = usePage();
  return (
    <ChangePage
      slug={props.slug}
      actionTitle={props.actionTitle}
      path={`indicators/${props.indicatorId}`}
      title={t('actions.indicator.edit.title')}
      submit={t('actions.indicator.edit.submit')}
      form={props.form}
    >
      <IndicatorFields form={props.form} />
    </ChangePage>
  );
}
