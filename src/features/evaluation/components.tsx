import { usePage } from '../../platform/views/context.ts';
import type { Phase } from './phases.ts';
import type { Majority, Quorum } from './vote.ts';
import { wordDiff } from './diff.ts';

// Names and parts the evaluation's pages share. Keys chosen at run time are kept in literal maps,
// so the catalogue test sees every one of them.

export const PHASE_NAME: Record<Phase, string> = {
  scheduled: 'evaluation.phase.scheduled',
  consultation: 'evaluation.phase.consultation',
  proposals: 'evaluation.phase.proposals',
  vote: 'evaluation.phase.vote',
  result: 'evaluation.phase.result',
};

export const PHASE_WHAT: Record<Exclude<Phase, 'scheduled'>, string> = {
  consultation: 'evaluation.phase.consultation.what',
  proposals: 'evaluation.phase.proposals.what',
  vote: 'evaluation.phase.vote.what',
  result: 'evaluation.phase.result.what',
};

export const QUORUM_NAME: Record<Quorum, string> = {
  none: 'evaluation.setup.quorum.none',
  half: 'evaluation.setup.quorum.half',
  twoThirds: 'evaluation.setup.quorum.twoThirds',
};

export const MAJORITY_NAME: Record<Majority, string> = {
  simple: 'evaluation.setup.majority.simple',
  absolute: 'evaluation.setup.majority.absolute',
  twoThirds: 'evaluation.setup.majority.twoThirds',
};

export const MAJORITY_RULE: Record<Majority, string> = {
  simple: 'evaluation.setup.majority.simple.rule',
  absolute: 'evaluation.setup.majority.absolute.rule',
  twoThirds: 'evaluation.setup.majority.twoThirds.rule',
};

export const RELEVANCES = ['yes', 'partly', 'no'] as const;
export type Relevance = (typeof RELEVANCES)[number];
export const DIFFICULTIES = ['easy', 'manageable', 'hard', 'veryHard'] as const;
export type Difficulty = (typeof DIFFICULTIES)[number];

export const RELEVANCE_NAME: Record<Relevance, string> = {
  yes: 'evaluation.consultation.relevance.yes',
  partly: 'evaluation.consultation.relevance.partly',
  no: 'evaluation.consultation.relevance.no',
};

export const DIFFICULTY_NAME: Record<Difficulty, string> = {
  easy: 'evaluation.consultation.difficulty.easy',
  manageable: 'evaluation.consultation.difficulty.manageable',
  hard: 'evaluation.consultation.difficulty.hard',
  veryHard: 'evaluation.consultation.difficulty.veryHard',
};

/** The nine commitments' numbers. */
export const COMMITMENT_NUMBERS = [1, 2, 3, 4, 5, 6, 7, 8, 9] as const;

/**
 * A change of wording (a proposal's, or the next charter version's), word by word: removed words in <del>, added ones in <ins>, each
 * run opened and closed by words a screen reader says (most do not announce <del> and <ins>).
 * `lang` is the quoted text's language (nl or fr), which may differ from the page's.
 */
export function Difference({ before, after, lang }: { before: string; after: string; lang: string }) {
  const { t } = usePage();
  const parts = wordDiff(before, after);
  return (
    <p lang={lang}>
      {parts.map((part, i) => {
        const space = i > 0 ? ' ' : '';
        if (part.kind === 'same') return `${space}${part.text}`;
        const [start, end] =
          part.kind === 'del'
            ? [t('evaluation.proposals.diff.delStart'), t('evaluation.proposals.diff.delEnd')]
            : [t('evaluation.proposals.diff.insStart'), t('evaluation.proposals.diff.insEnd')];
        const marked = (
          <>
            <span class="visually-hidden">[{start}] </span>
            {part.text}
            <span class="visually-hidden"> [{end}]</span>
          </>
        );
        return (
          <>
            {space}
            {part.kind === 'del' ? <del>{marked}</del> : <ins>{marked}</ins>}
          </>
        );
      })}
    </p>
  );
}
