import type { ComponentChildren } from 'preact';
import { Layout } from '../../../../platform/views/layout.tsx';
import { usePage, useHref } from '../../../../platform/views/context.ts';
import { DoneLines } from '../../../../platform/views/commitments.tsx';
import {
  Button,
  Checkboxes,
  Form,
  FormProblems,
  TextArea,
  titleAfter,
  type FormState,
} from '../../../../platform/views/form.tsx';
import { BackLink, Banner, MultiLine } from '../../../../platform/views/components.tsx';
import type { SectionRead } from '../../read.ts';
import { reportPath, sectionPath } from './labels.ts';
import { CORRECTION_MAX, NARRATIVE_MAX } from './schema.ts';

/** The form's values from a saved section, with the version it is opened at. */
export function sectionValues(s: SectionRead): FormState['values'] {
  return {
    version: String(s.version),
    confirmed: s.confirmed ? ['yes'] : [],
    correction: s.correction,
    worked: s.worked,
    hard: s.hard,
  };
}

/** Someone else's save met on the way: their section, who saved it and when. */
export interface Conflict<T> {
  theirs: T;
  by: string | null;
}

export interface SectionPageProps {
  orgId: string;
  orgName: string;
  year: number;
  /** The report's language: what is typed carries it. */
  lang: string;
  name: string;
  section: SectionRead;
  /** May change it now: an administrator, and the report a draft. */
  editable: boolean;
  frozen: boolean;
  form: FormState;
  conflict?: Conflict<SectionRead>;
}

/**
 * One commitment's section: what the platform recorded for the year, then "these figures are
 * right" or a correction, and what worked and what was hard. After a conflict the page shows
 * the other person's saved version above the form, which keeps what this person typed.
 */
export function SectionPage(props: SectionPageProps) {
  const { t } = usePage();
  const href = useHref();
  const { section, form, year } = props;
  return (
    <Layout title={titleAfter(t, props.name, form)} noindex>
      <BackLink href={href(reportPath(props.orgId, year))}>{t('reports.report.title', { year })}</BackLink>
      <p class="caption">{props.orgName}</p>
      <h1>{props.name}</h1>
      {props.conflict ? (
        <ConflictPanel by={props.conflict.by} at={props.conflict.theirs.updatedAt}>
          <SavedSection section={props.conflict.theirs} lang={props.lang} />
        </ConflictPanel>
      ) : null}
      {props.frozen ? <Banner kind="info" title={t('reports.section.frozen')} /> : null}
      <FormProblems form={form} />
      <section class="stack" aria-labelledby="section-facts">
        <h2 id="section-facts">{t('reports.section.facts', { year })}</h2>
        <DoneLines done={section.facts} empty={t('reports.section.noFacts', { year })} />
      </section>
      {props.editable ? (
        <Form action={href(sectionPath(props.orgId, year, section.commitment))} class="stack">
          <input type="hidden" name="version" value={String(form.values.version ?? section.version)} />
          <Checkboxes
            form={form}
            name="confirmed"
            label={t('reports.section.confirm.legend')}
            options={[{ value: 'yes', label: t('reports.section.confirm.label') }]}
          />
          <TextArea
            form={form}
            name="correction"
            label={t('reports.section.correction')}
            hint={t('reports.section.correction.hint')}
            required={false}
            maxLength={CORRECTION_MAX}
            lang={props.lang}
          />
          <TextArea
            form={form}
            name="worked"
            label={t('reports.section.worked')}
            hint={t('reports.section.worked.hint')}
            required={false}
            maxLength={NARRATIVE_MAX}
            lang={props.lang}
          />
          <TextArea
            form={form}
            name="hard"
            label={t('reports.section.hard')}
            hint={t('reports.section.hard.hint')}
            required={false}
            maxLength={NARRATIVE_MAX}
            lang={props.lang}
          />
          <Button>{props.conflict ? t('reports.section.saveMine') : t('reports.section.save')}</Button>
        </Form>
      ) : (
        <SavedSection section={section} lang={props.lang} />
      )}
      {!props.editable && !props.frozen ? <p>{t('reports.section.adminsOnly')}</p> : null}
    </Layout>
  );
}

/** A section as saved: confirmation or correction, and the two narratives. */
function SavedSection({ section, lang }: { section: SectionRead; lang: string }) {
  const { t } = usePage();
  const text = (label: string, value: string) =>
    value === '' ? null : (
      <>
        <h3>{label}</h3>
        <MultiLine text={value} lang={lang} />
      </>
    );
  return (
    <div class="stack">
      {section.correction === '' ? (
        <p>{section.confirmed ? t('reports.section.confirmedNote') : t('reports.section.notConfirmedNote')}</p>
      ) : (
        text(t('reports.section.correction'), section.correction)
      )}
      {text(t('reports.section.worked'), section.worked)}
      {text(t('reports.section.hard'), section.hard)}
    </div>
  );
}

/**
 * Someone else's save met on the way: who and when, what to do, their saved version (the
 * children), then the heading of this person's own version, the form that follows.
 */
export function ConflictPanel(props: { by: string | null; at: string | null; children: ComponentChildren }) {
  const { t, fmt } = usePage();
  const who = props.by ?? t('reports.section.conflict.someone');
  return (
    <section class="stack" aria-labelledby="conflict-theirs">
      <Banner kind="warning" title={t('reports.section.conflict.title')}>
        <p>{t('reports.section.conflict.who', { name: who, date: fmt.dateTime(props.at) })}</p>
        <p>{t('reports.section.conflict.what')}</p>
      </Banner>
      <div class="card stack">
        <h2 id="conflict-theirs">{t('reports.section.conflict.theirs', { name: who })}</h2>
        {props.children}
      </div>
      <h2>{t('reports.section.conflict.yours')}</h2>
    </section>
  );
}
