import { Layout } from '../../../../platform/views/layout.tsx';
import { usePage } from '../../../../platform/views/context.ts';
import { Banner } from '../../../../platform/views/components.tsx';
import {
  Button,
  Checkboxes,
  FileField,
  Form,
  FormProblems,
  Select,
  TextField,
  titleAfter,
  type FormState,
} from '../../../../platform/views/form.tsx';
import { LANGS } from '../../../../platform/i18n/i18n.ts';
import { OrgPracticeHeading, nativeName, tagLabel } from '../../components.tsx';
import { TAG_LEGEND, TAGS, type TagName } from '../../vocabulary.ts';
import { LINK_ROWS } from './schema.ts';
import { PracticeTextFields, ResultsField } from './text-fields.tsx';
import {
  ATTACHMENT_ACCEPT,
  ATTACHMENT_FILENAME_FIELD,
  ATTACHMENT_PENDING_FIELD,
  MAX_ATTACHMENT_BYTES,
  MAX_ATTACHMENTS,
  type PendingAttachment,
} from '../../attachments.ts';

export interface PracticeFormProps {
  orgId: string;
  orgName: string;
  /** Null for a new practice. */
  practiceId: string | null;
  form: FormState;
  isAdmin: boolean;
  /** When "Save draft" last kept the values, if they come from a draft. */
  draftSavedAt?: string | null;
  /** The secretariat's comment, when it returned the practice. */
  reviewComment?: string | null;
  /** An update of a practice already in the library. */
  isUpdate?: boolean;
  /** The files the practice has now, and where each is served. */
  attachments?: { file: string; label: string; kind: string; bytes: number; href: string }[];
  /** A file chosen in an earlier submit of this form, waiting to be attached. */
  pending?: PendingAttachment | null;
}

const TAG_HINT: Partial<Record<TagName, string>> = {
  digcomp: 'practices.form.digcomp.hint',
  language: 'practices.form.language.hint',
};

function TagField({ tag, form }: { tag: TagName; form: FormState }) {
  const { t } = usePage();
  const hint = TAG_HINT[tag];
  return (
    <Checkboxes
      form={form}
      name={tag}
      label={t(TAG_LEGEND[tag])}
      hint={hint ? t(hint) : undefined}
      options={(TAGS[tag] as readonly string[]).map((value) => ({
        value,
        label: t(tagLabel(tag, value as never)),
      }))}
    />
  );
}

