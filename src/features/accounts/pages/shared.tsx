import type { Translate } from '../../../platform/i18n/i18n.ts';
import type { FormState } from '../../../platform/views/form.tsx';

/** A page title that starts with "Error:" after a failed submit, so screen readers hear it first. */
export function formTitle(t: Translate, title: string, form?: FormState): string {
  return form && Object.keys(form.errors).length > 0 ? `${t('form.errorPrefix')} ${title}` : title;
}

/** Languages are named in their own language, whatever the page's language. */
export const LANGUAGE_NAMES = { nl: 'Nederlands', fr: 'Français', de: 'Deutsch', en: 'English' } as const;
