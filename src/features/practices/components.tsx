import type { ComponentChildren } from 'preact';
import { usePage, useHref } from '../../platform/views/context.ts';
import { BackLink, SummaryList, Tag, type SummaryRow } from '../../platform/views/components.tsx';
import { Markdown } from '../../platform/views/markdown.tsx';
import { NATIVE_NAME, isLang } from '../../platform/i18n/i18n.ts';
import { LANGUAGE_LABEL, REGION_LABEL } from '../organisations/vocabulary.ts';
import type { PracticeStatus, RevisionStatus } from './practices.table.ts';
import type { PracticeEvent, PracticeText } from './repository.ts';
import type { RevisionView } from './service-read.ts';
import {
  AUDIENCE_LABEL,
  CAUSE_LABEL,
  COMMITMENT_LABEL,
  DIGCOMP_LABEL,
  fromBits,
  TAG_COLUMN,
  TAG_LEGEND,
  TAG_NAMES,
  TARGET_GROUP_LABEL,
  type TagName,
  type TagValue,
} from './vocabulary.ts';

// Parts the practices pages share: labels, status tags, a practice's content as its
// organisation and the secretariat see it, and its history.

/** The catalogue key of a tag value's label (regions and languages are the organisations' words). */
export function tagLabel<T extends TagName>(tag: T, value: TagValue<T>): string {
  const labels: { [K in TagName]: Record<TagValue<K>, string> } = {
    cause: CAUSE_LABEL,
    group: TARGET_GROUP_LABEL,
    commitment: COMMITMENT_LABEL,
    audience: AUDIENCE_LABEL,
    digcomp: DIGCOMP_LABEL,
    region: REGION_LABEL,
    language: LANGUAGE_LABEL,
  };
  return (labels[tag] as Record<string, string>)[value]!;
}

export const PRACTICE_STATUS_LABEL = {
  draft: 'practices.status.draft',
  submitted: 'practices.status.submitted',
  returned: 'practices.status.returned',
  published: 'practices.status.published',
  archived: 'practices.status.archived',
} as const satisfies Record<PracticeStatus, string>;

const TONE = {
  draft: 'grey',
  submitted: 'yellow',
  returned: 'red',
  published: 'green',
  archived: 'grey',
  superseded: 'grey',
} as const satisfies Record<PracticeStatus | RevisionStatus, string>;

export const REVISION_STATUS_LABEL = {
  draft: 'practices.revision.draft',
  submitted: 'practices.revision.submitted',
  returned: 'practices.revision.returned',
  published: 'practices.revision.published',
  superseded: 'practices.revision.superseded',
} as const satisfies Record<RevisionStatus, string>;

export function PracticeStatusTag({ status }: { status: PracticeStatus }) {
  const { t } = usePage();
  return <Tag tone={TONE[status]}>{t(PRACTICE_STATUS_LABEL[status])}</Tag>;
}

export function RevisionStatusTag({ status }: { status: RevisionStatus }) {
  const { t } = usePage();
  return <Tag tone={TONE[status]}>{t(REVISION_STATUS_LABEL[status])}</Tag>;
}

/** The top of the organisation's practice pages: back link, the organisation's name, the title. */
export function OrgPracticeHeading(props: {
  orgId: string;
  orgName: string;
  title: string;
  back?: { path: string; label: string };
  children?: ComponentChildren;
}) {
  const { t } = usePage();
  const href = useHref();
  const back = props.back ?? {
    path: `/organisations/${props.orgId}/practices`,
    label: t('practices.org.backToList', { org: props.orgName }),
  };
  return (
    <>
      <BackLink href={href(back.path)}>{back.label}</BackLink>
      <p class="caption">{props.orgName}</p>
      <h1>{props.title}</h1>
      {props.children}
    </>
  );
}

/** A language's name in its own language, for texts written in it. */
export const nativeName = (lang: string) => (isLang(lang) ? NATIVE_NAME[lang] : lang);

/** A practice's links, under a heading; nothing when it has none. Authors' links are not endorsed: nofollow. */
export function PracticeLinks({ links }: { links: readonly { url: string; label: string }[] }) {
  const { t } = usePage();
  if (links.length === 0) return null;
  return (
    <>
      <h3>{t('practices.form.links')}</h3>
      <ul>
        {links.map((l) => (
          <li>
            <a href={l.url} rel="nofollow noopener">
              {l.label}
            </a>
          </li>
        ))}
      </ul>
    </>
  );
}

