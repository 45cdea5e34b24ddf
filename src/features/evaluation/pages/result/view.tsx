import { Layout } from '../../../../platform/views/layout.tsx';
import { usePage, useHref } from '../../../../platform/views/context.ts';
import { Table, Tag } from '../../../../platform/views/components.tsx';
import type { EvaluationResult, ProposalResult } from '../../service-result.ts';
import { Difference } from '../../components.tsx';
import { VoteBar } from './bar.tsx';

export const OUTCOME_LABEL = {
  accepted: 'evaluation.result.outcome.accepted',
  rejected: 'evaluation.result.outcome.rejected',
  noQuorum: 'evaluation.result.outcome.noQuorum',
} as const;

const OUTCOME_TONE = { accepted: 'green', rejected: 'red', noQuorum: 'grey' } as const;

const EXPLAIN = {
  accepted: 'evaluation.result.explain.accepted',
  rejected: 'evaluation.result.explain.rejected',
  noQuorum: 'evaluation.result.explain.noQuorum',
} as const;

export const QUORUM_RULE = {
  none: 'evaluation.result.rule.quorum.none',
  half: 'evaluation.result.rule.quorum.half',
  twoThirds: 'evaluation.result.rule.quorum.twoThirds',
} as const;

export const MAJORITY_RULE = {
  simple: 'evaluation.result.rule.majority.simple',
  absolute: 'evaluation.result.rule.majority.absolute',
  twoThirds: 'evaluation.result.rule.majority.twoThirds',
} as const;

/** The vote's result: before the result day a page that says when; then the figures per proposal. */
export function ResultPage({ result }: { result: EvaluationResult }) {
  const { t, fmt } = usePage();
  const href = useHref();
  const title = t('evaluation.result.title');
  if (result.kind !== 'ready') {
    return (
      <Layout title={title}>
        <h1>{title}</h1>
        <p class="lead">
          {result.kind === 'none'
            ? t('evaluation.result.none')
            : t('evaluation.result.pending', { date: fmt.date(result.resultOn) })}
        </p>
      </Layout>
    );
  }
  const n = fmt.number;
  return (
    <Layout title={title} wide>
      <h1>{title}</h1>
      <p class="lead">{t('evaluation.result.lead', { version: result.charterVersion, eligible: result.eligible })}</p>
      <p>
        {t(QUORUM_RULE[result.quorum])} {t(MAJORITY_RULE[result.majority])}
      </p>
      {result.publishedVersion !== null ? (
        <p>
          <a href={href(`/charter/versions/${result.publishedVersion}`)}>
            {t('evaluation.result.published', { version: result.publishedVersion })}
          </a>
        </p>
      ) : null}
      {result.proposals.length === 0 ? (
        <p>{t('evaluation.result.noProposals')}</p>
      ) : (
        <Table<ProposalResult>
          caption={t('evaluation.result.table')}
          rows={result.proposals}
          columns={[
            { header: t('evaluation.result.col.proposal'), cell: (p) => <a href={`#p-${p.id}`}>{t('evaluation.vote.commitment', { number: p.commitment })}</a> },
            { header: t('evaluation.vote.choice.yes'), cell: (p) => n(p.tally.yes), numeric: true },
            { header: t('evaluation.vote.choice.no'), cell: (p) => n(p.tally.no), numeric: true },
            { header: t('evaluation.vote.choice.abstain'), cell: (p) => n(p.tally.abstain), numeric: true },
            { header: t('evaluation.result.col.cast'), cell: (p) => n(p.result.cast), numeric: true },
            { header: t('evaluation.result.col.eligible'), cell: () => n(result.eligible), numeric: true },
            { header: t('evaluation.result.col.quorum'), cell: (p) => n(p.result.quorumNeeded), numeric: true },
            { header: t('evaluation.result.col.yesNeeded'), cell: (p) => n(p.result.yesNeeded), numeric: true },
            { header: t('evaluation.result.col.outcome'), cell: (p) => t(OUTCOME_LABEL[p.result.outcome]) },
          ]}
        />
      )}
      {result.proposals.map((p) => (
        <section class="stack" id={`p-${p.id}`}>
          <h2>
            {t('evaluation.vote.commitment', { number: p.commitment })}{' '}
            <Tag tone={OUTCOME_TONE[p.result.outcome]}>{t(OUTCOME_LABEL[p.result.outcome])}</Tag>
          </h2>
          {p.groupTitle ? <p class="caption">{p.groupTitle}</p> : null}
          <Difference before={p.quoted} after={p.proposed} lang={p.lang} />
          <VoteBar proposal={p} eligible={result.eligible} />
          <p>
            {t(EXPLAIN[p.result.outcome], {
              cast: p.result.cast,
              eligible: result.eligible,
              quorum: p.result.quorumNeeded,
              yes: p.tally.yes,
              yesNeeded: p.result.yesNeeded,
            })}
          </p>
        </section>
      ))}
      <p>
        <a href="/api/v1/evaluation/result">{t('evaluation.result.openData')}</a>
      </p>
    </Layout>
  );
}
