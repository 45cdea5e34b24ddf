import { Layout } from '../../../../platform/views/layout.tsx';
import { usePage, useHref } from '../../../../platform/views/context.ts';
import { Table, Tag } from '../../../../platform/views/components.tsx';
import { periodPath } from '../../../reports/service-consolidated.ts';
import { PHASES } from '../../phases.ts';
import { DAY_FIELDS, reportYears, type CurrentEvaluation } from '../../service-setup.ts';
import type { ConsultationSummary } from '../../service-consultation.ts';
import {
  COMMITMENT_NUMBERS,
  DIFFICULTIES,
  DIFFICULTY_NAME,
  PHASE_NAME,
  PHASE_WHAT,
  RELEVANCES,
  RELEVANCE_NAME,
} from '../../components.tsx';

export interface OverviewProps {
  current: CurrentEvaluation | null;
  summary: ConsultationSummary | null;
  titles: Map<number, string>;
  /** The reader's signatory organisations: the links to act for them. */
  organisations: { orgId: string; orgName: string }[];
}

/** The joint evaluation for everyone: its phases and days, where it stands, what to do now, and what the consultation said. */
export function OverviewPage(props: OverviewProps) {
  const { t } = usePage();
  const title = t('evaluation.overview.title');
  return (
    <Layout title={title}>
      <h1>{title}</h1>
      <p class="lead">{t('evaluation.overview.lead')}</p>
      {props.current ? <Running {...props} current={props.current} /> : <p>{t('evaluation.overview.none')}</p>}
    </Layout>
  );
}

function Running(props: OverviewProps & { current: CurrentEvaluation }) {
  const { t, fmt } = usePage();
  const href = useHref();
  const { evaluation: e, phase } = props.current;
  const years = reportYears(e);
  const now = PHASES.indexOf(phase);
  const act = (key: string, path: string) =>
    props.organisations.map((m) => (
      <li>
        <a href={href(`/organisations/${m.orgId}/evaluation/${path}`)}>{t(key, { org: m.orgName })}</a>
      </li>
    ));
  return (
    <>
      <p>
        {t('evaluation.overview.version', { version: e.charter_version })} <Tag>{t(PHASE_NAME[phase])}</Tag>
      </p>
      <h2>{t('evaluation.overview.phases')}</h2>
      <ol class="steps">
        {DAY_FIELDS.map(({ column, phase: p }) => (
          <li>
            <h3>
              {t(PHASE_NAME[p])} {p === phase ? <Tag tone="green">{t('evaluation.overview.now')}</Tag> : null}
            </h3>
            <p>
              {PHASES.indexOf(p) <= now
                ? t('evaluation.overview.opened', { date: fmt.date(e[column]) })
                : t('evaluation.overview.opens', { date: fmt.date(e[column]) })}
            </p>
            <p>{t(PHASE_WHAT[p])}</p>
          </li>
        ))}
      </ol>
      <h2>{t('evaluation.overview.read')}</h2>
      <ul>
        <li>
          <a href={href(periodPath(years.from, years.to))}>{t('evaluation.overview.report', years)}</a>
        </li>
        {now >= PHASES.indexOf('proposals') ? (
          <li>
            <a href={href('/evaluation/proposals')}>
              {t('evaluation.overview.proposals', { count: Number(e.proposal_count) })}
            </a>
          </li>
        ) : null}
        {phase === 'result' ? (
          <li>
            <a href={href('/evaluation/result')}>{t('evaluation.overview.result')}</a>
          </li>
        ) : null}
        {phase === 'consultation' ? act('evaluation.overview.answer', 'consultation') : null}
        {phase === 'proposals' ? act('evaluation.overview.propose', 'proposals/new') : null}
        {phase === 'vote' ? act('evaluation.overview.vote', 'vote') : null}
      </ul>
      {props.summary ? <Summary summary={props.summary} titles={props.titles} /> : null}
    </>
  );
}

function Summary({ summary, titles }: { summary: ConsultationSummary; titles: Map<number, string> }) {
  const { t, fmt } = usePage();
  const count = (n: number, question: string, answer: string) =>
    fmt.number(summary.counts.find((c) => c.commitment === n && c.question === question && c.answer === answer)?.count ?? 0);
  const commitment = {
    header: t('evaluation.overview.commitment'),
    cell: (n: number) => t('evaluation.proposals.item', { number: n, title: titles.get(n) ?? '' }),
  };
  return (
    <section class="stack" aria-labelledby="summary">
      <h2 id="summary">{t('evaluation.overview.summary')}</h2>
      <p>{t('evaluation.overview.answered', { count: summary.organisations })}</p>
      <Table
        caption={t('evaluation.consultation.relevance')}
        rows={[...COMMITMENT_NUMBERS]}
        columns={[
          commitment,
          ...RELEVANCES.map((r) => ({ header: t(RELEVANCE_NAME[r]), numeric: true, cell: (n: number) => count(n, 'relevance', r) })),
        ]}
      />
      <Table
        caption={t('evaluation.consultation.difficulty')}
        rows={[...COMMITMENT_NUMBERS]}
        columns={[
          commitment,
          ...DIFFICULTIES.map((d) => ({ header: t(DIFFICULTY_NAME[d]), numeric: true, cell: (n: number) => count(n, 'difficulty', d) })),
        ]}
      />
    </section>
  );
}
