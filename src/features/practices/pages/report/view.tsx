import { Layout } from '../../../../platform/views/layout.tsx';
import { usePage, useHref } from '../../../../platform/views/context.ts';
import {
  Button,
  Form,
  FormProblems,
  Radios,
  TextArea,
  titleAfter,
  type FormState,
} from '../../../../platform/views/form.tsx';
import { REPORT_REASON_LABEL, REPORT_REASONS } from '../../service-contact.ts';
import { PracticeHeading, type ContactTarget } from '../ask/view.tsx';
import { DETAILS_MAX } from './schema.ts';

/** "Report a problem": a reason and, if the reader likes, a few words; the secretariat reads it. */
export function ReportPage({ target, form }: { target: ContactTarget; form: FormState }) {
  const { t } = usePage();
  const href = useHref();
  const title = t('practices.report.title');
  return (
    <Layout title={titleAfter(t, `${title} – ${target.title}`, form)} noindex>
      <FormProblems form={form} />
      <PracticeHeading target={target} title={title} />
      <p class="lead">{t('practices.report.lead')}</p>
      <Form action={href(`/practices/${encodeURIComponent(target.slug)}/report`)}>
        <Radios
          form={form}
          name="reason"
          label={t('practices.report.reason.legend')}
          options={REPORT_REASONS.map((r) => ({ value: r, label: t(REPORT_REASON_LABEL[r]) }))}
        />
        <TextArea
          form={form}
          name="details"
          label={t('practices.report.details.label')}
          hint={t('practices.report.details.hint')}
          required={false}
          maxLength={DETAILS_MAX}
          rows={5}
        />
        <Button>{t('practices.report.submit')}</Button>
      </Form>
    </Layout>
  );
}