/** The tags, period, figures, links, files and contact of a revision; `fileHref` says where a file opens. */
export function RevisionFacts({ view, fileHref }: { view: RevisionView; fileHref?: (file: string) => string }) {
  const { t, fmt } = usePage();
  const r = view.revision;
  const rows: SummaryRow[] = TAG_NAMES.map((tag) => {
    const values = fromBits(tag, Number(r[TAG_COLUMN[tag]]));
    return {
      key: t(TAG_LEGEND[tag]),
      value: values.length ? values.map((v) => t(tagLabel(tag, v))).join(', ') : '–',
    };
  });
  rows.push({
    key: t('practices.form.period'),
    value: r.period_start
      ? r.period_end
        ? t('practices.period.range', { from: fmt.date(r.period_start), to: fmt.date(r.period_end) })
        : t('practices.period.since', { from: fmt.date(r.period_start) })
      : '–',
  });
  rows.push({
    key: t('practices.form.peopleReached.label'),
    value: r.people_reached !== null ? fmt.number(r.people_reached) : '–',
  });
  rows.push({
    key: t('practices.form.contact'),
    value: r.contact_name ? `${r.contact_name} (${r.contact_email})` : '–',
  });
  return (
    <>
      <SummaryList rows={rows} />
      <PracticeLinks links={view.links} />
      {view.attachments.length && fileHref ? (
        <>
          <h3>{t('practices.form.attachments')}</h3>
          <ul>
            {view.attachments.map((a) => (
              <li>
                <a href={fileHref(a.file)}>{a.label}</a> (
                {a.kind === 'pdf' ? 'PDF' : t('practices.form.attachments.image')})
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </>
  );
}

/** One language's text: title, summary, the body (Markdown, raw HTML off) and the results. */
export function PracticeTextView({ text, headingLevel = 3 }: { text: PracticeText; headingLevel?: number }) {
  const { t } = usePage();
  const H = `h${headingLevel}` as 'h3';
  return (
    <section lang={text.lang} class="stack">
      <H>{text.title}</H>
      <p class="lead">{text.summary}</p>
      <Markdown
        source={text.body}
        labels={{ footnotes: t('practices.markdown.footnotes'), backToReference: t('practices.markdown.back') }}
        headingLevel={headingLevel + 1}
        idPrefix={`text-${text.lang}-`}
      />
      {text.results ? (
        <>
          <p>
            <strong>{t('practices.form.results.label')}</strong>
          </p>
          <Markdown
            source={text.results}
            labels={{ footnotes: t('practices.markdown.footnotes'), backToReference: t('practices.markdown.back') }}
            headingLevel={headingLevel + 1}
            idPrefix={`results-${text.lang}-`}
          />
        </>
      ) : null}
    </section>
  );
}

/** A revision's content: its texts (the original first), then its facts. */
export function RevisionContent({ view, fileHref }: { view: RevisionView; fileHref?: (file: string) => string }) {
  const { t } = usePage();
  return (
    <div class="stack">
      {view.texts.map((text) => (
        <>
          <p class="caption">
            {t(text.is_original ? 'practices.text.original' : 'practices.text.translation', {
              language: nativeName(text.lang),
            })}
          </p>
          <PracticeTextView text={text} />
        </>
      ))}
      <RevisionFacts view={view} fileHref={fileHref} />
    </div>
  );
}

const EVENT_LABEL = {
  created: 'practices.event.created',
  submitted: 'practices.event.submitted',
  returned: 'practices.event.returned',
  published: 'practices.event.published',
  archived: 'practices.event.archived',
  unarchived: 'practices.event.unarchived',
  unpublished: 'practices.event.unpublished',
  questioned: 'practices.event.questioned',
} as const satisfies Record<PracticeEvent['kind'], string>;

/** The practice's history, newest first, with the secretariat's comments. */
export function History({ events }: { events: PracticeEvent[] }) {
  const { t, fmt } = usePage();
  return (
    <ol class="stack">
      {events.map((e) => (
        <li>
          <time dateTime={e.at}>{fmt.dateTime(e.at)}</time> – {t(EVENT_LABEL[e.kind])}
          {e.comment ? <blockquote>{e.comment}</blockquote> : null}
        </li>
      ))}
    </ol>
  );
}
