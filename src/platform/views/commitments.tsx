import type { CommitmentPart } from '../feature.ts';
import { usePage } from './context.ts';

// One way to show what features say was done for a commitment (Feature.commitments): the
// organisation's space and its public profile both list the lines so, with dates in the reader's
// language and Belgian time.

/** What was done, each line a feature's message with its dates in the reader's language; else `empty`. */
export function DoneLines({ done, empty }: { done: CommitmentPart['done']; empty: string }) {
  const { t, fmt } = usePage();
  if (done.length === 0) return <p>{empty}</p>;
  return (
    <ul>
      {done.map((d) => {
        const dates = Object.fromEntries(Object.entries(d.dates ?? {}).map(([name, iso]) => [name, fmt.date(iso)]));
        return <li>{t(d.key, { ...d.values, ...dates })}</li>;
      })}
    </ul>
  );
}
