import { usePage } from '../../platform/views/context.ts';
import { DoneLines } from '../../platform/views/commitments.tsx';
import { Banner, MultiLine, SummaryList, Table } from '../../platform/views/components.tsx';
import { isLang, NATIVE_NAME, type Translate } from '../../platform/i18n/i18n.ts';
import { COMMITMENT_LABEL, type Commitment } from '../practices/vocabulary.ts';
import { PROGRESS_LABEL } from './labels.ts';
import type { AmendmentRead, DueTarget, ReportRead, SectionRead, TargetRead } from './read.ts';
import { HEADLINE_COLUMNS } from './repository-report.ts';
import { HEADLINE_LABEL } from './pages/report/labels.ts';

// A report read-only, exactly as it is published: the preview, the public page (and, in the
// same order, the PDF) show it so. What the organisation wrote carries the report's language
// (`lang`), with a note when the reader reads another one.

/** A commitment's name: the charter's short title in the reader's language, else the catalogue's. */
export function commitmentName(t: Translate, titles: ReadonlyMap<number, string>, n: number): string {
  const title = titles.get(n);
  return title ? t('reports.section.heading', { number: n, title }) : t(COMMITMENT_LABEL[String(n) as Commitment]);
}

/** An amendment's part: the headline figures, or a commitment's section. */
export function amendmentPart(t: Translate, titles: ReadonlyMap<number, string>, part: string): string {
  const n = Number(part);
  return Number.isInteger(n) && n >= 1 && n <= 9 ? commitmentName(t, titles, n) : t('reports.headline.title');
}

/** An amendment's stored version (JSON) as lines of text: a text as it is, an object field by field. */
export function amendmentText(json: string): string {
  try {
    const value: unknown = JSON.parse(json);
    if (typeof value === 'string') return value;
    if (value && typeof value === 'object')
      return Object.entries(value as Record<string, unknown>)
        .filter(([, v]) => v !== null && v !== '')
        .map(([k, v]) => `${k}: ${typeof v === 'string' ? v : JSON.stringify(v)}`)
        .join('\n');
    return String(value);
  } catch {
    return json;
  }
}

/** A rate as a percentage with one decimal, for the progress inputs. */
export const percent = (rate: number | null): number | null => (rate === null ? null : Math.round(rate * 1000) / 10);

export function ReportView({ report, titles }: { report: ReportRead; titles: ReadonlyMap<number, string> }) {
  const { t, lang } = usePage();
  const other = report.lang !== lang && isLang(report.lang);
  return (
    <div class="stack">
      {other ? (
        <p class="hint">
          {t('reports.preview.otherLanguage', { language: NATIVE_NAME[report.lang as keyof typeof NATIVE_NAME] })}
        </p>
      ) : null}
      <Headline report={report} />
      <section class="stack" aria-labelledby="report-sections">
        <h2 id="report-sections">{t('reports.preview.sections')}</h2>
        {report.sections.map((s) => (
          <Section section={s} year={report.year} name={commitmentName(t, titles, s.commitment)} lang={report.lang} />
        ))}
      </section>
      <Targets report={report} />
      <Statement report={report} />
      <Amendments amendments={report.amendments} titles={titles} lang={report.lang} />
    </div>
  );
}

function Headline({ report }: { report: ReportRead }) {
  const { t, fmt } = usePage();
  return (
    <section class="stack" aria-labelledby="report-headline">
      <h2 id="report-headline">{t('reports.headline.title')}</h2>
      <SummaryList
        rows={HEADLINE_COLUMNS.map((c) => {
          const v = report.headline[c];
          return { key: t(HEADLINE_LABEL[c]), value: v === null ? t('reports.headline.notGiven') : fmt.number(v) };
        })}
      />
    </section>
  );
}

function Section({ section, year, name, lang }: { section: SectionRead; year: number; name: string; lang: string }) {
  const { t } = usePage();
  const id = `section-${section.commitment}`;
  return (
    <section class="card stack" aria-labelledby={id}>
      <h3 id={id}>{name}</h3>
      <h4>{t('reports.section.facts', { year })}</h4>
      <DoneLines done={section.facts} empty={t('reports.section.noFacts', { year })} />
      {section.correction !== '' ? (
        <>
          <h4>{t('reports.section.correction')}</h4>
          <MultiLine text={section.correction} lang={lang} />
        </>
      ) : (
        <p>{section.confirmed ? t('reports.section.confirmedNote') : t('reports.section.notConfirmedNote')}</p>
      )}
      {section.worked !== '' ? (
        <>
          <h4>{t('reports.section.worked')}</h4>
          <MultiLine text={section.worked} lang={lang} />
        </>
      ) : null}
      {section.hard !== '' ? (
        <>
          <h4>{t('reports.section.hard')}</h4>
          <MultiLine text={section.hard} lang={lang} />
        </>
      ) : null}
    </section>
  );
}

