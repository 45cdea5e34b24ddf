import { Checkboxes, FileField, Radios, TextArea, TextField, type FormState } from '../../platform/views/form.tsx';
import { usePage } from '../../platform/views/context.ts';
import { LANGS } from '../../platform/i18n/i18n.ts';
import { DESCRIPTION_MAX, descriptionField, LEGAL_NAME_MAX } from './profile-schema.ts';
import {
  LANGUAGE_LABEL,
  REGION_LABEL,
  REGIONS,
  SECTOR_HINT,
  SECTOR_LABEL,
  SECTORS,
  SIZE_BANDS,
  SIZE_LABEL,
  WORK_LANGUAGES,
} from './vocabulary.ts';

// The organisation profile fields, shared by the application to sign the charter and the
// profile edit page. Its strings live in src/features/signing/locales/*.json ("signing.profile.…");
// the choices (sectors, sizes, regions, languages) come from the vocabulary (vocabulary.ts).

// Literal keys, so the catalogue test sees each one used.
const DESCRIPTION_LABEL = {
  nl: 'signing.profile.description.nl',
  fr: 'signing.profile.description.fr',
  de: 'signing.profile.description.de',
  en: 'signing.profile.description.en',
} as const;

export const LOGO_ACCEPT = 'image/png,image/jpeg,image/webp';

export interface LogoState {
  /** The logo in use now (profile edit), as a served URL. */
  currentUrl?: string | null;
  /** A logo chosen earlier in this form and kept while the form is not finished. */
  pendingName?: string | null;
  /** The name of that file on the person's computer, to remind them which one it was. */
  pendingLabel?: string | null;
}

/** Hidden fields that carry a logo chosen earlier over a failed submit or a draft. */
export const LOGO_PENDING_FIELD = 'logoPending';
export const LOGO_LABEL_FIELD = 'logoLabel';

function Logo({ form, logo }: { form: FormState; logo?: LogoState }) {
  const { t } = usePage();
  return (
    <>
      {logo?.currentUrl ? (
        <p>
          <img src={logo.currentUrl} alt={t('signing.profile.logo.current')} width={160} />
        </p>
      ) : null}
      {logo?.pendingName ? (
        <>
          <input type="hidden" name={LOGO_PENDING_FIELD} value={logo.pendingName} />
          <input type="hidden" name={LOGO_LABEL_FIELD} value={logo.pendingLabel ?? ''} />
        </>
      ) : null}
      <FileField
        form={form}
        name="logo"
        label={t('signing.profile.logo.label')}
        required={false}
        accept={LOGO_ACCEPT}
        hint={
          <>
            <span>{t('signing.profile.logo.hint')}</span>
            {logo?.pendingName ? (
              <>
                {' '}
                <strong>
                  {logo.pendingLabel
                    ? t('signing.profile.logo.kept', { file: logo.pendingLabel })
                    : t('signing.profile.logo.keptUnnamed')}
                </strong>
              </>
            ) : null}
          </>
        }
      />
    </>
  );
}

/**
 * The profile fields; the caller puts them in its own <Form multipart>. `withoutLogo` leaves the
 * logo out (the secretariat's paper signature form, whose one file is the scan).
 */
export function ProfileFields({
  form,
  logo,
  withoutLogo,
}: {
  form: FormState;
  logo?: LogoState;
  withoutLogo?: boolean;
}) {
  const { t } = usePage();
  return (
    <>
      <TextField
        form={form}
        name="legalName"
        label={t('signing.profile.legalName.label')}
        hint={t('signing.profile.legalName.hint')}
        autocomplete="organization"
        maxLength={LEGAL_NAME_MAX}
      />
      <Radios
        form={form}
        name="sector"
        label={t('signing.profile.sector.label')}
        options={SECTORS.map((s) => ({ value: s, label: t(SECTOR_LABEL[s]), hint: t(SECTOR_HINT[s]) }))}
      />
      <Radios
        form={form}
        name="sizeBand"
        label={t('signing.profile.size.label')}
        hint={t('signing.profile.size.hint')}
        options={SIZE_BANDS.map((s) => ({ value: s, label: t(SIZE_LABEL[s]) }))}
      />
      <Checkboxes
        form={form}
        name="regions"
        label={t('signing.profile.regions.label')}
        hint={t('signing.profile.regions.hint')}
        options={REGIONS.map((r) => ({ value: r, label: t(REGION_LABEL[r]) }))}
      />
      <Checkboxes
        form={form}
        name="languages"
        label={t('signing.profile.languages.label')}
        hint={t('signing.profile.languages.hint')}
        inline
        options={WORK_LANGUAGES.map((l) => ({ value: l, label: t(LANGUAGE_LABEL[l]) }))}
      />
      <TextField
        form={form}
        name="website"
        type="url"
        inputMode="url"
        autocomplete="url"
        spellcheck={false}
        label={t('signing.profile.website.label')}
        hint={t('signing.profile.website.hint')}
        required={false}
      />
      <fieldset class="fieldset">
        <legend class="legend">{t('signing.profile.description.legend')}</legend>
        <p class="hint">{t('signing.profile.description.hint', { max: DESCRIPTION_MAX })}</p>
        {LANGS.map((l) => (
          <TextArea
            form={form}
            name={descriptionField(l)}
            label={t(DESCRIPTION_LABEL[l])}
            lang={l}
            required={false}
            maxLength={DESCRIPTION_MAX}
            rows={4}
          />
        ))}
      </fieldset>
      {withoutLogo ? null : <Logo form={form} logo={logo} />}
    </>
  );
}
