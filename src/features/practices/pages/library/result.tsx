import { usePage, useHref } from '../../../../platform/views/context.ts';
import { Tag } from '../../../../platform/views/components.tsx';
import { nativeName, tagLabel } from '../../components.tsx';
import type { LibraryItem } from '../../service-library.ts';

/** One practice in a list: title (in its language), summary, organisation, causes and groups, languages. */
export function PracticeResult({ item, heading = 3 }: { item: LibraryItem; heading?: 2 | 3 }) {
  const { t, lang } = usePage();
  const href = useHref();
  const H = `h${heading}` as 'h3';
  const foreign = item.lang !== lang;
  return (
    <li class="card stack">
      <H>
        <a href={href(`/practices/${encodeURIComponent(item.slug)}`)} lang={foreign ? item.lang : undefined}>
          {item.title}
        </a>
      </H>
      <p lang={foreign ? item.lang : undefined}>{item.summary}</p>
      {item.org ? <p>{t('practices.library.result.by', { org: item.org.name })}</p> : null}
      <p>
        {item.tags.cause.map((c) => (
          <>
            <Tag tone="blue">{t(tagLabel('cause', c))}</Tag>{' '}
          </>
        ))}
        {item.tags.group.map((g) => (
          <>
            <Tag tone="grey">{t(tagLabel('group', g))}</Tag>{' '}
          </>
        ))}
      </p>
      <p>
        {t('practices.library.result.languages')}{' '}
        {item.textLangs.map((l, i) => (
          <>
            {i > 0 ? ', ' : ''}
            <span lang={l}>{nativeName(l)}</span>
          </>
        ))}
        {item.adoptionCount > 0 ? ` · ${t('practices.library.result.adopted', { count: item.adoptionCount })}` : ''}
      </p>
    </li>
  );
}