function Targets({ report }: { report: ReportRead }) {
  const { t, fmt } = usePage();
  const value = (year: number, v: string | null) =>
    v === null
      ? t('reports.headline.notGiven')
      : t('reports.preview.target.value', { year, value: fmt.number(Number(v)) });
  const rate = (r: number | null) =>
    r === null ? '–' : t('reports.preview.target.rate', { rate: fmt.number(percent(r)!) });
  return (
    <section class="stack" aria-labelledby="report-targets">
      <h2 id="report-targets">{t('reports.preview.targets')}</h2>
      {report.targetsDue.length > 0 ? (
        <Table<DueTarget>
          caption={t('reports.preview.targetsDue', { year: report.year })}
          rows={report.targetsDue}
          columns={[
            {
              header: t('reports.preview.target.indicator'),
              cell: (d) => <span lang={report.lang}>{indicator(d)}</span>,
            },
            { header: t('reports.preview.target.base'), cell: (d) => value(d.baseYear, d.baseValue) },
            { header: t('reports.preview.target.target'), cell: (d) => value(d.targetYear, d.targetValue) },
            { header: t('reports.preview.target.reached'), cell: (d) => value(d.targetYear, d.reachedValue) },
            { header: t('reports.preview.target.status'), cell: (d) => t(PROGRESS_LABEL[d.progress.status]) },
            {
              header: t('reports.preview.target.inputs'),
              cell: (d) =>
                t('reports.preview.target.rates', {
                  observed: rate(d.progress.observedRate),
                  required: rate(d.progress.requiredRate),
                  ratio: d.progress.ratio === null ? '–' : fmt.number(Math.round(d.progress.ratio * 100) / 100),
                }),
            },
          ]}
        />
      ) : (
        <p>{t('reports.preview.noTargetsDue', { year: report.year })}</p>
      )}
      {report.targetsSet.length > 0 ? (
        <Table<TargetRead>
          caption={t('reports.preview.targetsSet')}
          rows={report.targetsSet}
          columns={[
            {
              header: t('reports.preview.target.indicator'),
              cell: (d) => <span lang={report.lang}>{indicator(d)}</span>,
            },
            { header: t('reports.preview.target.base'), cell: (d) => value(d.baseYear, d.baseValue) },
            { header: t('reports.preview.target.target'), cell: (d) => value(d.targetYear, d.targetValue) },
          ]}
        />
      ) : (
        <p>{t('reports.preview.noTargetsSet')}</p>
      )}
    </section>
  );
}

const indicator = (d: TargetRead) => (d.unit ? `${d.indicator} (${d.unit})` : d.indicator);

function Statement({ report }: { report: ReportRead }) {
  const { t, fmt } = usePage();
  const s = report.statement;
  return (
    <section class="stack" aria-labelledby="report-statement">
      <h2 id="report-statement">{t('reports.preview.statement')}</h2>
      {!s ? (
        <p>{t('reports.preview.statement.none')}</p>
      ) : s.signedAt ? (
        <>
          <p>
            {t('reports.preview.statement.signed', {
              name: s.signedName ?? s.executiveName,
              date: fmt.date(s.signedAt),
            })}
          </p>
          {s.textHash ? <p class="hint">{t('reports.preview.statement.hash', { hash: s.textHash })}</p> : null}
        </>
      ) : (
        <p>{t('reports.preview.statement.waiting', { name: s.executiveName, date: fmt.date(s.requestedAt) })}</p>
      )}
    </section>
  );
}

function Amendments(props: { amendments: AmendmentRead[]; titles: ReadonlyMap<number, string>; lang: string }) {
  const { t, fmt } = usePage();
  if (props.amendments.length === 0) return null;
  return (
    <section class="stack" aria-labelledby="report-amendments">
      <h2 id="report-amendments">{t('reports.preview.amendments')}</h2>
      {props.amendments.map((a) => (
        <div class="card stack">
          <h3>
            {t('reports.preview.amendment', { part: amendmentPart(t, props.titles, a.part), date: fmt.date(a.madeAt) })}
          </h3>
          <h4>{t('reports.preview.amendment.reason')}</h4>
          <MultiLine text={a.reason} lang={props.lang} />
          <h4>{t('reports.preview.amendment.before')}</h4>
          <MultiLine text={amendmentText(a.before)} lang={props.lang} />
          <h4>{t('reports.preview.amendment.after')}</h4>
          <MultiLine text={amendmentText(a.after)} lang={props.lang} />
        </div>
      ))}
    </section>
  );
}

/** The report's state above it: a draft says so; a submitted report says when. */
export function ReportState({ report }: { report: ReportRead }) {
  const { t, fmt } = usePage();
  return report.status === 'draft' ? (
    <Banner kind="warning" title={t('reports.preview.draft')} />
  ) : (
    <p>{t('reports.preview.submitted', { date: fmt.date(report.submittedAt) })}</p>
  );
}
