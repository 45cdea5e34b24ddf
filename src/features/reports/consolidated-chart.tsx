import { usePage } from '../../platform/views/context.ts';

// The consolidated report's bar charts, drawn on the server as SVG (no script), after the
// self-assessment's chart (assessment/chart.tsx): each bar has its name on a line above it and
// its number written beside it, so no colour carries meaning, and everything is drawn in the
// text colour (currentColor), which keeps the page's contrast in light and dark. The same figures
// are in the table that follows each chart. Groups of bars (one per headline figure) are each
// drawn to their own scale: hours and devices are not counted in the same unit.

export interface Bar {
  label: string;
  value: number;
}

export interface BarGroup {
  /** The group's heading inside the chart (a headline figure), if there are several groups. */
  title?: string;
  bars: Bar[];
}

export const BARS = {
  width: 440,
  /** Room for the number written beside the longest bar. */
  valueRoom: 84,
  heading: 28,
  row: 42,
  bar: 14,
} as const;

const heightOf = (groups: readonly BarGroup[]) =>
  groups.reduce((h, g) => h + (g.title ? BARS.heading : 0) + g.bars.length * BARS.row, 0) + 4;

export function BarChart(props: { id: string; title: string; description: string; groups: BarGroup[] }) {
  const { fmt } = usePage();
  const titleId = `${props.id}-title`;
  const descId = `${props.id}-desc`;
  const height = heightOf(props.groups);
  const span = BARS.width - BARS.valueRoom;
  let y = 0;
  const drawn = props.groups.map((g) => {
    const max = Math.max(1, ...g.bars.map((b) => b.value));
    const top = y;
    y += g.title ? BARS.heading : 0;
    const rows = g.bars.map((b) => {
      const at = y;
      y += BARS.row;
      // A zero is a hairline, so that the row still shows where its bar would be.
      const w = b.value > 0 ? Math.max((b.value / max) * span, 3) : 1;
      return (
        <g>
          <text x={0} y={at + 14} fill="currentColor" font-size="14">
            {b.label}
          </text>
          <rect x={0} y={at + 20} width={w} height={BARS.bar} fill="currentColor" />
          <text x={w + 6} y={at + 32} fill="currentColor" font-size="13">
            {fmt.number(b.value)}
          </text>
        </g>
      );
    });
    return (
      <g>
        {g.title ? (
          <text x={0} y={top + 18} fill="currentColor" font-size="15" font-weight="bold">
            {g.title}
          </text>
        ) : null}
        {rows}
      </g>
    );
  });
  return (
    <svg
      role="img"
      aria-labelledby={`${titleId} ${descId}`}
      viewBox={`0 0 ${BARS.width} ${height}`}
      width="100%"
      preserveAspectRatio="xMinYMin meet"
    >
      <title id={titleId}>{props.title}</title>
      <desc id={descId}>{props.description}</desc>
      <g aria-hidden="true">{drawn}</g>
    </svg>
  );
}
