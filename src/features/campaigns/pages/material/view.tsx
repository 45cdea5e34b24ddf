import { Layout } from '../../../../platform/views/layout.tsx';
import { usePage, useHref } from '../../../../platform/views/context.ts';
import {
  Button,
  FileField,
  Form,
  FormProblems,
  Radios,
  TextField,
  titleAfter,
  type FormState,
} from '../../../../platform/views/form.tsx';
import { BackLink } from '../../../../platform/views/components.tsx';
import { LANGS } from '../../../../platform/i18n/i18n.ts';
import { LANGUAGE_LABEL, MATERIAL_KIND_LABEL, MATERIAL_KINDS } from '../../vocabulary.ts';
import { MATERIAL_ACCEPT, PENDING_FIELD, type PendingFile } from '../../materials.ts';

/** Adding a material to a campaign: a link, or a file (PDF, PNG or JPEG) kept across a refused submit. */
export function MaterialPage(props: {
  campaignId: string;
  campaignTitle: string;
  form: FormState;
  pending: PendingFile | null;
}) {
  const { t } = usePage();
  const href = useHref();
  const { form } = props;
  const base = `/secretariat/campaigns/${props.campaignId}`;
  const title = t('campaigns.material.title');
  return (
    <Layout title={titleAfter(t, title, form)} noindex>
      <BackLink href={href(`${base}/edit`)}>{props.campaignTitle}</BackLink>
      <h1>{title}</h1>
      <FormProblems form={form} />
      <Form action={href(`${base}/materials/new`)} multipart class="stack">
        <Radios
          form={form}
          name="lang"
          label={t('campaigns.material.lang')}
          inline
          options={LANGS.map((l) => ({ value: l, label: t(LANGUAGE_LABEL[l]) }))}
        />
        <TextField
          form={form}
          name="title"
          label={t('campaigns.material.name')}
          hint={t('campaigns.material.name.hint')}
        />
        <Radios
          form={form}
          name="kind"
          label={t('campaigns.material.kind')}
          options={MATERIAL_KINDS.map((k) => ({ value: k, label: t(MATERIAL_KIND_LABEL[k]) }))}
        />
        <TextField
          form={form}
          name="url"
          type="url"
          label={t('campaigns.material.url')}
          hint={t('campaigns.material.url.hint')}
          required={false}
        />
        {props.pending ? (
          <>
            <input type="hidden" name={PENDING_FIELD} value={props.pending.name} />
            <p>{t('campaigns.material.kept')}</p>
          </>
        ) : null}
        <FileField
          form={form}
          name="file"
          accept={MATERIAL_ACCEPT}
          label={t('campaigns.material.file')}
          hint={t('campaigns.material.file.hint')}
          required={false}
        />
        <Button>{t('campaigns.material.add')}</Button>
      </Form>
    </Layout>
  );
}
