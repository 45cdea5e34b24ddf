import { Layout } from '../../../../platform/views/layout.tsx';
import { usePage, useHref } from '../../../../platform/views/context.ts';
import {
  Button,
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
import { DESCRIPTION_MAX, EVIDENCE_MAX, FIGURE_MAX, TITLE_MAX } from '../../service-report.ts';
import { TagChoices } from '../../components.tsx';

interface ReportProps {
  orgId: string;
  orgName: string;
  form: FormState;
  /** Editing this obstacle of the organisation (same fields, same checks) rather than reporting one. */
  edit?: { slug: string; title: string };
}

/** "Report an obstacle", for a member of a signatory, in its organisation's name; or "Edit" it. */
export function ReportPage({ orgId, orgName, form, edit }: ReportProps) {
  const { t } = usePage();
  const href = useHref();
  const title = edit ? t('obstacles.edit.title') : t('obstacles.report.title');
  const page = edit ? `/obstacles/${encodeURIComponent(edit.slug)}` : null;
  return (
    <Layout title={titleAfter(t, title, form)} noindex>
      {edit && page ? (
        <BackLink href={href(page)}>{edit.title}</BackLink>
      ) : (
        <BackLink href={href('/obstacles')}>{t('obstacles.list.title')}</BackLink>
      )}
      <p class="caption">{orgName}</p>
      <h1>{title}</h1>
      <p class="lead">{edit ? t('obstacles.edit.lead') : t('obstacles.report.lead')}</p>
      <FormProblems form={form} />
      <Form
        action={href(edit ? `/organisations/${orgId}${page}/edit` : `/organisations/${orgId}/obstacles/new`)}
        class="stack"
      >
        <Select
          form={form}
          name="lang"
          label={t('obstacles.report.lang')}
          options={LANGS.map((l) => ({ value: l, label: t(LANGUAGE_LABEL[l]) }))}
        />
        <TextField
          form={form}
          name="title"
          label={t('obstacles.report.field.title')}
          hint={t('obstacles.report.field.titleHint', { max: TITLE_MAX })}
        />
        <TextArea
          form={form}
          name="description"
          label={t('obstacles.report.field.description')}
          hint={t('obstacles.report.field.descriptionHint')}
          maxLength={DESCRIPTION_MAX}
          rows={8}
        />
        <TagChoices form={form} />
        <h2>{t('obstacles.report.evidence')}</h2>
        <TextField
          form={form}
          name="evidenceFigure"
          label={t('obstacles.report.field.figure')}
          hint={t('obstacles.report.field.figureHint', { max: FIGURE_MAX })}
          required={false}
        />
        <TextArea
          form={form}
          name="evidenceText"
          label={t('obstacles.report.field.evidence')}
          maxLength={EVIDENCE_MAX}
          required={false}
        />
        <TextField
          form={form}
          name="evidenceLink"
          type="url"
          label={t('obstacles.report.field.link')}
          hint={t('obstacles.report.field.linkHint')}
          required={false}
        />
        <Button>{edit ? t('obstacles.edit.submit') : t('obstacles.report.submit')}</Button>
      </Form>
    </Layout>
  );
}
