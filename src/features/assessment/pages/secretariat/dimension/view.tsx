import { Layout } from '../../../../../platform/views/layout.tsx';
import { usePage, useHref } from '../../../../../platform/views/context.ts';
import { BackLink } from '../../../../../platform/views/components.tsx';
import {
  Button,
  Checkboxes,
  Form,
  FormProblems,
  TextArea,
  TextField,
  titleAfter,
  type FormState,
} from '../../../../../platform/views/form.tsx';
import { CAUSE_LABEL, CAUSES, COMMITMENT_LABEL, COMMITMENTS } from '../../../../practices/vocabulary.ts';
import { LANGS, NATIVE_NAME } from '../../../../../platform/i18n/i18n.ts';
import { AUDIENCES, LEVELS, type Dimension } from '../../../framework.ts';
import { AUDIENCE_LABEL, LEVEL_LABEL } from '../labels.ts';
import { levelField, summaryField, TEXT_MAX, titleField } from './schema.ts';

/**
 * A draft's texts for one dimension, in the four languages side by side: the title and summary
 * first, then one group per audience with, for each level, its descriptor and examples. Each
 * field is marked with the language it is written in. Without `dimension`, the form adds one,
 * asking its key and what it speaks to first.
 */
export function DimensionFormPage(props: { version: number; dimension: Dimension | null; form: FormState }) {
  const { t, lang } = usePage();
  const href = useHref();
  const { version, dimension, form } = props;
  const base = `/secretariat/assessment/frameworks/${version}`;
  const title = dimension
    ? t('assessment.framework.form.title', { dimension: dimension.title[lang], version })
    : t('assessment.framework.add.title', { version });
  return (
    <Layout title={titleAfter(t, title, form)} noindex>
      <BackLink href={href(base)}>{t('assessment.framework.form.back', { version })}</BackLink>
      <h1>{title}</h1>
      <p>{t('assessment.framework.form.lead')}</p>
      <FormProblems form={form} />
      <Form action={href(dimension ? `${base}/dimensions/${dimension.key}` : `${base}/new-dimension`)} class="stack">
        {dimension ? null : <Identity form={form} />}
        <fieldset class="fieldset">
          <legend class="legend">{t('assessment.framework.form.about')}</legend>
          {LANGS.map((l) => (
            <>
              <TextArea
                form={form}
                name={titleField(l)}
                label={t('assessment.framework.form.dimensionTitle', { language: NATIVE_NAME[l] })}
                maxLength={TEXT_MAX}
                rows={1}
                lang={l}
              />
              <TextArea
                form={form}
                name={summaryField(l)}
                label={t('assessment.framework.form.summary', { language: NATIVE_NAME[l] })}
                maxLength={TEXT_MAX}
                rows={3}
                lang={l}
              />
            </>
          ))}
        </fieldset>
        {AUDIENCES.map((audience) => (
          <fieldset class="fieldset">
            <legend class="legend">{t(AUDIENCE_LABEL[audience])}</legend>
            {LEVELS.map((level) => (
              <fieldset class="fieldset">
                <legend class="legend">
                  {t('assessment.framework.levelName', { level, name: t(LEVEL_LABEL[level]) })}
                </legend>
                {LANGS.map((l) => (
                  <>
                    <TextArea
                      form={form}
                      name={levelField('descriptor', audience, level, l)}
                      label={t('assessment.framework.form.descriptor', { language: NATIVE_NAME[l] })}
                      maxLength={TEXT_MAX}
                      rows={2}
                      lang={l}
                    />
                    <TextArea
                      form={form}
                      name={levelField('examples', audience, level, l)}
                      label={t('assessment.framework.form.examples', { language: NATIVE_NAME[l] })}
                      maxLength={TEXT_MAX}
                      rows={2}
                      lang={l}
                    />
                  </>
                ))}
              </fieldset>
            ))}
          </fieldset>
        ))}
        <Button>{dimension ? t('assessment.framework.form.save') : t('assessment.framework.add.save')}</Button>
      </Form>
    </Layout>
  );
}

/** What only a new dimension is asked: its key, for good, and what it speaks to. */
function Identity({ form }: { form: FormState }) {
  const { t } = usePage();
  return (
    <fieldset class="fieldset">
      <legend class="legend">{t('assessment.framework.add.identity')}</legend>
      <TextField
        form={form}
        name="key"
        label={t('assessment.framework.add.key')}
        hint={t('assessment.framework.add.key.hint')}
        width="medium"
        spellcheck={false}
      />
      <Checkboxes
        form={form}
        name="commitment"
        label={t('assessment.framework.add.commitments')}
        required={false}
        options={COMMITMENTS.map((c) => ({ value: c, label: t(COMMITMENT_LABEL[c]) }))}
      />
      <Checkboxes
        form={form}
        name="cause"
        label={t('assessment.framework.add.causes')}
        required={false}
        options={CAUSES.map((c) => ({ value: c, label: t(CAUSE_LABEL[c]) }))}
      />
    </fieldset>
  );
}
