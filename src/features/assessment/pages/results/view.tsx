import { Layout } from '../../../../platform/views/layout.tsx';
import { usePage, useHref } from '../../../../platform/views/context.ts';
import { BackLink, Table } from '../../../../platform/views/components.tsx';
import { Button, Form } from '../../../../platform/views/form.tsx';
import { GOOD_LEVEL } from '../../framework.ts';
import { ResultsChart } from '../../chart.tsx';
import type { RunResults } from '../../service-results.ts';
import { CHANGE_NAME, LEVEL_NAME } from './labels.ts';
import { CellName, NextSteps, PeerBenchmark } from './sections.tsx';
import { PublicLineForm } from './public-line.tsx';

export function ResultsPage({ results: r }: { results: RunResults }) {
  const { t, fmt } = usePage();
  const href = useHref();
  const base = `/organisations/${r.orgId}/assessment`;
  const runPath = `${base}/runs/${r.runId}`;
  const title = t('assessment.results.title');
  const hasPrevious = r.cells.some((c) => c.previous !== null);
  const admin = r.viewer === 'admin';
  return (
    <Layout title={title} noindex wide>
      {r.viewer === 'secretariat' ? null : <BackLink href={href(base)}>{t('assessment.results.back')}</BackLink>}
      <p class="caption">{r.orgName}</p>
      <h1>{title}</h1>
      <p class="lead">
        {t('assessment.results.submitted', { date: fmt.date(r.submittedAt), version: r.frameworkVersion })}
      </p>
      {r.previousSubmittedAt ? (
        <p>{t('assessment.results.comparedWith', { date: fmt.date(r.previousSubmittedAt) })}</p>
      ) : (
        <p>{t('assessment.results.firstRun')}</p>
      )}
      <p>{t('assessment.results.noTotal')}</p>

      <h2>{t('assessment.results.levels.title')}</h2>
      <ResultsChart id="results-chart" cells={r.cells} hasPrevious={hasPrevious} />
      <Table
        caption={t('assessment.results.levels.caption')}
        rows={r.cells}
        columns={[
          { header: t('assessment.results.column.cell'), cell: (c) => <CellName cell={c} /> },
          {
            header: t('assessment.results.column.level'),
            cell: (c) => t('assessment.results.levelNamed', { level: c.level, name: t(LEVEL_NAME[c.level]!) }),
          },
          {
            header: t('assessment.results.column.previous'),
            cell: (c) =>
              c.previous === null
                ? t('assessment.results.none')
                : t('assessment.results.levelNamed', { level: c.previous, name: t(LEVEL_NAME[c.previous]!) }),
          },
          { header: t('assessment.results.column.change'), cell: (c) => t(CHANGE_NAME[c.change]) },
        ]}
      />

      <h2>{t('assessment.results.meaning.title')}</h2>
      {r.cells.map((c) => (
        <section class="stack">
          <h3>
            <CellName cell={c} />
          </h3>
          <p>
            <strong>{t('assessment.results.levelNamed', { level: c.level, name: t(LEVEL_NAME[c.level]!) })}</strong>
            {' – '}
            {c.descriptor}
          </p>
          {c.evidence ? <p>{t('assessment.results.evidence', { text: c.evidence })}</p> : null}
          {c.plan ? <p>{t('assessment.results.plan', { text: c.plan })}</p> : null}
        </section>
      ))}

      <h2>{t('assessment.next.title')}</h2>
      {r.cells.some((c) => c.level < GOOD_LEVEL) ? (
        <NextSteps cells={r.cells} />
      ) : (
        <p>{t('assessment.next.allGood')}</p>
      )}

      <h2>{t('assessment.peers.title')}</h2>
      <PeerBenchmark cells={r.cells} />

      <h2>{t('assessment.export.title')}</h2>
      <ul>
        <li>
          <a href={href(`${runPath}/results.pdf`)}>{t('assessment.export.pdf')}</a>
        </li>
        <li>
          <a href={href(`${runPath}/results.csv`)}>{t('assessment.export.csv')}</a>
        </li>
      </ul>

      <h2>{t('assessment.share.title')}</h2>
      <p>
        {r.sharedAt
          ? t('assessment.share.sharedSince', { date: fmt.date(r.sharedAt) })
          : t('assessment.share.membersOnly')}
      </p>
      {admin ? (
        <Form action={href(`${runPath}/share`)}>
          <Button variant="secondary">{r.sharedAt ? t('assessment.share.stop') : t('assessment.share.start')}</Button>
        </Form>
      ) : null}
      {admin && r.latest ? <PublicLineForm orgId={r.orgId} shown={r.publicLine} runId={r.runId} /> : null}
    </Layout>
  );
}
