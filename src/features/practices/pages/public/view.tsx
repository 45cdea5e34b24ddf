import { Layout } from '../../../../platform/views/layout.tsx';
import { usePage, useHref } from '../../../../platform/views/context.ts';
import { Banner, SummaryList, Tag, type SummaryRow } from '../../../../platform/views/components.tsx';
import type { FormState } from '../../../../platform/views/form.tsx';
import { LANGS } from '../../../../platform/i18n/i18n.ts';
import { nativeName, PracticeLinks, PracticeTextView, tagLabel } from '../../components.tsx';
import { tagLink } from '../../library-query.ts';
import type { PracticePage as Page } from '../../service-public.ts';
import { fromBits, TAG_COLUMN, TAG_LEGEND, TAG_NAMES } from '../../vocabulary.ts';
import { PracticeResult } from '../library/result.tsx';
import { PracticeActions } from './actions.tsx';
import { Adoptions } from './adoption.tsx';
import { PracticeAttachments } from './attachments.tsx';
import { feedAlternate } from '../../atom.ts';
import { FollowButton } from '../../../following/follow-button.tsx';

// A published practice for everyone: its text in the reader's language, else the original with
// its `lang` and a notice; links to its other languages (`?text=nl`, kept in the URL so a
// link to one language can be shared); tags that link to the filtered library; adoptions.

const LANGUAGE_NAME = {
  nl: 'practices.page.language.nl',
  fr: 'practices.page.language.fr',
  de: 'practices.page.language.de',
  en: 'practices.page.language.en',
} as const;

export interface PracticeProps {
  page: Page;
  adoptedBy: ReadonlySet<string>;
  /** Whether the signed-in reader follows the practice (its news by mail). */
  following?: boolean;
  form?: { orgId: string; state: FormState };
}

export function PracticePage({ page, adoptedBy, following = false, form }: PracticeProps) {
  const { t, lang } = usePage();
  const href = useHref();
  const p = page.practice;
  const path = `/practices/${encodeURIComponent(p.slug)}`;
  const others = LANGS.filter((l) => l !== page.text.lang && page.texts.some((x) => x.lang === l));
  const textLang = page.text.lang as keyof typeof LANGUAGE_NAME;
  return (
    <Layout title={page.text.title} alternates={[feedAlternate(lang)]}>
      {page.org ? <p class="caption">{page.org.legalName}</p> : null}
      {page.fallback ? (
        <Banner
          kind="info"
          title={
            page.texts.length === 1
              ? t('practices.page.onlyIn', { language: t(LANGUAGE_NAME[textLang]) })
              : t('practices.page.notIn', { language: t(LANGUAGE_NAME[textLang]) })
          }
        />
      ) : null}
      {/* The text's own section carries its lang (the original's when it is not the reader's). */}
      <PracticeTextView text={page.text} headingLevel={1} />
      {others.length > 0 ? (
        <nav aria-labelledby="other-languages">
          <h2 id="other-languages">{t('practices.page.otherLanguages')}</h2>
          <ul>
            {others.map((l) => (
              <li>
                <a href={`${href(path)}?text=${l}`} lang={l} hreflang={l}>
                  {nativeName(l)}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
      <FollowButton kind="practice" id={p.id} following={following} title={page.text.title} />
      <Facts page={page} />
      <PracticeAttachments slug={p.slug} attachments={page.attachments} />
      <Adoptions
        slug={p.slug}
        ownerOrgId={p.org_id}
        count={Number(p.adoption_count)}
        adopters={page.adopters}
        adoptedBy={adoptedBy}
        form={form}
      />
      <PracticeActions slug={p.slug} />
      {page.related.length > 0 ? (
        <section class="stack" aria-labelledby="related">
          <h2 id="related">{t('practices.page.related')}</h2>
          <ul class="card-list">
            {page.related.map((item) => (
              <PracticeResult item={item} />
            ))}
          </ul>
        </section>
      ) : null}
      <p>
        <a href={href('/practices')}>{t('practices.page.backToLibrary')}</a>
      </p>
    </Layout>
  );
}

function Facts({ page }: { page: Page }) {
  const { t, fmt } = usePage();
  const href = useHref();
  const r = page.revision;
  const rows: SummaryRow[] = [];
  if (page.org) {
    rows.push({
      key: t('practices.page.organisation'),
      value: <a href={href(`/signatories/${encodeURIComponent(page.org.slug)}`)}>{page.org.legalName}</a>,
    });
  }
  for (const tag of TAG_NAMES) {
    const values = fromBits(tag, Number(r[TAG_COLUMN[tag]]));
    if (values.length === 0) continue;
    rows.push({
      key: t(TAG_LEGEND[tag]),
      value: (
        <ul class="choices--inline">
          {values.map((v) => (
            <li>
              {/* DigComp is not a library facet: its areas are shown, not linked. */}
              {tag === 'digcomp' ? (
                <Tag tone="grey">{t(tagLabel(tag, v as never))}</Tag>
              ) : (
                <a href={`${href('/practices')}${tagLink(tag, v as never)}`}>{t(tagLabel(tag, v as never))}</a>
              )}
            </li>
          ))}
        </ul>
      ),
    });
  }
  if (r.period_start) {
    rows.push({
      key: t('practices.page.period'),
      value: r.period_end
        ? t('practices.period.range', { from: fmt.date(r.period_start), to: fmt.date(r.period_end) })
        : t('practices.period.since', { from: fmt.date(r.period_start) }),
    });
  }
  if (r.people_reached !== null) {
    rows.push({ key: t('practices.page.peopleReached'), value: fmt.number(r.people_reached) });
  }
  // The contact person's name only: questions are relayed, the address is never shown.
  if (r.contact_name) rows.push({ key: t('practices.page.contact'), value: r.contact_name });
  return (
    <section class="stack" aria-labelledby="facts">
      <h2 id="facts">{t('practices.page.facts')}</h2>
      <SummaryList rows={rows} />
      <PracticeLinks links={page.links} />
    </section>
  );
}
