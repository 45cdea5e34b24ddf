import { Layout } from '../../../../../platform/views/layout.tsx';
import { usePage, useHref } from '../../../../../platform/views/context.ts';
import { BackLink } from '../../../../../platform/views/components.tsx';
import {
  Button,
  Form,
  FormProblems,
  TextArea,
  titleAfter,
  type FormState,
} from '../../../../../platform/views/form.tsx';
import { LANGS, NATIVE_NAME } from '../../../../../platform/i18n/i18n.ts';
import { AUDIENCES, LEVELS, type Dimension } from '../../../framework.ts';
import { AUDIENCE_LABEL, LEVEL_LABEL } from '../labels.ts';
import { levelField, summaryField, TEXT_MAX, titleField } from './schema.ts';

/**
 * A draft's texts for one dimension, in the four languages side by side: the title and summary
 * first, then one group per audience with, for each level, its descriptor and examples. Each
 * field is marked with the language it is written in.
 */
export function DimensionFormPage(props: { version: number; dimension: Dimension; form: FormState }) {
  const { t, lang } = usePage();
  const href = useHref();
  const { version, dimension, form } = props;
  const base = `/secretariat/assessment/frameworks/${version}`;
  const title = t('assessment.framework.form.title', { dimension: dimension.title[lang], version });
  return (
    <Layout title={titleAfter(t, title, form)} noindex>
      <BackLink href={href(base)}>{t('assessment.framework.form.back', { version })}</BackLink>
      <h1>{title}</h1>
      <p>{t('assessment.framework.form.lead')}</p>
      <FormProblems form={form} />
      <Form action={href(`${base}/dimensions/${dimension.key}`)} class="stack">
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
        <Button>{t('assessment.framework.form.save')}</Button>
      </Form>
    </Layout>
  );
}
