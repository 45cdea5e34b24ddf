import { usePage, useHref } from '../../../../platform/views/context.ts';
import { Table } from '../../../../platform/views/components.tsx';
import { LEVELS } from '../../framework.ts';
import type { PeerView, ResultCell } from '../../service-results.ts';
import { AUDIENCE_NAME, LEVEL_NAME } from './labels.ts';

/** "Leadership · employees": how every table names a cell. */
export function CellName({ cell }: { cell: Pick<ResultCell, 'dimensionTitle' | 'audience'> }) {
  const { t } = usePage();
  return (
    <>
      {cell.dimensionTitle} · {t(AUDIENCE_NAME[cell.audience])}
    </>
  );
}

/** For each cell under the good level: the next level's descriptor, then practices that match. */
export function NextSteps({ cells }: { cells: ResultCell[] }) {
  const { t } = usePage();
  const href = useHref();
  return (
    <>
      <p>{t('assessment.next.intro')}</p>
      {cells.map((c) =>
        c.next ? (
          <section class="stack">
            <h3>
              <CellName cell={c} />
            </h3>
            <p>
              <strong>{t('assessment.next.step', { level: c.next.level, name: t(LEVEL_NAME[c.next.level]!) })}</strong>{' '}
              {c.next.descriptor}
            </p>
            {c.next.practices.length > 0 ? (
              <>
                <p>{t('assessment.next.practices')}</p>
                <ul>
                  {c.next.practices.map((p) => (
                    <li>
                      <a href={href(`/practices/${p.slug}`)} lang={p.lang}>
                        {p.title}
                      </a>
                      {p.org ? ` – ${p.org.name}` : null}
                    </li>
                  ))}
                </ul>
              </>
            ) : (
              <p>
                {t('assessment.next.noPractices')} <a href={href('/practices')}>{t('assessment.next.library')}</a>
              </p>
            )}
          </section>
        ) : null,
      )}
    </>
  );
}

/** The peer benchmark per cell, or why it is hidden ("not enough organisations yet", "all alike"). */
export function PeerBenchmark({ cells }: { cells: ResultCell[] }) {
  const { t } = usePage();
  return (
    <>
      <p>{t('assessment.peers.intro')}</p>
      <Table
        caption={t('assessment.peers.caption')}
        rows={cells}
        columns={[
          { header: t('assessment.results.column.cell'), cell: (c) => <CellName cell={c} /> },
          {
            header: t('assessment.peers.column.yours'),
            cell: (c) => t('assessment.results.levelNamed', { level: c.level, name: t(LEVEL_NAME[c.level]!) }),
          },
          {
            header: t('assessment.peers.column.others'),
            cell: (c) => <PeerCell peers={c.peers} />,
          },
        ]}
      />
    </>
  );
}

/** One cell's benchmark: the others per level, or why they are hidden. */
function PeerCell({ peers }: { peers: PeerView | null }) {
  const { t } = usePage();
  if (!peers?.shown)
    return <>{t(peers?.reason === 'allAlike' ? 'assessment.peers.allAlike' : 'assessment.peers.notEnough')}</>;
  return (
    <>
      <p>{t('assessment.peers.total', { count: peers.total })}</p>
      <ul>
        {LEVELS.map((n) => (
          <li>{t('assessment.peers.atLevel', { level: n, count: peers.byLevel[n] ?? 0 })}</li>
        ))}
      </ul>
    </>
  );
}
