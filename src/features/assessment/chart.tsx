import { usePage } from '../../platform/views/context.ts';
import { LEVELS } from './framework.ts';
import { AUDIENCE_NAME } from './pages/results/labels.ts';
import type { ResultCell } from './service-results.ts';

// The results chart, drawn on the server as SVG (no script): one row per cell, this run's level
// as a solid bar and the previous run's as a hatched one, each with its number written beside
// it, so neither colour nor pattern alone carries the figure. It is drawn in the text colour
// (currentColor), which keeps the page's contrast in light and dark. The same figures are in
// the table that follows it; the PDF draws the same geometry (CHART) with pdfkit.

export const CHART = {
  /** Where the bars start: the cells' names are on a line of their own above them. */
  label: 8,
  /** Narrow, so that at 320 px the words are still about 10 px high. */
  width: 440,
  row: 64,
  top: 28,
  bar: 14,
  gap: 4,
  axis: 22,
  legend: 52,
} as const;

/** Where level `n` ends on the x axis. */
export const levelX = (n: number) => CHART.label + (n / 4) * (CHART.width - CHART.label - 64);

export function ResultsChart(props: { id: string; cells: ResultCell[]; hasPrevious: boolean }) {
  const { t } = usePage();
  const height = CHART.legend + CHART.axis + props.cells.length * CHART.row;
  const titleId = `${props.id}-title`;
  const descId = `${props.id}-desc`;
  const hatch = `${props.id}-hatch`;
  const bar = (y: number, level: number, previous: boolean) => {
    const w = Math.max(levelX(level) - CHART.label, 3);
    const x = CHART.label;
    return previous ? (
      <rect x={x} y={y} width={w} height={CHART.bar} fill={`url(#${hatch})`} stroke="currentColor" stroke-width="1" />
    ) : (
      <rect x={x} y={y} width={w} height={CHART.bar} fill="currentColor" />
    );
  };
  return (
    <svg
      role="img"
      aria-labelledby={`${titleId} ${descId}`}
      viewBox={`0 0 ${CHART.width} ${height}`}
      width="100%"
      preserveAspectRatio="xMinYMin meet"
      class="results-chart"
    >
      <title id={titleId}>{t('assessment.results.chart.title')}</title>
      <desc id={descId}>{t('assessment.results.chart.description')}</desc>
      <defs>
        <pattern id={hatch} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <line x1="0" y1="0" x2="0" y2="6" stroke="currentColor" stroke-width="2" />
        </pattern>
      </defs>
      <g aria-hidden="true">
        <rect x={0} y={4} width={16} height={CHART.bar} fill="currentColor" />
        <text x={22} y={16} fill="currentColor" font-size="14">
          {t('assessment.results.chart.thisRun')}
        </text>
        {props.hasPrevious ? (
          <>
            <rect x={0} y={26} width={16} height={CHART.bar} fill={`url(#${hatch})`} stroke="currentColor" />
            <text x={22} y={38} fill="currentColor" font-size="14">
              {t('assessment.results.chart.previousRun')}
            </text>
          </>
        ) : null}
        {LEVELS.map((n) => (
          <g>
            <line
              x1={levelX(n)}
              x2={levelX(n)}
              y1={CHART.legend + CHART.axis - 4}
              y2={height}
              stroke="currentColor"
              stroke-opacity="0.35"
              stroke-dasharray="2 3"
            />
            <text x={levelX(n)} y={CHART.legend + 14} fill="currentColor" font-size="13" text-anchor="middle">
              {String(n)}
            </text>
          </g>
        ))}
        {props.cells.map((c, i) => {
          const y = CHART.legend + CHART.axis + i * CHART.row;
          return (
            <g>
              <text x={0} y={y + 16} fill="currentColor" font-size="14">
                {`${c.dimensionTitle} · ${t(AUDIENCE_NAME[c.audience])}`}
              </text>
              {bar(y + CHART.top - 4, c.level, false)}
              <text x={levelX(c.level) + 6} y={y + CHART.top + 7} fill="currentColor" font-size="13">
                {t('assessment.results.chart.now', { level: c.level })}
              </text>
              {c.previous !== null ? (
                <>
                  {bar(y + CHART.top + CHART.bar + CHART.gap - 4, c.previous, true)}
                  <text
                    x={levelX(c.previous) + 6}
                    y={y + CHART.top + CHART.bar + CHART.gap + 7}
                    fill="currentColor"
                    font-size="13"
                  >
                    {t('assessment.results.chart.before', { level: c.previous })}
                  </text>
                </>
              ) : null}
            </g>
          );
        })}
      </g>
    </svg>
  );
}
