import { usePage } from '../../../../../platform/views/context.ts';
import { LEVELS } from '../../../framework.ts';
import { MIN_ORGANISATIONS, type NationalTable } from '../../../service-secretariat.ts';
import { AUDIENCE_LABEL, LEVEL_LABEL } from '../labels.ts';

// The national distribution of one audience as stacked bars, drawn on the server: one bar per
// dimension, split by level in proportion to the organisations at each. It shows nothing the
// table after it does not say in figures (the table is what a screen reader is pointed to), and a
// row hidden by the anonymity rule is hidden here too.

/** One colour per level, from none (grey) to embedded (dark green); a white gap parts them. */
const LEVEL_FILL = ['#b1b4b6', '#f47738', '#ffdd00', '#85994b', '#00703c'] as const;
const WIDTH = 640;
const LEGEND_LINE = 20;
const ROW = 46;

export function NationalChart({ table }: { table: NationalTable }) {
  const { t } = usePage();
  const legendHeight = LEVELS.length * LEGEND_LINE + 10;
  const height = legendHeight + table.rows.length * ROW;
  const titleId = `chart-${table.audience}`;
  return (
    <svg
      class="chart"
      role="img"
      aria-labelledby={titleId}
      viewBox={`0 0 ${WIDTH} ${height}`}
      width="100%"
      preserveAspectRatio="xMinYMin meet"
    >
      <title id={titleId}>
        {t('assessment.secretariat.chart.title', { audience: t(AUDIENCE_LABEL[table.audience]) })}
      </title>
      {LEVELS.map((n) => (
        <g>
          <rect x="0" y={n * LEGEND_LINE + 2} width="14" height="14" fill={LEVEL_FILL[n]} />
          <text x="22" y={n * LEGEND_LINE + 14} fill="currentColor" font-size="14">
            {t('assessment.framework.levelName', { level: n, name: t(LEVEL_LABEL[n]) })}
          </text>
        </g>
      ))}
      {table.rows.map((row, i) => {
        const y = legendHeight + i * ROW;
        let x = 0;
        return (
          <g>
            <text x="0" y={y + 14} fill="currentColor" font-size="14">
              {row.levels
                ? t('assessment.secretariat.chart.row', { dimension: row.title, count: row.organisations })
                : t('assessment.secretariat.chart.hiddenRow', { dimension: row.title, min: MIN_ORGANISATIONS })}
            </text>
            {row.levels
              ? row.levels.map((count, n) => {
                  const width = (count / row.organisations) * WIDTH;
                  const at = x;
                  x += width;
                  return count > 0 ? (
                    <rect x={fmt2(at)} y={y + 20} width={fmt2(width)} height="18" fill={LEVEL_FILL[n]} stroke="#fff" />
                  ) : null;
                })
              : null}
          </g>
        );
      })}
    </svg>
  );
}

/** Coordinates with two decimals at most: enough for a crisp bar, fewer bytes. */
function fmt2(n: number): string {
  return String(Math.round(n * 100) / 100);
}
