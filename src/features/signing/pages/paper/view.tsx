import { Layout } from '../../../../platform/views/layout.tsx';
import { usePage, useHref } from '../../../../platform/views/context.ts';
import { BackLink, Banner } from '../../../../platform/views/components.tsx';
import {
  Button,
  FileField,
  Form,
  Radios,
  Select,
  TextField,
  type FormState,
  FormProblems,
  titleAfter,
} from '../../../../platform/views/form.tsx';
import { LANGS } from '../../../../platform/i18n/i18n.ts';
import { MAX_SCAN_BYTES } from '../../../../platform/files/scans.ts';
import { ProfileFields } from '../../../organisations/profile-form.tsx';
import { LANGUAGE_LABEL } from '../../../organisations/vocabulary.ts';
import { SCAN_ACCEPT, SCAN_LABEL_FIELD, SCAN_PENDING_FIELD, type ScanState } from '../../scan.ts';
import type { PaperNotice } from '../../service-paper.ts';
import { PERSON_NAME_MAX, PERSON_TITLE_MAX } from '../apply/schema.ts';

export interface PublishedVersion {
  version: number;
  publishedAt: string;
  inForce: boolean;
}

export interface PaperSignaturePageProps {
  form: FormState;
  versions: PublishedVersion[];
  scan: ScanState;
  notice?: PaperNotice | null;
}

function NoticeBanner({ notice }: { notice: PaperNotice }) {
  const { t } = usePage();
  const href = useHref();
  if (notice.kind === 'alreadySigned') {
    return (
      <Banner kind="warning" title={t('signing.paper.alreadySigned.title', { org: notice.name })}>
        <p>
          <a href={href(`/signatories/${notice.slug}`)}>
            {t('signing.apply.alreadySigned.link', { org: notice.name })}
          </a>
        </p>
      </Banner>
    );
  }
  return (
    <Banner kind="warning" title={t('signing.paper.inProgress.title')}>
      <p>{t('signing.paper.inProgress.body')}</p>
      <p>
        <a href={href(`/secretariat/applications/${notice.applicationId}`)}>{t('signing.paper.inProgress.link')}</a>
      </p>
    </Banner>
  );
}

function ScanField({ form, scan }: { form: FormState; scan: ScanState }) {
  const { t, fmt } = usePage();
  return (
    <>
      {scan.pendingName ? (
        <>
          <input type="hidden" name={SCAN_PENDING_FIELD} value={scan.pendingName} />
          <input type="hidden" name={SCAN_LABEL_FIELD} value={scan.pendingLabel ?? ''} />
        </>
      ) : null}
      <FileField
        form={form}
        name="scan"
        label={t('signing.paper.scan.label')}
        accept={SCAN_ACCEPT}
        hint={
          <>
            <span>{t('signing.paper.scan.hint', { size: fmt.number(MAX_SCAN_BYTES / (1024 * 1024)) })}</span>
            {scan.pendingName ? (
              <>
                {' '}
                <strong>
                  {scan.pendingLabel
                    ? t('signing.paper.scan.kept', { file: scan.pendingLabel })
                    : t('signing.paper.scan.keptUnnamed')}
                </strong>
              </>
            ) : null}
          </>
        }
      />
    </>
  );
}

/** The secretariat records a signature given on the paper form. */
export function PaperSignaturePage(props: PaperSignaturePageProps) {
  const { t, fmt } = usePage();
  const href = useHref();
  const { form } = props;
  return (
    <Layout title={titleAfter(t, t('signing.paper.title'), form)} noindex>
      <BackLink href={href('/secretariat')}>{t('signing.paper.back')}</BackLink>
      <div class="stack">
        <h1>{t('signing.paper.title')}</h1>
        {props.notice ? <NoticeBanner notice={props.notice} /> : null}
        <FormProblems form={form} />
        <p class="lead">{t('signing.paper.lead')}</p>
        <p>
          <a href={href('/sign/paper-form.pdf')}>{t('signing.paper.formLink')}</a>
        </p>
        <Form action={href('/secretariat/paper-signatures')} multipart>
          <h2>{t('signing.apply.section.organisation')}</h2>
          <TextField
            form={form}
            name="enterpriseNumber"
            label={t('signing.apply.enterpriseNumber.label')}
            hint={t('signing.apply.enterpriseNumber.hint')}
            width="medium"
            inputMode="numeric"
            spellcheck={false}
            autocomplete="off"
          />
          <ProfileFields form={form} withoutLogo />
          <TextField
            form={form}
            name="invitedBy"
            required={false}
            label={t('signing.apply.invitedBy.label')}
            hint={t('signing.apply.invitedBy.hint')}
            width="medium"
            inputMode="numeric"
            spellcheck={false}
            autocomplete="off"
          />
          <TextField
            form={form}
            name="contactEmail"
            type="email"
            required={false}
            label={t('signing.paper.contactEmail.label')}
            hint={t('signing.paper.contactEmail.hint')}
            spellcheck={false}
            autocomplete="off"
          />

          <h2>{t('signing.paper.section.signature')}</h2>
          <TextField
            form={form}
            name="executiveName"
            label={t('signing.apply.executiveName.label')}
            autocomplete="off"
            maxLength={PERSON_NAME_MAX}
          />
          <TextField
            form={form}
            name="executiveTitle"
            label={t('signing.apply.executiveTitle.label')}
            hint={t('signing.apply.executiveTitle.hint')}
            autocomplete="off"
            maxLength={PERSON_TITLE_MAX}
          />
          <TextField
            form={form}
            name="signedOn"
            label={t('signing.paper.signedOn.label')}
            hint={t('signing.paper.signedOn.hint')}
            width="medium"
            spellcheck={false}
            autocomplete="off"
          />
          <Select
            form={form}
            name="charterVersion"
            label={t('signing.paper.version.label')}
            hint={t('signing.paper.version.hint')}
            options={props.versions.map((v) => ({
              value: String(v.version),
              label: v.inForce
                ? t('signing.paper.version.inForce', { version: v.version, date: fmt.date(v.publishedAt) })
                : t('signing.paper.version.earlier', { version: v.version, date: fmt.date(v.publishedAt) }),
            }))}
          />
          <Radios
            form={form}
            name="formLang"
            label={t('signing.paper.formLang.label')}
            inline
            options={LANGS.map((l) => ({ value: l, label: t(LANGUAGE_LABEL[l]) }))}
          />
          <ScanField form={form} scan={props.scan} />

          <Button>{t('signing.paper.submit')}</Button>
        </Form>
      </div>
    </Layout>
  );
}