/** The practice form: its text in one language, its tags, period, results, links and contact. */
export function PracticeFormPage(props: PracticeFormProps) {
  const { t, fmt } = usePage();
  const { form } = props;
  const title = props.practiceId ? t('practices.edit.title') : t('practices.new.title');
  const action = props.practiceId
    ? `/${usePage().lang}/organisations/${props.orgId}/practices/${props.practiceId}/edit`
    : `/${usePage().lang}/organisations/${props.orgId}/practices/new`;
  return (
    <Layout title={titleAfter(t, title, form)} noindex>
      <OrgPracticeHeading orgId={props.orgId} orgName={props.orgName} title={title}>
        <p class="lead">{t('practices.form.lead')}</p>
      </OrgPracticeHeading>
      {props.reviewComment ? (
        <Banner kind="warning" title={t('practices.form.returned')}>
          <p>{props.reviewComment}</p>
        </Banner>
      ) : null}
      {props.isUpdate ? <Banner title={t('practices.form.update')} /> : null}
      {props.draftSavedAt ? (
        <p class="hint">{t('practices.form.draftSavedAt', { at: fmt.dateTime(props.draftSavedAt) })}</p>
      ) : null}
      <FormProblems form={form} />
      <Form action={action} multipart>
        <h2>{t('practices.form.text')}</h2>
        <Select
          form={form}
          name="lang"
          label={t('practices.form.lang.label')}
          hint={t('practices.form.lang.hint')}
          options={LANGS.map((l) => ({ value: l, label: nativeName(l) }))}
        />
        <PracticeTextFields form={form} />

        <h2>{t('practices.form.tags')}</h2>
        {(['cause', 'group', 'commitment', 'audience', 'digcomp', 'region', 'language'] as const).map((tag) => (
          <TagField tag={tag} form={form} />
        ))}

        <h2>{t('practices.form.period')}</h2>
        <TextField
          form={form}
          name="periodStart"
          label={t('practices.form.periodStart.label')}
          hint={t('practices.form.date.hint')}
          width="short"
        />
        <TextField
          form={form}
          name="periodEnd"
          label={t('practices.form.periodEnd.label')}
          hint={t('practices.form.periodEnd.hint')}
          width="short"
          required={false}
        />

        <h2>{t('practices.form.resultsHeading')}</h2>
        <ResultsField form={form} />
        <TextField
          form={form}
          name="peopleReached"
          label={t('practices.form.peopleReached.label')}
          hint={t('practices.form.peopleReached.hint')}
          inputMode="numeric"
          width="short"
          required={false}
        />

        <h2>{t('practices.form.links')}</h2>
        <p class="hint">{t('practices.form.links.hint', { max: LINK_ROWS })}</p>
        {Array.from({ length: LINK_ROWS }, (_, i) => (
          <fieldset class="fieldset">
            <legend class="legend">{t('practices.form.link.legend', { n: i + 1 })}</legend>
            <TextField
              form={form}
              name={`link${i + 1}Url`}
              label={t('practices.form.link.url')}
              type="url"
              required={false}
            />
            <TextField form={form} name={`link${i + 1}Label`} label={t('practices.form.link.label')} required={false} />
          </fieldset>
        ))}

        <h2>{t('practices.form.attachments')}</h2>
        <p class="hint">
          {t('practices.form.attachments.hint', {
            max: MAX_ATTACHMENTS,
            size: fmt.number(MAX_ATTACHMENT_BYTES / 1024 / 1024),
          })}
        </p>
        {props.attachments?.length ? (
          <Checkboxes
            form={form}
            name="removeAttachment"
            label={t('practices.form.attachments.remove')}
            options={props.attachments.map((a) => ({
              value: a.file,
              label: (
                <>
                  <a href={a.href}>{a.label}</a> ({a.kind === 'pdf' ? 'PDF' : t('practices.form.attachments.image')},{' '}
                  {t('practices.form.attachments.size', { kb: fmt.number(Math.ceil(a.bytes / 1024)) })})
                </>
              ),
            }))}
          />
        ) : null}
        {props.pending ? (
          <>
            <input type="hidden" name={ATTACHMENT_PENDING_FIELD} value={props.pending.name} />
            <input type="hidden" name={ATTACHMENT_FILENAME_FIELD} value={props.pending.filename} />
            <p>{t('practices.form.attachments.pending', { name: props.pending.filename })}</p>
          </>
        ) : null}
        <FileField
          form={form}
          name="attachment"
          label={t('practices.form.attachment.label')}
          hint={t('practices.form.attachment.hint')}
          accept={ATTACHMENT_ACCEPT}
          required={false}
        />
        <TextField
          form={form}
          name="attachmentLabel"
          label={t('practices.form.attachmentLabel.label')}
          required={false}
        />

        <h2>{t('practices.form.contact')}</h2>
        <p class="hint">{t('practices.form.contact.hint')}</p>
        <TextField form={form} name="contactName" label={t('practices.form.contactName.label')} autocomplete="name" />
        <TextField
          form={form}
          name="contactEmail"
          label={t('practices.form.contactEmail.label')}
          type="email"
          autocomplete="email"
        />

        <p class="hint">{t('practices.form.buttons.hint')}</p>
        <div class="button-group">
          <Button name="action" value="save">
            {t('practices.form.save')}
          </Button>
          {props.isAdmin ? (
            <Button name="action" value="submit" variant="secondary">
              {t('practices.form.saveAndSubmit')}
            </Button>
          ) : null}
          <Button name="action" value="draft" variant="secondary">
            {t('practices.form.saveDraft')}
          </Button>
        </div>
      </Form>
    </Layout>
  );
}
