import type { ComponentChildren } from 'preact';
import { LANGS, NATIVE_NAME } from '../i18n/i18n.ts';
import { Form } from './form.tsx';
import { usePage, useHref } from './context.ts';
import { Banner } from './components.tsx';

function LanguageSwitcher() {
  const { lang, pathInLang, t } = usePage();
  return (
    <nav class="lang-switcher" aria-label={t('layout.languages')}>
      <ul>
        {LANGS.map((l) => (
          <li>
            <a
              href={`/${l}${pathInLang === '/' ? '' : pathInLang}`}
              hreflang={l}
              lang={l}
              aria-current={l === lang ? 'true' : undefined}
            >
              {NATIVE_NAME[l]}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

function AccountArea() {
  const { user, t, lang, pathInLang } = usePage();
  const href = useHref();
  if (!user) {
    // Come back to this page after signing in (but not to the sign-in page itself).
    // The home page is /fr, not /fr/ (as in the language switcher and the alternates).
    const here = pathInLang.startsWith('/sign-in')
      ? ''
      : `?next=${encodeURIComponent(`/${lang}${pathInLang === '/' ? '' : pathInLang}`)}`;
    return (
      <div class="account">
        <a href={`${href('/sign-in')}${here}`}>{t('layout.signIn')}</a>
      </div>
    );
  }
  return (
    <div class="account">
      <a href={href('/account')}>
        <span class="visually-hidden">{t('layout.signedInAs')} </span>
        {user.name}
      </a>
      <Form action={href('/sign-out')} class="inline-form">
        <button class="link-button" type="submit">
          {t('layout.signOut')}
        </button>
      </Form>
    </div>
  );
}

function MainNav() {
  const { user, t, pathInLang, navigation } = usePage();
  const href = useHref();
  // Each feature adds its own entries (its manifest's `navigation`); the layout only shows them.
  const items = navigation
    .filter((entry) => entry.shownTo?.(user) ?? true)
    .map((entry) => ({ path: entry.path, label: t(entry.label) }));
  return (
    <nav class="main-nav" aria-label={t('layout.mainNav')}>
      <ul>
        {items.map((i) => (
          <li>
            <a href={href(i.path)} aria-current={pathInLang.split('?')[0] === i.path ? 'page' : undefined}>
              {i.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/**
 * Another form of the page's content, named in its <head> as `<link rel="alternate">` so that
 * browsers and feed readers find it: a feed (type application/atom+xml), an open-data file. This
 * is the one way a page adds to the head; the layout writes everything else there itself (the
 * language alternates, styles, icons), so no page writes head markup of its own.
 */
export interface AlternateLink {
  /** The media type: 'application/atom+xml'. */
  type: string;
  /** What a reader's feed list or browser shows, in the page's language. */
  title: string;
  href: string;
}

export interface LayoutProps {
  title: string;
  children: ComponentChildren;
  /** Pages that show personal data or forms must not be indexed. */
  noindex?: boolean;
  wide?: boolean;
  /** The page's content in other forms (AlternateLink), linked from the head. */
  alternates?: readonly AlternateLink[];
}

export function Layout(props: LayoutProps) {
  const { lang, t, asset, pathInLang, baseUrl, flash, user, footerLinks } = usePage();
  const href = useHref();
  return (
    <html lang={lang}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${props.title} – Inclusio`}</title>
        {props.noindex ? <meta name="robots" content="noindex" /> : null}
        <meta name="color-scheme" content="light dark" />
        <link rel="stylesheet" href={asset('app.css')} />
        <link rel="stylesheet" href={asset('print.css')} media="print" />
        <link rel="icon" href={asset('favicon.svg')} type="image/svg+xml" />
        {LANGS.map((l) => (
          <link rel="alternate" hreflang={l} href={`${baseUrl}/${l}${pathInLang === '/' ? '' : pathInLang}`} />
        ))}
        <link rel="alternate" hreflang="x-default" href={`${baseUrl}/`} />
        {(props.alternates ?? []).map((a) => (
          <link rel="alternate" type={a.type} title={a.title} href={a.href} />
        ))}
        <script type="module" src={asset('app.js')} />
      </head>
      <body>
        <a class="skip-link" href="#main">
          {t('layout.skipLink')}
        </a>
        <header class="header">
          <div class="container header__inner">
            <a class="brand" href={href('/')}>
              <span class="brand__name">Inclusio</span>
              <span class="brand__tagline">{t('layout.tagline')}</span>
            </a>
            <LanguageSwitcher />
            <AccountArea />
          </div>
          <div class="container">
            <MainNav />
          </div>
        </header>
        <main id="main" class={`container${props.wide ? ' container--wide' : ''}`} tabIndex={-1}>
          {flash ? <Banner kind="success" title={t(flash)} /> : null}
          {props.children}
        </main>
        <footer class="footer">
          <div class="container">
            <nav aria-label={t('layout.footerNav')}>
              <ul class="footer__links">
                <li>
                  <a href={href('/accessibility')}>{t('layout.footer.accessibility')}</a>
                </li>
                <li>
                  <a href={href('/privacy')}>{t('layout.footer.privacy')}</a>
                </li>
                <li>
                  <a href={href('/contact')}>{t('layout.footer.contact')}</a>
                </li>
                <li>
                  <a href="/api/v1/signatories.json">{t('layout.footer.openData')}</a>
                </li>
                {footerLinks
                  .filter((entry) => entry.shownTo?.(user) ?? true)
                  .map((entry) => (
                    <li key={entry.path}>
                      <a
                        href={href(entry.path)}
                        aria-current={pathInLang.split('?')[0] === entry.path ? 'page' : undefined}
                      >
                        {t(entry.label)}
                      </a>
                    </li>
                  ))}
              </ul>
            </nav>
            <p class="footer__note">{t('layout.footer.note')}</p>
          </div>
        </footer>
      </body>
    </html>
  );
}
