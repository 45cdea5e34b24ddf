
/** Languages are named in their own language, whatever the page's language. */
export const LANGUAGE_NAMES = { nl: 'Nederlands', fr: 'Français', de: 'Deutsch', en: 'English' } as const;
