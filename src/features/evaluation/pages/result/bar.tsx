import { usePage } from '../../../../platform/views/context.ts';
import type { ProposalResult } from '../../service-result.ts';

// One proposal's votes as a bar drawn on the server (no script): yes solid, no half-tone,
// abstentions outlined, out of every organisation that could vote, with a line where the quorum
// lies. Drawn in the text colour (currentColor) so it keeps the page's contrast in light and
// dark; the numbers are written under it, and the same figures are in the table above.

const W = 320;
const H = 56;
const BAR = 20;

export function VoteBar({ proposal, eligible }: { proposal: ProposalResult; eligible: number }) {
  const { t } = usePage();
  const { yes, no, abstain } = proposal.tally;
  const scale = (n: number) => (eligible > 0 ? (Math.min(n, eligible) / eligible) * W : 0);
  const segments = [
    { n: yes, fill: 'currentColor', opacity: 1 },
    { n: no, fill: 'currentColor', opacity: 0.45 },
    { n: abstain, fill: 'none', opacity: 1 },
  ];
  let x = 0;
  const quorumX = scale(proposal.result.quorumNeeded);
  return (
    <svg
      role="img"
      aria-label={t('evaluation.result.bar', { yes, no, abstain, eligible, quorum: proposal.result.quorumNeeded })}
      viewBox={`0 0 ${W + 2} ${H}`}
      width="100%"
      preserveAspectRatio="xMinYMin meet"
    >
      <g aria-hidden="true">
        <rect x={1} y={1} width={W} height={BAR} fill="none" stroke="currentColor" stroke-opacity="0.35" />
        {segments.map((s) => {
          const w = scale(s.n);
          const rect = (
            <rect x={1 + x} y={1} width={w} height={BAR} fill={s.fill} fill-opacity={s.opacity} stroke="currentColor" />
          );
          x += w;
          return w > 0 ? rect : null;
        })}
        {proposal.result.quorumNeeded > 0 ? (
          <line x1={1 + quorumX} x2={1 + quorumX} y1={0} y2={BAR + 6} stroke="currentColor" stroke-width="2" stroke-dasharray="3 2" />
        ) : null}
        <text x={1} y={H - 8} fill="currentColor" font-size="13">
          {t('evaluation.result.barLegend', { yes, no, abstain })}
        </text>
      </g>
    </svg>
  );
}
