import { usePage } from '../../../../platform/views/context.ts';
import { wordDiff } from '../../text-diff.ts';

/**
 * A change of wording as one text: removed words struck through, added words underlined (the
 * browser's own <del> and <ins>), each announced in words for screen readers, which read
 * neither mark by default.
 */
export function Difference(props: { before: string; after: string; lang?: string }) {
  const { t } = usePage();
  return (
    <p class="prose" lang={props.lang}>
      {wordDiff(props.before, props.after).map((part) =>
        part.kind === 'same' ? (
          part.text
        ) : part.kind === 'removed' ? (
          <del>
            <span class="visually-hidden">[{t('evaluation.vote.diff.removed')}: </span>
            {part.text}
            <span class="visually-hidden">]</span>
          </del>
        ) : (
          <ins>
            <span class="visually-hidden">[{t('evaluation.vote.diff.added')}: </span>
            {part.text}
            <span class="visually-hidden">]</span>
          </ins>
        ),
      )}
    </p>
  );
}
