import { Layout } from '../../../../platform/views/layout.tsx';
import { usePage, useHref } from '../../../../platform/views/context.ts';
import { BackLink, Banner } from '../../../../platform/views/components.tsx';
import { Button, Form, FormProblems, TextArea, titleAfter, type FormState } from '../../../../platform/views/form.tsx';
import { LANGS } from '../../../../platform/i18n/i18n.ts';
import type { DraftAnswer, CharterDraft } from '../../service-publish.ts';
import { Difference } from '../../components.tsx';
import { BODY_MAX, bodyField } from './schema.ts';

const LANGUAGE = {
  nl: 'evaluation.draft.lang.nl',
  fr: 'evaluation.draft.lang.fr',
  de: 'evaluation.draft.lang.de',
  en: 'evaluation.draft.lang.en',
} as const;

/** The paragraphs that differ, side by side in one text each; the whole text when they no longer line up. */
function changedParagraphs(before: string, after: string): { before: string; after: string }[] {
  const a = before.split(/\n{2,}/);
  const b = after.split(/\n{2,}/);
  if (a.length !== b.length) return before === after ? [] : [{ before, after }];
  return a.flatMap((p, i) => (p === b[i] ? [] : [{ before: p, after: b[i]! }]));
}

/** The texts the form starts from: the draft, or what the secretariat typed. */
export const draftValues = (draft: CharterDraft): FormState['values'] =>
  Object.fromEntries(draft.draft.texts.map((t) => [bodyField(t.lang), t.body]));

export function PublishPage({ answer, form }: { answer: DraftAnswer; form: FormState }) {
  const { t, fmt } = usePage();
  const href = useHref();
  const title = t('evaluation.draft.title');
  return (
    <Layout title={titleAfter(t, title, form)} noindex wide>
      <BackLink href={href('/secretariat')}>{t('evaluation.draft.back')}</BackLink>
      <h1>{title}</h1>
      <FormProblems form={form} />
      {answer.kind === 'none' ? <p class="lead">{t('evaluation.draft.none')}</p> : null}
      {answer.kind === 'pending' ? (
        <p class="lead">{t('evaluation.draft.pending', { date: fmt.date(answer.resultOn) })}</p>
      ) : null}
      {answer.kind === 'ready' ? <Draft draft={answer.draft} form={form} /> : null}
    </Layout>
  );
}

function Draft({ draft, form }: { draft: CharterDraft; form: FormState }) {
  const { t, fmt } = usePage();
  const href = useHref();
  const name = (id: string) => {
    const p = draft.accepted.find((a) => a.id === id);
    return p ? t('evaluation.vote.commitment', { number: p.commitment }) : id;
  };
  if (draft.published) {
    return (
      <Banner
        kind="success"
        title={t('evaluation.draft.published', { version: draft.published.version, date: fmt.date(draft.published.at) })}
      >
        <p>
          <a href={href(`/charter/versions/${draft.published.version}`)}>{t('evaluation.draft.readPublished')}</a>
        </p>
      </Banner>
    );
  }
  return (
    <div class="stack">
      <p class="lead">
        {t('evaluation.draft.lead', { version: draft.baseVersion, count: draft.accepted.length })}
      </p>
      {draft.draft.conflicts.length > 0 ? (
        <Banner kind="warning" title={t('evaluation.draft.conflicts')}>
          <ul>
            {draft.draft.conflicts.map((ids) => (
              <li>{ids.map(name).join(' · ')}</li>
            ))}
          </ul>
        </Banner>
      ) : null}
      {draft.draft.notFound.length > 0 ? (
        <Banner kind="warning" title={t('evaluation.draft.notFound')}>
          <ul>
            {draft.draft.notFound.map((id) => (
              <li>{name(id)}</li>
            ))}
          </ul>
        </Banner>
      ) : null}
      <h2>{t('evaluation.draft.changes')}</h2>
      {draft.before.map((text) => {
        const after = draft.draft.texts.find((d) => d.lang === text.lang)?.body ?? text.body;
        const changes = changedParagraphs(text.body, after);
        return (
          <section class="stack">
            <h3>{t(LANGUAGE[text.lang as keyof typeof LANGUAGE])}</h3>
            {changes.length === 0 ? <p>{t('evaluation.draft.unchanged')}</p> : null}
            {changes.map((c) => (
              <Difference before={c.before} after={c.after} lang={text.lang} />
            ))}
          </section>
        );
      })}
      <h2>{t('evaluation.draft.edit')}</h2>
      <p>{t('evaluation.draft.editHint')}</p>
      <Form action={href('/secretariat/evaluation/charter')} class="stack">
        {LANGS.map((lang) => (
          <TextArea
            form={form}
            name={bodyField(lang)}
            label={t(LANGUAGE[lang])}
            hint={lang === 'nl' || lang === 'fr' ? t('evaluation.draft.authoritative') : t('evaluation.draft.translation')}
            maxLength={BODY_MAX}
            rows={12}
            lang={lang}
          />
        ))}
        <p>{t('evaluation.draft.publishHint', { version: draft.baseVersion + 1 })}</p>
        <Button>{t('evaluation.draft.publish')}</Button>
      </Form>
    </div>
  );
}
