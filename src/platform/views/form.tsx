import type { ComponentChildren } from 'preact';
import { usePage } from './context.ts';
import { Banner } from './components.tsx';
import type { Translate } from '../i18n/i18n.ts';

/** Values exactly as the user typed them, and translated messages per field. */
export interface FormState {
  values: Record<string, string | string[] | undefined>;
  errors: Record<string, string>;
}

export const emptyForm = (values: FormState['values'] = {}): FormState => ({ values, errors: {} });

export const fieldId = (name: string): string => `field-${name}`;

function str(form: FormState, name: string): string {
  const v = form.values[name];
  return Array.isArray(v) ? (v[0] ?? '') : (v ?? '');
}

function list(form: FormState, name: string): string[] {
  const v = form.values[name];
  return Array.isArray(v) ? v : v ? [v] : [];
}

function describedBy(name: string, hint: unknown, error: unknown, extra?: string): string | undefined {
  const ids = [hint ? `${fieldId(name)}-hint` : '', error ? `${fieldId(name)}-error` : '', extra ?? ''].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

function Hint({ name, hint }: { name: string; hint?: ComponentChildren }) {
  return hint ? (
    <div class="hint" id={`${fieldId(name)}-hint`}>
      {hint}
    </div>
  ) : null;
}

function InlineError({ name, error }: { name: string; error?: string }) {
  const { t } = usePage();
  return error ? (
    <p class="field-error" id={`${fieldId(name)}-error`}>
      <span class="visually-hidden">{t('form.errorPrefix')} </span>
      {error}
    </p>
  ) : null;
}

interface BaseProps {
  form: FormState;
  name: string;
  label: ComponentChildren;
  hint?: ComponentChildren;
  required?: boolean;
}

function Label({ name, label, required }: { name: string; label: ComponentChildren; required?: boolean }) {
  const { t } = usePage();
  return (
    <label class="label" for={fieldId(name)}>
      {label}
      {required === false ? <span class="optional"> ({t('form.optional')})</span> : null}
    </label>
  );
}

export function TextField(
  props: BaseProps & {
    type?: 'text' | 'email' | 'url' | 'password' | 'tel' | 'search';
    autocomplete?: string;
    inputMode?: string;
    width?: 'short' | 'medium' | 'full';
    maxLength?: number;
    spellcheck?: boolean;
  },
) {
  const { form, name, hint } = props;
  const error = form.errors[name];
  return (
    <div class={`field${error ? ' field--error' : ''}`}>
      <Label name={name} label={props.label} required={props.required} />
      <Hint name={name} hint={hint} />
      <InlineError name={name} error={error} />
      <input
        class={`input input--${props.width ?? 'full'}`}
        id={fieldId(name)}
        name={name}
        type={(props.type ?? 'text') as 'text'}
        value={props.type === 'password' ? '' : str(form, name)}
        autocomplete={props.autocomplete}
        inputMode={props.inputMode as never}
        spellcheck={props.spellcheck}
        aria-describedby={describedBy(name, hint, error)}
        aria-invalid={error ? 'true' : undefined}
        required={props.required}
      />
    </div>
  );
}

/**
 * A textarea that states its limit; the enhancement script adds a live count. `lang` is the
 * language of what is to be typed when it is not the page's (spelling checks, screen readers).
 */
export function TextArea(props: BaseProps & { maxLength: number; rows?: number; lang?: string }) {
  const { t } = usePage();
  const { form, name, hint } = props;
  const error = form.errors[name];
  const countId = `${fieldId(name)}-count`;
  return (
    <div
      class={`field${error ? ' field--error' : ''}`}
      data-character-count={props.maxLength}
      data-count-left={t('form.charactersLeft', { count: '%n' })}
      data-count-over={t('form.charactersTooMany', { count: '%n' })}
    >
      <Label name={name} label={props.label} required={props.required} />
      <Hint name={name} hint={hint} />
      <InlineError name={name} error={error} />
      <textarea
        class="textarea"
        id={fieldId(name)}
        name={name}
        rows={props.rows ?? 5}
        lang={props.lang}
        aria-describedby={describedBy(name, hint, error, countId)}
        aria-invalid={error ? 'true' : undefined}
      >
        {str(form, name)}
      </textarea>
      <p class="hint character-count" id={countId} aria-live="polite">
        {t('form.maxCharacters', { max: props.maxLength })}
      </p>
    </div>
  );
}

export interface Option {
  value: string;
  label: ComponentChildren;
  hint?: ComponentChildren;
}

export function Select(props: BaseProps & { options: Option[]; placeholder?: string }) {
  const { form, name, hint } = props;
  const error = form.errors[name];
  const current = str(form, name);
  return (
    <div class={`field${error ? ' field--error' : ''}`}>
      <Label name={name} label={props.label} required={props.required} />
      <Hint name={name} hint={hint} />
      <InlineError name={name} error={error} />
      <select
        class="select"
        id={fieldId(name)}
        name={name}
        aria-describedby={describedBy(name, hint, error)}
        aria-invalid={error ? 'true' : undefined}
      >
        {props.placeholder !== undefined ? <option value="">{props.placeholder}</option> : null}
        {props.options.map((o) => (
          <option value={o.value} selected={o.value === current}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

function ChoiceGroup(props: BaseProps & { options: Option[]; type: 'radio' | 'checkbox'; inline?: boolean }) {
  const { form, name, hint } = props;
  const error = form.errors[name];
  const chosen = list(form, name);
  return (
    <div class={`field${error ? ' field--error' : ''}`}>
      <fieldset class="fieldset" aria-describedby={describedBy(name, hint, error)}>
        <legend class="legend">{props.label}</legend>
        <Hint name={name} hint={hint} />
        <InlineError name={name} error={error} />
        <div class={`choices${props.inline ? ' choices--inline' : ''}`}>
          {props.options.map((o, i) => {
            // The first input carries the field id so the error summary can link to it.
            const id = i === 0 ? fieldId(name) : `${fieldId(name)}-${o.value}`;
            return (
              <div class="choice">
                <input
                  class="choice__input"
                  id={id}
                  name={name}
                  type={props.type}
                  value={o.value}
                  checked={chosen.includes(o.value)}
                  aria-describedby={o.hint ? `${fieldId(name)}-${o.value}-hint` : undefined}
                />
                <label class="choice__label" for={id}>
                  {o.label}
                </label>
                {o.hint ? (
                  <div class="hint choice__hint" id={`${fieldId(name)}-${o.value}-hint`}>
                    {o.hint}
                  </div>
                ) : null}
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}

export function Radios(props: BaseProps & { options: Option[]; inline?: boolean }) {
  return <ChoiceGroup {...props} type="radio" />;
}

export function Checkboxes(props: BaseProps & { options: Option[]; inline?: boolean }) {
  return <ChoiceGroup {...props} type="checkbox" />;
}

export function FileField(props: BaseProps & { accept: string }) {
  const { form, name, hint } = props;
  const error = form.errors[name];
  return (
    <div class={`field${error ? ' field--error' : ''}`}>
      <Label name={name} label={props.label} required={props.required} />
      <Hint name={name} hint={hint} />
      <InlineError name={name} error={error} />
      <input
        class="file"
        id={fieldId(name)}
        name={name}
        type="file"
        accept={props.accept}
        aria-describedby={describedBy(name, hint, error)}
        aria-invalid={error ? 'true' : undefined}
      />
    </div>
  );
}

/** Listed at the top of a form after a failed submit; each message links to its field. */
export function ErrorSummary({ form }: { form: FormState }) {
  const { t } = usePage();
  const entries = Object.entries(form.errors);
  if (entries.length === 0) return null;
  return (
    <div class="error-summary" role="alert" tabIndex={-1} data-autofocus>
      <h2 class="error-summary__title">{t('form.errorSummaryTitle', { count: entries.length })}</h2>
      <ul class="error-summary__list">
        {entries.map(([name, message]) => (
          <li>
            <a href={`#${fieldId(name)}`}>{message}</a>
          </li>
        ))}
      </ul>
    </div>
  );
}

/**
 * The page title, starting with "Error:" after a failed submit of any of the page's forms:
 * without JavaScript nothing moves focus to the summary, and the title is the first thing a
 * screen reader says.
 */
export function titleAfter(t: Translate, title: string, ...forms: (FormState | undefined)[]): string {
  return forms.some((f) => f && Object.keys(f.errors).length > 0) ? `${t('form.errorPrefix')} ${title}` : title;
}

/**
 * The error summary, plus a banner for problems that belong to no single field (`_form`):
 * a field-less message has nothing to link to.
 */
export function FormProblems({ form }: { form: FormState }) {
  const { _form: general, ...fields } = form.errors;
  return (
    <>
      {general ? <Banner kind="warning" title={general} /> : null}
      {Object.keys(fields).length ? <ErrorSummary form={{ values: form.values, errors: fields }} /> : null}
    </>
  );
}

/** Every state-changing form: POST, CSRF token, no browser validation (the server's messages are clearer). */
/**
 * A list's search and filters: a GET form (the choices stay in the address, to bookmark or
 * share), a search landmark with its name, and a heading for those who browse by headings.
 */
export function FilterForm(props: { action: string; label: string; children: ComponentChildren }) {
  return (
    <form class="filters stack" method="get" action={props.action} role="search" aria-label={props.label}>
      <h2 class="visually-hidden">{props.label}</h2>
      {props.children}
    </form>
  );
}

export function Form(props: {
  action: string;
  children: ComponentChildren;
  multipart?: boolean;
  class?: string;
  id?: string;
}) {
  const { csrfToken } = usePage();
  return (
    <form
      method="post"
      action={props.action}
      novalidate
      class={props.class}
      id={props.id}
      enctype={props.multipart ? 'multipart/form-data' : undefined}
    >
      <input type="hidden" name="_csrf" value={csrfToken} />
      {props.children}
    </form>
  );
}

export function Button(props: {
  children: ComponentChildren;
  variant?: 'primary' | 'secondary' | 'warning';
  name?: string;
  value?: string;
  type?: 'submit' | 'button';
}) {
  return (
    <button
      class={`button button--${props.variant ?? 'primary'}`}
      type={props.type ?? 'submit'}
      name={props.name}
      value={props.value}
    >
      {props.children}
    </button>
  );
}
