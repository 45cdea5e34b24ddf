import { Layout } from '../../../../platform/views/layout.tsx';
import { usePage } from '../../../../platform/views/context.ts';
import { Button, Form, FormProblems, Select, titleAfter, type FormState } from '../../../../platform/views/form.tsx';
import { LANGS } from '../../../../platform/i18n/i18n.ts';
import { OrgPracticeHeading, nativeName, tagLabel } from '../../components.tsx';
import { PracticeTextFields, ResultsField } from '../edit/text-fields.tsx';

/** A text of the practice in another language than its original. */
export function TranslationPage(props: {
  orgId: string;
  orgName: string;
  practiceId: string;
  originalLang: string;
  /** The languages the practice has a text in already. */
  existing: string[];
  form: FormState;
}) {
  const { t, lang } = usePage();
  const { form } = props;
  const title = t('practices.translation.title');
  const others = LANGS.filter((l) => l !== props.originalLang);
  // What the library's readers miss, said where members can fill it in (the secretariat's list of practices to translate shows the same).
  const missing = LANGS.filter((l) => !props.existing.includes(l));
  return (
    <Layout title={titleAfter(t, title, form)} noindex>
      <OrgPracticeHeading
        orgId={props.orgId}
        orgName={props.orgName}
        title={title}
        back={{
          path: `/organisations/${props.orgId}/practices/${props.practiceId}`,
          label: t('practices.translation.back'),
        }}
      >
        <p class="lead">{t('practices.translation.lead', { language: nativeName(props.originalLang) })}</p>
        <p>
          {missing.length
            ? t('practices.translation.missing', { languages: missing.map((l) => t(tagLabel('language', l))).join(', ') })
            : t('practices.translation.complete')}
        </p>
      </OrgPracticeHeading>
      <FormProblems form={form} />
      <Form action={`/${lang}/organisations/${props.orgId}/practices/${props.practiceId}/translation`}>
        <Select
          form={form}
          name="lang"
          label={t('practices.translation.lang')}
          hint={t('practices.translation.lang.hint')}
          options={others.map((l) => ({
            value: l,
            label: props.existing.includes(l)
              ? t('practices.translation.exists', { language: nativeName(l) })
              : nativeName(l),
          }))}
        />
        <PracticeTextFields form={form} />
        <ResultsField form={form} />
        <Button>{t('practices.translation.save')}</Button>
      </Form>
    </Layout>
  );
}
