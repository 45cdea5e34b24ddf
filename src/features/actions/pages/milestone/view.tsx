import { usePage } from '../../../../platform/views/context.ts';
import type { FormState } from '../../../../platform/views/form.tsx';
import { ChangePage } from '../change-page.tsx';
import { MilestoneFields } from './fields.tsx';

/** Moving a milestone on: its own page, for the lead's and partners' members. */
export function MilestonePage(props: { slug: string; actionTitle: string; milestoneId: string; form: FormState }) {
  const { t } = usePage();
  return (
    <ChangePage
      slug={props.slug}
      actionTitle={props.actionTitle}
      path={`milestones/${props.milestoneId}`}
      title={t('actions.milestone.edit.title')}
      submit={t('actions.milestone.edit.submit')}
      form={props.form}
    >
      <MilestoneFields form={props.form} />
    </ChangePage>
  );
}
