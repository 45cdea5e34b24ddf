// A word-level difference between a quoted passage of the charter and the wording proposed for
// it: the longest common subsequence of their words, then runs of kept, removed and added words.
// Pure, so the proposal's page, its tests and any export read the same difference.

export type DiffKind = 'same' | 'del' | 'ins';

export interface DiffPart {
  kind: DiffKind;
  /** The words of the run, separated by single spaces. */
  text: string;
}

/** Words as people read them: split on white space; punctuation stays with its word. */
export function wordsOf(text: string): string[] {
  return text.split(/\s+/u).filter(Boolean);
}

/** Above this many words on either side, the difference is shown as one removal and one addition. */
export const MAX_DIFF_WORDS = 1500;

export function wordDiff(before: string, after: string): DiffPart[] {
  const a = wordsOf(before);
  const b = wordsOf(after);
  const steps: { kind: DiffKind; word: string }[] = [];
  if (a.length > MAX_DIFF_WORDS || b.length > MAX_DIFF_WORDS) {
    for (const word of a) steps.push({ kind: 'del', word });
    for (const word of b) steps.push({ kind: 'ins', word });
    return runsOf(steps);
  }
  // lcs[i][j]: the longest common subsequence of a[i..] and b[j..], filled from the end.
  const width = b.length + 1;
  const lcs = new Uint16Array((a.length + 1) * width);
  for (let i = a.length - 1; i >= 0; i--)
    for (let j = b.length - 1; j >= 0; j--)
      lcs[i * width + j] =
        a[i] === b[j] ? lcs[(i + 1) * width + j + 1]! + 1 : Math.max(lcs[(i + 1) * width + j]!, lcs[i * width + j + 1]!);
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      steps.push({ kind: 'same', word: a[i]! });
      i++;
      j++;
    } else if (lcs[(i + 1) * width + j]! >= lcs[i * width + j + 1]!) {
      steps.push({ kind: 'del', word: a[i++]! });
    } else {
      steps.push({ kind: 'ins', word: b[j++]! });
    }
  }
  while (i < a.length) steps.push({ kind: 'del', word: a[i++]! });
  while (j < b.length) steps.push({ kind: 'ins', word: b[j++]! });
  return runsOf(steps);
}

/** Neighbouring words of the same kind as one run; a removal always before the addition that replaces it. */
function runsOf(steps: readonly { kind: DiffKind; word: string }[]): DiffPart[] {
  const parts: DiffPart[] = [];
  for (const step of steps) {
    const last = parts[parts.length - 1];
    if (last && last.kind === step.kind) last.text += ` ${step.word}`;
    else parts.push({ kind: step.kind, text: step.word });
  }
  return parts;
}
