import { Banner } from '../../platform/views/components.tsx';
import { usePage, useHref } from '../../platform/views/context.ts';
import { Markdown } from '../../platform/views/markdown.tsx';
import { translator } from '../../platform/i18n/i18n.ts';
import type { Charter } from './service.ts';

export interface CharterTextProps {
  charter: Charter;
  /** The HTML level of the charter's title (default 2); its sections follow one level down. */
  headingLevel?: number;
  /** Leave out the title when the page's own h1 already shows it. */
  withoutTitle?: boolean;
  /** Prefix for footnote ids when a page shows more than one text. */
  idPrefix?: string;
}

/** Links to the authoritative texts, keeping the reader's interface language. */
function TranslationNotice({ version }: { version: number }) {
  const { t } = usePage();
  const href = useHref();
  return (
    <Banner title={t('charter.translation.title')}>
      <p>{t('charter.translation.body')}</p>
      <ul>
        <li>
          <a href={href(`/charter/versions/${version}?text=nl`)} hreflang="nl">
            {t('charter.translation.readNl')}
          </a>
        </li>
        <li>
          <a href={href(`/charter/versions/${version}?text=fr`)} hreflang="fr">
            {t('charter.translation.readFr')}
          </a>
        </li>
      </ul>
    </Banner>
  );
}

const ORIGINAL_NOTICE = { nl: 'charter.original.nl', fr: 'charter.original.fr' } as const;

/**
 * A version's text, exactly as signed: the body of `charterFor`, whose SHA-256 `textToSign`
 * gives. A translation carries a notice pointing to the authoritative texts; a text in another
 * language than the page is marked with its own `lang`.
 */
export function CharterText({
  charter,
  headingLevel = 2,
  withoutTitle = false,
  idPrefix = 'charter-',
}: CharterTextProps) {
  const { t, lang } = usePage();
  // Footnote labels sit inside the text, so they speak the text's language.
  const inText = translator(charter.lang);
  const otherAuthoritative =
    !charter.isTranslation && charter.lang !== lang && (charter.lang === 'nl' || charter.lang === 'fr');
  return (
    <div class="stack">
      {charter.isTranslation ? <TranslationNotice version={charter.version} /> : null}
      {otherAuthoritative ? <Banner title={t(ORIGINAL_NOTICE[charter.lang as 'nl' | 'fr'])} /> : null}
      <div class="prose" lang={charter.lang}>
        <Markdown
          source={charter.body}
          headingLevel={headingLevel}
          withoutTitle={withoutTitle}
          idPrefix={idPrefix}
          labels={{ footnotes: inText('charter.footnotes'), backToReference: inText('charter.footnoteBack') }}
        />
      </div>
    </div>
  );
}
