import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Lang, Translate } from '../i18n/i18n.ts';
import type { Formatters } from '../i18n/format.ts';
import type { Principal } from '../auth/principal.ts';
import type { NavEntry } from '../feature.ts';

/** What every view needs to know about the request it answers. */
export interface PageContext {
  lang: Lang;
  t: Translate;
  fmt: Formatters;
  /** The path after the language prefix, with its query string: "/signatories?page=2". */
  pathInLang: string;
  user: Principal | null;
  csrfToken: string;
  /** Fingerprinted asset URLs. */
  asset(name: string): string;
  baseUrl: string;
  /** A message key left by the previous POST (Post/Redirect/Get), shown once. */
  flash: string | null;
  /** The main navigation the features contribute, in order (the layout shows those meant for `user`). */
  navigation: readonly NavEntry[];
  /** The footer's links the features contribute, in order. */
  footerLinks: readonly NavEntry[];
}

export const PageCtx = createContext<PageContext | null>(null);

export function usePage(): PageContext {
  const ctx = useContext(PageCtx);
  if (!ctx) throw new Error('usePage() outside a rendered page');
  return ctx;
}

/** Link to a page in the current language: href("/signatories") → "/fr/signatories". */
export function useHref(): (path: string) => string {
  const { lang } = usePage();
  return (path) => `/${lang}${path === '/' ? '' : path}`;
}
